"""Pieces shared by the XML and JSON feed readers: entry ids, bodies, titles.

An entry is identified by its guid/id; without one by ``"hash:" + sha256(link + "\\n" + title)``
(title and summary when there is no link either). Repeated ids inside one feed are made distinct
and stable: the second and later occurrences get ``"#" + hash(link + title)``, and an ordinal
when even that repeats.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import logging
import re
from dataclasses import replace
from datetime import datetime

from reader.core.parsed import ParsedEntry
from reader.core.render.sanitize import plain_text, sanitize_html

log = logging.getLogger(__name__)

MAX_ID_LENGTH = 2048
"""Longer ids are replaced by their hash so one entry cannot bloat every index."""

_BLANK_LINES = re.compile(r"\n\s*\n")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def fallback_id(link: str, title: str, summary: str = "") -> str:
    """The id of an entry that gives none: a hash of link and title (title and summary without link)."""
    if link:
        return "hash:" + _sha256(link + "\n" + title)
    return "hash:" + _sha256("\n" + title + "\n" + summary)


def clean_id(raw: object) -> str:
    """A feed's id as a string (numbers coerced; blank or non-scalar -> ``""``)."""
    if isinstance(raw, bool) or raw is None:
        return ""
    if isinstance(raw, int | float):
        raw = repr(raw)
    if not isinstance(raw, str):
        return ""
    text = raw.strip().replace("\x00", "")
    if len(text) > MAX_ID_LENGTH:
        return "hash:" + _sha256("id\n" + text)
    return text


def unique_ids(entries: list[ParsedEntry]) -> list[ParsedEntry]:
    """``entries`` with repeated ids made distinct, the first occurrence keeping its id."""
    seen: set[str] = set()
    result = []
    for entry in entries:
        entry_id = entry.entry_id
        if entry_id in seen:
            renamed = f"{entry.entry_id}#{_sha256(entry.link + chr(10) + entry.title)[:16]}"
            entry_id, ordinal = renamed, 2
            while entry_id in seen:  # the same link and title too: number them
                entry_id, ordinal = f"{renamed}#{ordinal}", ordinal + 1
            log.debug("repeated entry id %.200r renamed %.200r", entry.entry_id, entry_id)
            entry = replace(entry, entry_id=entry_id)
        seen.add(entry_id)
        result.append(entry)
    return result


def text_to_html(text: str) -> str:
    """Plain text as escaped HTML paragraphs (never markup from the feed)."""
    paragraphs = [p.strip() for p in _BLANK_LINES.split(text.replace("\r\n", "\n")) if p.strip()]
    return "".join(
        "<p>" + htmllib.escape(p, quote=False).replace("\n", "<br>") + "</p>" for p in paragraphs
    )


# Characters the sanitizer's HTML parser and serializer act on; text without them comes out of
# sanitize_html unchanged (tests/core/test_feeds_fast.py checks it), so it is not parsed.
_MARKUP_CHARS = re.compile("[<>&\x00\r\xa0]")


def body_html(value: str, kind: str, base_url: str) -> str:
    """A feed body as sanitized HTML: text bodies escaped first, HTML bodies allowlisted."""
    if not value:
        return ""
    if kind.lower().split(";")[0].strip() not in HTML_TYPES:
        value = text_to_html(value)
    elif not _MARKUP_CHARS.search(value):
        return value  # plain words in an HTML body (the usual short summary): nothing to clean
    return sanitize_html(value, base_url=base_url)


UNTITLED_LENGTH = 80
"""Characters of an untitled entry's text that become its title."""


def untitled(body: str, published: datetime | None) -> str:
    """A title for an entry that has none: the start of its text (cut at a word), else its
    date (``2026-10-05 12:00``), else ``""`` (the window then says "no title")."""
    text = plain_text(body, limit=UNTITLED_LENGTH * 4) if body else ""
    if text:
        if len(text) <= UNTITLED_LENGTH:
            return text
        cut = text[:UNTITLED_LENGTH]
        space = cut.rfind(" ")
        return (cut[:space] if space > UNTITLED_LENGTH // 2 else cut).rstrip(" ,;:.-") + "…"
    if published is not None:
        return published.strftime("%Y-%m-%d %H:%M")
    return ""
