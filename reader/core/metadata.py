"""Article metadata from a parsed page: title, byline, date, lead image, language, direction.

Everything here reads an lxml document and never changes it. Sources, best first: JSON-LD,
Open Graph / Dublin Core / Twitter ``<meta>``, then the page's own markup (``<title>``, ``<h1>``,
``rel=author``, ``itemprop``, ``.byline``, ``<time datetime>``).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from reader.core.sanitize import absolute_url, plain_text

log = logging.getLogger(__name__)

RTL_LANGUAGES: frozenset[str] = frozenset(
    {
        "ar",
        "arc",
        "ckb",
        "dv",
        "fa",
        "ha",
        "he",
        "iw",
        "khw",
        "ks",
        "ku",
        "ps",
        "sd",
        "ug",
        "ur",
        "yi",
    }
)
"""Primary language subtags written right to left."""

_MAX_JSON_LD = 512 * 1024
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—/»·:]\s+|\s+::\s+")
_BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s*[:\-]?\s+", re.I)
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review|Recipe|WebPage)$")
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(byline|author|writtenby|p-author)(?:$|[\s_-])", re.I)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Metadata:
    """What a page says about its article (all strings plain text)."""

    title: str = ""
    byline: str = ""
    published: datetime | None = None
    lead_image: str = ""
    lang: str = ""
    direction: str = "ltr"
    site_name: str = ""


def _text(element: Any) -> str:
    return plain_text("".join(element.itertext()), limit=500)


def _meta_values(doc: Any) -> dict[str, str]:
    """First ``content`` of every ``<meta>`` by lower-cased name, property or itemprop."""
    values: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if not key:
                continue
            for part in key.lower().split():
                values.setdefault(part.strip(), content.strip())
    return values


def _json_ld_items(doc: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` and lists flattened (one level)."""
    items: list[dict[str, Any]] = []
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw.strip().removeprefix("<!--").removesuffix("-->"))
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        for entry in stack[:50]:
            if not isinstance(entry, dict):
                continue
            graph = entry.get("@graph")
            if isinstance(graph, list):
                items.extend(g for g in graph[:50] if isinstance(g, dict))
            else:
                items.append(entry)
    return items


def _is_article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in names)


