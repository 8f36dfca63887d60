"""The title and byline line as a reader wants them: no site name tacked on the title, one date
(ours), and each run of the byline isolated so mixed scripts keep their order.

- :func:`strip_site_suffix` drops a last part of a title ("... | Site", "... - Site",
  "..._Section_Site") when that part is the site's own name as the page (``og:site_name``),
  the feed's title or the address's host says; never by a list of sites.
- :func:`drop_dates` removes the parts of a byline that are dates ("By Desk | October 22,
  2024"): the article line shows the date once, in the reader's locale.
- :func:`isolate` wraps text in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so an Arabic
  name in an English line (or the reverse) is laid out as one run and does not reorder its
  neighbours (Unicode bidi algorithm, UAX #9 isolates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

FSI, PDI = "\u2068", "\u2069"
_SUFFIX = re.compile(r"\s+(?:[|\-–—·•:/\\»›>⋆∙⋅~¦‖]|::|//)\s+|(?<=\S)_(?=\S)")
"""A separator before a title's last part: spaced bars, dashes, slashes, angle quotes and
arrows, dots and stars, or a bare underscore."""
_BYLINE_PARTS = re.compile(r"\s*(?:[|·•]|\s[–—-]\s)\s*")
_DATE = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?!\d)"  # a year
    r"|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)"  # 22/10/2024, 22.10.24
    r"|(?<!\d)\d{1,2}:\d{2}(?!\d)"  # a time
)
_NOT_NAME = re.compile(r"[\W_]+")
_HOST_NOISE = frozenset({"www", "m", "mobile", "amp", "news", "com", "org", "net", "co", "uk"})
SECTION_MAX_CHARS = 12
"""Between an underscore-separated title and the site's name, a part this short is the
site's section ("_科技_腾讯网"), dropped with the name."""


def _key(text: str) -> str:
    return _NOT_NAME.sub("", text.casefold())


def site_names(*names: str, link: str = "") -> list[str]:
    """The normalised names a site goes by: the given ones (``og:site_name``, the feed's
    title) and the main labels of ``link``'s host (``bbc`` for ``www.bbc.co.uk``)."""
    keys = [_key(n) for n in names if _key(n)]
    host = urlsplit(link).hostname or "" if "://" in link else ""
    labels = [label for label in host.split(".")[:-1] if label not in _HOST_NOISE]
    keys += [_key(label) for label in labels if len(label) >= 3]
    return keys


def _is_site(part: str, names: Iterable[str]) -> bool:
    key = _key(part)
    if len(key) < 2:
        return False
    for name in names:
        if key == name or (len(name) >= 3 and (key.startswith(name) or name.startswith(key))):
            return True
        if len(key) >= 4 and key in name:  # "NewsX" in the feed "NewsX - Latest news"
            return True
    return False


def _whole_name_cut(
    title: str, cuts: list[re.Match[str]], names: list[str]
) -> re.Match[str] | None:
    """The separator before a site name that holds separators itself ("Title - Site - Blog"
    when the site calls itself "Site - Blog"): the whole of what follows is exactly a name."""
    for cut in reversed(cuts[:-1]):
        if _key(title[cut.end() :]) in names:
            return cut
    return None


def strip_site_suffix(title: str, names: Iterable[str]) -> str:
    """``title`` without a last part that is the site's name (see :func:`site_names`)."""
    known = list(names)
    cuts = list(_SUFFIX.finditer(title))
    if not cuts or not known:
        return title
    last = _whole_name_cut(title, cuts, known) or cuts[-1]
    if last is cuts[-1] and not _is_site(title[last.end() :], known):
        return title
    kept = title[: last.start()].rstrip()
    place = cuts.index(last)
    if last.group().strip() == "_" and place >= 1:
        before = cuts[place - 1]
        section = kept[before.end() :]
        if before.group() == "_" and len(section) <= SECTION_MAX_CHARS:
            kept = kept[: before.start()].rstrip()
    # never leave less than a real title
    return kept if len(_key(kept)) >= 4 else title


