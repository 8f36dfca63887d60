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
from typing import Any

from reader.core.feeds.dates import parse_date
from reader.core.render.byline import site_names, strip_site_suffix
from reader.core.render.sanitize import absolute_url, is_web_url, plain_text

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
_CDATA = re.compile(r"^\s*<!\[CDATA\[|\]\]>\s*$")
_BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s*[:\-]?\s+", re.I)
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review|Recipe|WebPage)$")
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(byline|author|writtenby|p-author)(?:$|[\s_-])", re.I)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Metadata:
    """What a page says about its article (all strings plain text)."""

    title: str = ""
    """The title as the page declares it (a site-name suffix included, as Readability gives it:
    whether to show that suffix is the display's choice, which knows the feed's name)."""
    bare_title: str = ""
    """The title without a last part that is the site's own name: what a heading repeats."""
    byline: str = ""
    published: datetime | None = None
    lead_image: str = ""
    lang: str = ""
    direction: str = "ltr"


def _text(element: Any) -> str:
    return plain_text("".join(element.itertext()), limit=500)


_PROPERTY_KEY = re.compile(
    r"\s*(article|dc|dcterm|og|twitter)\s*:\s*"
    r"(author|creator|description|published_time|title|site_name|image|image:url)\s*",
    re.I,
)
_NAME_KEY = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?"
    r"(author|creator|pub-date|description|title|site_name|image|language|date)\s*$",
    re.I,
)


def _meta_values(doc: Any) -> dict[str, str]:
    """``<meta>`` contents by normalised key (``og:title``, ``dc:creator``, ``author``...).

    Every key of a space-separated ``property`` counts; a later tag overrides an earlier one.
    """
    values: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        matched = False
        prop = meta.get("property")
        if prop:
            for match in _PROPERTY_KEY.finditer(prop):
                values[re.sub(r"\s", "", match.group(0)).lower()] = content
                matched = True
        name = meta.get("name") or meta.get("itemprop")
        if not matched and name and _NAME_KEY.match(name):
            values[re.sub(r"\s", "", name).lower().replace(".", ":")] = content
        equiv = (meta.get("http-equiv") or "").strip().lower()
        if equiv == "content-language":
            values.setdefault("content-language", content)
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
            raw = _CDATA.sub("", raw).strip().removeprefix("<!--").removesuffix("-->")
            data = json.loads(raw)
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


_NO_CLAMP = datetime(9999, 1, 1, tzinfo=UTC)
"""Given as ``now`` to the feed date parser: a page's future date is refused below, not clamped."""


def page_date(value: str) -> datetime | None:
    """A page's date (meta tags, ``<time>``) in UTC, read by the feed date parser; ``None`` when
    invalid, before 1990 or more than two days ahead."""
    result = parse_date(value or "", _NO_CLAMP)
    if result is None or result.year < 1990 or result > datetime.now(UTC) + timedelta(days=2):
        return None
    return result


# A host name ("example.com", "www.news.example"): the site names itself, not an author.
_HOST_NAME = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[a-z]{2,}")


def clean_byline(value: str) -> str:
    """An author line without a "By" prefix, or "" when it names no person (a URL, a host
    name, a paragraph)."""
    value = plain_text(value, limit=300)
    if not value or value.lower().startswith(("http://", "https://")):
        return ""
    value = _BY_PREFIX.sub("", value).strip()
    if len(value) > 120 or not _WORD.search(value) or _HOST_NAME.fullmatch(value):
        return ""
    return value


def _words(text: str) -> int:
    return len(text.split())


_HIERARCHY = re.compile(r" [\\/>»] ")
_ANY_SEPARATOR = re.compile(r" [|\-–—\\/>»] ")


def title_from_head(title: str, headings: list[str], h1s: list[str]) -> str:
    """The ``<title>`` text without the site name around it."""
    original = plain_text(title, limit=500)
    current = original
    hierarchical = False
    separators = list(_ANY_SEPARATOR.finditer(original))
    if separators:
        hierarchical = bool(_HIERARCHY.search(original))
        current = original[: separators[-1].start()]
        if _words(current) < 3:
            current = re.sub(r"^[^|\-–—\\/>»]*[|\-–—\\/>»]", "", original, count=1)
    elif ": " in current:
        if not any(h == original.strip() for h in headings):
            current = original[original.rfind(":") + 1 :]
            if _words(current) < 3:
                current = original[original.find(":") + 1 :]
            elif _words(original[: original.find(":")]) > 5:
                current = original
    elif (len(current) > 150 or len(current) < 15) and len(h1s) == 1:
        current = h1s[0]
    current = " ".join(current.split())
    count = _words(current)
    if count <= 4 and (
        not hierarchical or count != _words(re.sub(r"[|\-–—\\/>»]+", "", original)) - 1
    ):
        current = original
    return current


def _json_ld_title(item: dict[str, Any], head_title: str) -> str:
    name, headline = item.get("name"), item.get("headline")
    if isinstance(name, str) and isinstance(headline, str) and name.strip() != headline.strip():
        from reader.core.simplify.dom import text_similarity

        name_matches = text_similarity(name, head_title) > 0.75
        headline_matches = text_similarity(headline, head_title) > 0.75
        return headline if headline_matches and not name_matches else name
    if isinstance(name, str) and name.strip():
        return name
    return headline if isinstance(headline, str) else ""


