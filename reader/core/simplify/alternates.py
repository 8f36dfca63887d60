"""Language editions of a page: ``<link rel="alternate" hreflang="xx" href="...">``.

Pure: no network, no Qt. Language tags are BCP 47, compared case-insensitively with ``_`` read
as ``-`` (``pt_BR`` = ``pt-br``); a reader who wants ``pt-BR`` gets ``pt-BR`` if the page offers
it, else ``pt``, else any other ``pt-*`` edition. Addresses are resolved against the page's URL
and kept only when they are http(s); whether one may be *fetched* (private addresses) is the
use case's business, as for any address a page names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from reader.core.render.sanitize import absolute_url

MAX_ALTERNATES = 64
"""A page naming more editions than this is cut there (no page needs more; hostile ones might)."""

_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,4}")
_PAGE_TYPES = ("", "text/html", "application/xhtml+xml")

LANGUAGE_NAMES: dict[str, str] = {
    "am": "አማርኛ", "ar": "العربية", "az": "Azərbaycanca", "be": "Беларуская",
    "bg": "Български", "bn": "বাংলা", "bs": "Bosanski", "ca": "Català", "cs": "Čeština",
    "cy": "Cymraeg", "da": "Dansk", "de": "Deutsch", "el": "Ελληνικά", "en": "English",
    "es": "Español", "et": "Eesti", "eu": "Euskara", "fa": "فارسی", "fi": "Suomi",
    "fil": "Filipino", "fr": "Français", "ga": "Gaeilge", "gl": "Galego", "gu": "ગુજરાતી",
    "ha": "Hausa", "he": "עברית", "hi": "हिन्दी", "hr": "Hrvatski", "hu": "Magyar",
    "hy": "Հայերեն", "id": "Bahasa Indonesia", "ig": "Igbo", "is": "Íslenska",
    "it": "Italiano", "ja": "日本語", "ka": "ქართული", "kk": "Қазақша", "km": "ខ្មែរ",
    "kn": "ಕನ್ನಡ", "ko": "한국어", "ky": "Кыргызча", "lt": "Lietuvių", "lv": "Latviešu",
    "mk": "Македонски", "ml": "മലയാളം", "mn": "Монгол", "mr": "मराठी", "ms": "Bahasa Melayu",
    "my": "မြန်မာ", "ne": "नेपाली", "nl": "Nederlands", "no": "Norsk", "nb": "Norsk bokmål",
    "pa": "ਪੰਜਾਬੀ", "pl": "Polski", "ps": "پښتو", "pt": "Português",
    "pt-br": "Português (Brasil)", "pt-pt": "Português (Portugal)", "ro": "Română",
    "ru": "Русский", "si": "සිංහල", "sk": "Slovenčina", "sl": "Slovenščina", "so": "Soomaali",
    "sq": "Shqip", "sr": "Српски", "sv": "Svenska", "sw": "Kiswahili", "ta": "தமிழ்",
    "te": "తెలుగు", "th": "ไทย", "tr": "Türkçe", "uk": "Українська", "ur": "اردو",
    "uz": "Oʻzbekcha", "vi": "Tiếng Việt", "yo": "Yorùbá", "zh": "中文",
    "zh-hans": "简体中文", "zh-hant": "繁體中文", "zh-cn": "简体中文", "zh-tw": "繁體中文",
}  # fmt: skip
"""Each language by its own name (what the "Also in" line shows); unknown tags show as tags."""


def normalize_tag(tag: str) -> str:
    """``tag`` as a lower-case BCP 47 language tag with ``-`` separators, or ``""`` when it is
    not one (``x-default``, a script-only or empty value, anything over 35 characters)."""
    value = (tag or "").strip().lower().replace("_", "-")
    if len(value) > 35 or not _TAG.fullmatch(value):
        return ""
    return value


def primary(tag: str) -> str:
    """The primary language subtag of a (normalized or not) tag: ``pt-BR`` -> ``pt``."""
    return normalize_tag(tag).split("-", 1)[0]


def same_language(tag: str, other: str) -> bool:
    """True when both tags name the same primary language (``pt-br`` and ``pt``)."""
    first = primary(tag)
    return bool(first) and first == primary(other)


def pick(alternates: Iterable[tuple[str, str]], wanted: str) -> tuple[str, str] | None:
    """The edition for a reader who wants ``wanted``: the exact tag, else its primary language,
    else another region of that language; ``None`` when the page offers none of them."""
    want = normalize_tag(wanted)
    if not want:
        return None
    candidates = [(normalize_tag(tag), url) for tag, url in alternates]
    base = want.split("-", 1)[0]
    ranked = [
        (0 if tag == want else 1 if tag == base else 2, index)
        for index, (tag, _) in enumerate(candidates)
        if tag and tag.split("-", 1)[0] == base
    ]
    return candidates[min(ranked)[1]] if ranked else None


def alternates_of(doc: Any, url: str) -> tuple[tuple[str, str], ...]:
    """The language editions a parsed page (lxml) announces: ``(tag, absolute http(s) URL)``,
    first per tag, in page order; feeds (``type`` of a feed) are left to autodiscovery."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for link in doc.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "alternate" not in rels:
            continue
        mime = (link.get("type") or "").split(";", 1)[0].strip().lower()
        if mime not in _PAGE_TYPES:
            continue
        tag = normalize_tag(link.get("hreflang") or "")
        href = absolute_url(link.get("href") or "", url)
        if not tag or not href or tag in seen:
            continue
        seen.add(tag)
        found.append((tag, href))
        if len(found) >= MAX_ALTERNATES:
            break
    return tuple(found)


def language_name(tag: str) -> str:
    """The language's own name (``hi`` -> ``हिन्दी``); the region's name when we know it, else
    the language's, else the tag itself."""
    value = normalize_tag(tag)
    return LANGUAGE_NAMES.get(value) or LANGUAGE_NAMES.get(primary(value)) or value


def other_editions(
    alternates: Sequence[tuple[str, str]], shown: str, shown_url: str = ""
) -> list[tuple[str, str]]:
    """The editions to offer beside the shown one (``shown`` is its language tag): one per
    language name, never the shown language or address itself."""
    names: set[str] = set()
    offered: list[tuple[str, str]] = []
    shown_tag = normalize_tag(shown)
    for tag, url in alternates:
        if shown_tag and (tag == shown_tag or (url == shown_url and shown_url)):
            continue
        name = language_name(tag)
        if name in names or (shown_tag and name == language_name(shown_tag)):
            continue
        names.add(name)
        offered.append((tag, url))
    return offered