def _names(value: Any) -> list[str]:
    """Person names in a JSON-LD ``author`` value (string, object or list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value[:10] for n in _names(v)]
    return []


def parse_date(value: str) -> datetime | None:
    """An aware UTC datetime from an ISO 8601 or RFC 2822 string; ``None`` when invalid."""
    value = (value or "").strip()
    if not value or len(value) > 64:
        return None
    result: datetime | None = None
    try:
        result = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            result = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if result is None:
        return None
    if result.tzinfo is None:
        result = result.replace(tzinfo=UTC)
    try:
        result = result.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if result.year < 1990 or result > datetime.now(UTC) + timedelta(days=2):
        return None
    return result


def _clean_byline(value: str) -> str:
    value = plain_text(value, limit=300)
    if not value or value.lower().startswith(("http://", "https://")):
        return ""
    value = _BY_PREFIX.sub("", value).strip()
    if len(value) > 120 or not _WORD.search(value):
        return ""
    return value


def _title_from_head(title: str, headings: list[str]) -> str:
    """The ``<title>`` text without a site-name prefix or suffix."""
    title = plain_text(title, limit=500)
    if not title:
        return ""
    for heading in headings:
        if heading and heading == title:
            return title
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    # A heading that starts the title tells which part is the article's.
    for heading in headings:
        if len(heading) > 10 and title.startswith(heading):
            return heading
    longest = max(parts, key=lambda p: len(p.split()))
    if len(longest.split()) >= 3 or len(parts[0].split()) < 3:
        return longest.strip() if longest is not parts[0] else parts[0].strip()
    return parts[0].strip()


def extract_metadata(doc: Any, url: str) -> Metadata:
    """Read the article's metadata from the parsed page ``doc`` (an lxml root)."""
    meta = _meta_values(doc)
    ld = [i for i in _json_ld_items(doc) if _is_article(i)]
    ld_item = ld[0] if ld else {}

    h1s = [_text(h) for h in doc.iter("h1")][:5]
    title_el = doc.find(".//title")
    head_title = _text(title_el) if title_el is not None else ""
    title = ""
    for candidate in (
        ld_item.get("headline") if isinstance(ld_item.get("headline"), str) else "",
        meta.get("og:title", ""),
        meta.get("dc.title", "") or meta.get("dcterm:title", ""),
        meta.get("twitter:title", ""),
    ):
        title = plain_text(candidate or "", limit=500)
        if title:
            break
    if not title:
        title = _title_from_head(head_title, h1s) or (h1s[0] if h1s else "")

    byline = ""
    for candidate in (
        *_names(ld_item.get("author")),
        meta.get("author", ""),
        meta.get("dc.creator", "") or meta.get("dc:creator", ""),
        meta.get("article:author", ""),
        meta.get("parsely-author", ""),
    ):
        byline = _clean_byline(candidate or "")
        if byline:
            break
    if not byline:
        byline = _byline_from_markup(doc)

    published = None
    for candidate in (
        ld_item.get("datePublished") if isinstance(ld_item.get("datePublished"), str) else "",
        meta.get("article:published_time", ""),
        meta.get("datepublished", ""),
        meta.get("dc.date", "") or meta.get("dc.date.issued", ""),
        meta.get("date", ""),
    ):
        published = parse_date(candidate or "")
        if published:
            break
    if published is None:
        for time_el in doc.iter("time"):
            published = parse_date(time_el.get("datetime") or "")
            if published:
                break

    lead_image = ""
    image = ld_item.get("image")
    if isinstance(image, dict):
        image = image.get("url")
    elif isinstance(image, list) and image:
        image = image[0].get("url") if isinstance(image[0], dict) else image[0]
    for candidate in (
        meta.get("og:image", "") or meta.get("og:image:url", ""),
        meta.get("twitter:image", "") or meta.get("twitter:image:src", ""),
        image if isinstance(image, str) else "",
    ):
        lead_image = absolute_url(candidate or "", url)
        if lead_image:
            break

    root = doc if doc.tag == "html" else doc.getroottree().getroot()
    lang = (root.get("lang") or root.get("xml:lang") or "").strip()
    if not lang:
        lang = meta.get("content-language", "") or meta.get("language", "")
        lang = lang.split(",")[0].strip()
    lang = lang[:35]
    body = root.find("body")
    direction = ""
    for element in (root, body):
        if element is not None and (element.get("dir") or "").strip().lower() in ("rtl", "ltr"):
            direction = (element.get("dir") or "").strip().lower()
            break
    if not direction:
        primary = re.split(r"[-_]", lang.lower(), maxsplit=1)[0] if lang else ""
        direction = "rtl" if primary in RTL_LANGUAGES else "ltr"

    return Metadata(
        title=title,
        byline=byline,
        published=published,
        lead_image=lead_image,
        lang=lang,
        direction=direction,
        site_name=plain_text(meta.get("og:site_name", ""), limit=200),
    )


def _byline_from_markup(doc: Any) -> str:
    """A byline from ``rel=author``, ``itemprop=author`` or a ``byline`` class."""
    for link in doc.iter("a"):
        if "author" in (link.get("rel") or "").lower().split():
            found = _clean_byline(_text(link))
            if found:
                return found
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        if "author" in (element.get("itemprop") or "").split():
            name = element.find(".//*[@itemprop='name']")
            source = name if name is not None else element
            found = _clean_byline(source.get("content") or _text(source))
            if found:
                return found
        klass = element.get("class") or ""
        if klass and _BYLINE_CLASS.search(klass) and element.tag not in ("body", "article", "html"):
            found = _clean_byline(_text(element))
            if found and len(found.split()) <= 8:
                return found
    return ""