def extract_metadata(doc: Any, url: str) -> Metadata:
    """Read the article's metadata from the parsed page ``doc`` (an lxml root)."""
    meta = _meta_values(doc)
    ld = [i for i in _json_ld_items(doc) if _is_article(i)]
    ld_item = ld[0] if ld else {}
    lang, direction = _language_and_direction(doc, meta)
    title = _title(doc, meta, ld_item)
    return Metadata(
        title=title,
        # "... | Site name": only when that part is the site's own name (og:site_name or host)
        bare_title=strip_site_suffix(title, site_names(meta.get("og:site_name", ""), link=url)),
        byline=_byline(meta, ld_item),
        published=_published(doc, meta, ld_item),
        lead_image=_lead_image(meta, ld_item, url),
        lang=lang,
        direction=direction,
    )


def _title(doc: Any, meta: dict[str, str], ld_item: dict[str, Any]) -> str:
    """The article's title: JSON-LD, then ``<meta>`` titles, then ``<title>``, then ``<h1>``."""
    h1s = [_text(h) for h in doc.iter("h1")][:20]
    headings = h1s + [_text(h) for h in doc.iter("h2")][:20]
    title_el = doc.find(".//title")
    head_title = title_from_head(_text(title_el), headings, h1s) if title_el is not None else ""
    for candidate in (
        _json_ld_title(ld_item, head_title) if ld_item else "",
        meta.get("dc:title", ""),
        meta.get("dcterm:title", ""),
        meta.get("og:title", ""),
        meta.get("weibo:article:title", ""),
        meta.get("weibo:webpage:title", ""),
        meta.get("title", ""),
        meta.get("twitter:title", ""),
        meta.get("parsely-title", ""),
        head_title,
        h1s[0] if h1s else "",
    ):
        title = plain_text(candidate or "", limit=500)
        if title:
            return title
    return ""


def _byline(meta: dict[str, str], ld_item: dict[str, Any]) -> str:
    """The author(s) the page declares: JSON-LD, then Dublin Core and ``<meta>`` authors."""
    ld_names = [n.strip() for n in _names(ld_item.get("author")) if n.strip()]
    article_author = meta.get("article:author", "")
    for candidate in (
        ", ".join(ld_names),
        meta.get("dc:creator", ""),
        meta.get("dcterm:creator", ""),
        meta.get("author", ""),
        meta.get("parsely-author", ""),
        "" if is_web_url(article_author) else article_author,
    ):
        byline = clean_byline(candidate or "")
        if byline:
            return byline
    return ""


def _published(doc: Any, meta: dict[str, str], ld_item: dict[str, Any]) -> datetime | None:
    """The publication date: JSON-LD, then ``<meta>`` dates, then the first valid ``<time>``."""
    ld_date = ld_item.get("datePublished")
    for candidate in (
        ld_date if isinstance(ld_date, str) else "",
        meta.get("article:published_time", ""),
        meta.get("parsely-pub-date", ""),
        meta.get("datepublished", ""),
        meta.get("dc:date", ""),
        meta.get("date", ""),
    ):
        published = page_date(candidate or "")
        if published:
            return published
    for time_el in doc.iter("time"):
        published = page_date(time_el.get("datetime") or "")
        if published:
            return published
    return None


def _lead_image(meta: dict[str, str], ld_item: dict[str, Any], url: str) -> str:
    """The lead image as an absolute URL: Open Graph, Twitter, then JSON-LD ``image``."""
    image = ld_item.get("image")
    if isinstance(image, dict):
        image = image.get("url")
    elif isinstance(image, list) and image:
        image = image[0].get("url") if isinstance(image[0], dict) else image[0]
    for candidate in (
        meta.get("og:image", "") or meta.get("og:image:url", ""),
        meta.get("twitter:image", ""),
        image if isinstance(image, str) else "",
    ):
        lead_image = absolute_url(candidate or "", url)
        if lead_image:
            return lead_image
    return ""


def _language_and_direction(doc: Any, meta: dict[str, str]) -> tuple[str, str]:
    """The page's language tag and text direction (``dir``, else from the language)."""
    root = doc if doc.tag == "html" else doc.getroottree().getroot()
    lang = (root.get("lang") or root.get("xml:lang") or "").strip()
    if not lang:
        lang = meta.get("content-language", "") or meta.get("language", "")
        lang = lang.split(",")[0].strip()
    lang = lang[:35]
    for element in (root, root.find("body")):
        if element is not None and (element.get("dir") or "").strip().lower() in ("rtl", "ltr"):
            return lang, (element.get("dir") or "").strip().lower()
    primary = re.split(r"[-_]", lang.lower(), maxsplit=1)[0] if lang else ""
    return lang, "rtl" if primary in RTL_LANGUAGES else "ltr"


def byline_from_markup(doc: Any) -> str:
    """A byline from ``rel=author``, ``itemprop=author`` or a ``byline`` class."""
    for link in doc.iter("a"):
        if "author" in (link.get("rel") or "").lower().split():
            found = clean_byline(_text(link))
            if found:
                return found
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        if "author" in (element.get("itemprop") or "").split():
            name = element.find(".//*[@itemprop='name']")
            source = name if name is not None else element
            found = clean_byline(source.get("content") or _text(source))
            if found:
                return found
        klass = element.get("class") or ""
        if klass and _BYLINE_CLASS.search(klass) and element.tag not in ("body", "article", "html"):
            found = clean_byline(_text(element))
            if found and len(found.split()) <= 8:
                return found
    return ""
