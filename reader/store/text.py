"""Text for the full-text index: HTML to plain text, and user input to a safe FTS5 query."""

from __future__ import annotations

from reader.core.lazy_re import lazy_pattern

MAX_INDEXED_CHARS = 500_000
"""Text beyond this is not indexed (a huge page must not bloat the index)."""

_DROP = lazy_pattern(r"(?is)<(script|style|template)\b.*?</\1\s*>")
_TAG = lazy_pattern(r"<[^>]*>")
WORD_CHAR = lazy_pattern(r"[^\W_]")
"""A letter or digit: a search term without one is no word."""
CONTROL_CHAR = lazy_pattern(r"[\x00-\x1f\x7f]")
"""A control character: user input splits there."""


def index_text(html: str) -> str:
    """The words of an HTML fragment, for indexing (not for display: no paragraphs, and fast
    regular expressions where the reader view's ``html_to_text`` parses with lxml)."""
    if not html:
        return ""
    from html import unescape  # here: the window's start-up never indexes (~1.5 ms)

    text = _DROP().sub(" ", html)
    text = _TAG().sub(" ", text)
    text = " ".join(unescape(text).split())
    return text[:MAX_INDEXED_CHARS]


def fts_query(user_input: str) -> str | None:
    """An FTS5 query matching every word of ``user_input``; ``None`` when it has no words.

    Every token becomes a quoted phrase, so FTS5 operators, brackets, column filters and stray
    quotes in the input are plain text; a trailing ``*`` keeps its meaning of a prefix search.
    """
    terms: list[str] = []
    for token in CONTROL_CHAR().sub(" ", user_input).split():
        core = token.rstrip("*")
        if not WORD_CHAR().search(core):
            continue
        term = '"' + core.replace('"', '""') + '"'
        if token.endswith("*"):
            term += "*"
        terms.append(term)
    return " ".join(terms) or None