_MONTH_OR_DAY = (
    r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch)?|märz|mars|apr(?:il)?|"
    r"avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|août|"
    r"sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|"
    r"déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)


@cache
def _date_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a month's or day's name, a word of a written date: a month or weekday, a number, a
    time, a zone, a date's label). Compiled on first use: their case-insensitive alternatives
    cost ~25 M instructions to compile, which the window's start-up (bench/startup.py) need not
    pay when it shows no byline."""
    named = re.compile(rf"^(?:{_MONTH_OR_DAY})\.?$", re.I)
    word = re.compile(
        rf"^(?:(?:{_MONTH_OR_DAY})\.?|\d{{1,4}}(?:st|nd|rd|th|\.)?|\d{{1,2}}[:.h]\d{{2}}|"
        r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d+年(?:\d+月(?:\d+日)?)?|am|pm|a\.m\.?|p\.m\.?|"
        r"utc|gmt|cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|bst|ist|on|at|um|am|le|el|de|del|a|à|"
        r"las|uhr|updated|published|posted|aktualisiert|veröffentlicht|publié|publicado|stand)$",
        re.I,
    )
    return named, word


_WORDS = re.compile(r"[^\s,，]+")
_COMMA = re.compile(r"[,，]")


def drop_dates(byline: str) -> str:
    """``byline`` without its parts that are dates or times. A part that holds a name and a
    date ("Maya Okafor, 26 November 2026", "Jane Roe on Nov. 3, 2024") keeps the name."""
    parts = [p for p in _BYLINE_PARTS.split(byline) if p.strip()]
    kept = [k for p in parts for k in (_undated(p) if _DATE.search(p) else [p])]
    return " | ".join(kept) if kept != parts else byline


def _undated(part: str) -> list[str]:
    """The pieces of ``part`` (between commas) that are not dates, each without the run of date
    words at its start or end; neighbouring pieces untouched at their seam stay one piece."""
    spans: list[tuple[int, int, bool, bool]] = []  # start, end, trimmed at start / at end
    start = 0
    for cut in [*(m.start() for m in _COMMA.finditer(part)), len(part)]:
        words = list(_WORDS.finditer(part, start, cut))
        texts = [m.group() for m in words]
        first = _date_run(texts)
        last = len(words) - _date_run(texts[first:][::-1])
        if first < last:
            spans.append(
                (words[first].start(), words[last - 1].end(), first > 0, last < len(words))
            )
        start = cut + 1
    merged: list[tuple[int, int, bool]] = []
    for begin, end, cut_start, cut_end in spans:
        if (
            merged
            and not merged[-1][2]
            and not cut_start
            and _COMMA.fullmatch(part[merged[-1][1] : begin].strip())
        ):
            merged[-1] = (merged[-1][0], end, cut_end)
        else:
            merged.append((begin, end, cut_end))
    return [part[b:e] for b, e, _c in merged if re.search(r"[^\W\d_]", part[b:e])]


def _date_run(words: list[str]) -> int:
    """How many of the first ``words`` are a date (a run of date words that holds a year, a
    numeric date, a time or a month's or day's name); 0 when they do not start with one."""
    named, date_word = _date_words()
    length = 0
    while length < len(words) and date_word.match(words[length].rstrip(".:;")):
        length += 1
    while length:
        run = words[:length]
        if _DATE.search(" ".join(run)) or any(named.match(w) for w in run):
            return length
        length -= 1
    return 0


def isolate(text: str) -> str:
    """``text`` as one directional run (FSI ... PDI); ``""`` stays empty."""
    return f"{FSI}{text}{PDI}" if text else ""


def isolate_names(byline: str) -> str:
    """Each name of a byline (between commas, bars, "and" signs) isolated on its own."""
    pieces = re.split(r"(\s*[,،|&·•]\s*)", byline)
    return "".join(p if i % 2 else isolate(p) for i, p in enumerate(pieces) if p)
