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
from urllib.parse import urlsplit

FSI, PDI = "\u2068", "\u2069"
_SUFFIX = re.compile(r"\s+(?:[|\-–—·•:/»]|::)\s+|(?<=\S)_(?=\S)")
"""A separator before a title's last part: spaced bars and dashes, or a bare underscore."""
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


def strip_site_suffix(title: str, names: Iterable[str]) -> str:
    """``title`` without a last part that is the site's name (see :func:`site_names`)."""
    known = list(names)
    cuts = list(_SUFFIX.finditer(title))
    if not cuts or not known:
        return title
    last = cuts[-1]
    if not _is_site(title[last.end() :], known):
        return title
    kept = title[: last.start()].rstrip()
    if last.group().strip() == "_" and len(cuts) >= 2:
        before = cuts[-2]
        section = kept[before.end() :]
        if before.group() == "_" and len(section) <= SECTION_MAX_CHARS:
            kept = kept[: before.start()].rstrip()
    # never leave less than a real title
    return kept if len(_key(kept)) >= 4 else title


def drop_dates(byline: str) -> str:
    """``byline`` without its parts that are dates or times."""
    parts = [p for p in _BYLINE_PARTS.split(byline) if p.strip()]
    kept = [p for p in parts if not _DATE.search(p)]
    return " | ".join(kept) if len(kept) != len(parts) else byline


def isolate(text: str) -> str:
    """``text`` as one directional run (FSI ... PDI); ``""`` stays empty."""
    return f"{FSI}{text}{PDI}" if text else ""


def isolate_names(byline: str) -> str:
    """Each name of a byline (between commas, bars, "and" signs) isolated on its own."""
    pieces = re.split(r"(\s*[,،|&·•]\s*)", byline)
    return "".join(p if i % 2 else isolate(p) for i, p in enumerate(pieces) if p)
