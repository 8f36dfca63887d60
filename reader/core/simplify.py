"""Page HTML -> SimplifiedArticle: readability-lxml, our cleanup, then the sanitizer (last).

CONTRACT STUB: the simplify helper replaces the bodies; keep the public names and signatures.
"""

from __future__ import annotations

from reader.core.models import SimplifiedArticle

MAX_PAGE_BYTES = 5 * 1024 * 1024


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode page bytes: BOM, then HTTP charset, then ``<meta charset>``, then detection."""
    raise NotImplementedError


def simplify(html: str, url: str) -> SimplifiedArticle:
    """The reader view of one page. Raises ExtractError when there is no article (or too large)."""
    raise NotImplementedError


def html_to_text(html: str) -> str:
    """Plain text of sanitized HTML, paragraphs separated by blank lines."""
    raise NotImplementedError
