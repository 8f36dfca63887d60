"""Simplified articles and their images on disk: atomic writes, a size cap, LRU eviction.

The cache can be deleted at any time; a missing folder is rebuilt, never an error.
Image keys are ``sha256(url)`` hex; the article view asks for ``cache:<key>``.

CONTRACT STUB: the store helper replaces the bodies; keep the public names and signatures.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from pathlib import Path

from reader.core.models import SimplifiedArticle

DEFAULT_MAX_BYTES = 500 * 1024 * 1024


def image_key(url: str) -> str:
    """The cache key of an image URL."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


class ArticleCache:
    """The cache folder of one profile. Safe to use from several threads."""

    def __init__(self, root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        raise NotImplementedError

    def put_article(self, article_id: int, article: SimplifiedArticle) -> None:
        """Store a simplified article (atomic: temp file, fsync, rename)."""
        raise NotImplementedError

    def get_article(self, article_id: int) -> SimplifiedArticle | None:
        """The cached article, or ``None``; counts as a read for eviction."""
        raise NotImplementedError

    def has_article(self, article_id: int) -> bool:
        """True when the article is cached."""
        raise NotImplementedError

    def put_image(self, url: str, data: bytes, content_type: str) -> str:
        """Store an image; returns its key."""
        raise NotImplementedError

    def image(self, key: str) -> bytes | None:
        """The bytes of a cached image, or ``None`` (key must be 64 hex chars)."""
        raise NotImplementedError

    def has_image(self, url: str) -> bool:
        """True when the image at ``url`` is cached."""
        raise NotImplementedError

    def remove_articles(self, article_ids: Collection[int]) -> None:
        """Forget these articles (pruned from the database)."""
        raise NotImplementedError

    def size(self) -> int:
        """Bytes used."""
        raise NotImplementedError

    def evict(self, *, keep: Collection[int] = ()) -> int:
        """Shrink below the cap, least recently read first, never the ``keep`` (starred) ones;
        returns bytes freed."""
        raise NotImplementedError
