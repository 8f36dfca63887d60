"""Broadsheet: a desktop news reader.

The public, Qt-free entry point for one page is :func:`reader.simplify`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from reader.core.parsed import SimplifiedArticle

__all__ = ["__version__", "simplify"]


def simplify(html: str, url: str) -> SimplifiedArticle:
    """Simplify one article page (reader view): no network, no Qt, no disk.

    Raises :class:`reader.errors.ExtractError` when the page holds no article.
    """
    from reader.core.simplify.pipeline import simplify as _simplify

    return _simplify(html, url)
