"""The on-disk form of a cached article: JSON with the SimplifiedArticle's fields and the keys
of its images.

The other language editions of an article (``editions``) are kept in the same file, each in the
same form without images or editions of its own, so switching edition reads one file."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from reader.core.images import image_urls
from reader.core.parsed import SimplifiedArticle
from reader.core.render.body import image_key

IMAGE_KEY = re.compile(r"[0-9a-f]{64}")
"""A cached picture's key (:func:`reader.core.render.body.image_key`)."""

_TEXTS = ("title", "byline", "lead_image", "lang", "direction", "html", "text")
_MAX_ALTERNATES = 64


def _payload(article: SimplifiedArticle) -> dict[str, Any]:
    published = article.published
    return {
        "title": article.title,
        "byline": article.byline,
        "published": None if published is None else published.isoformat(),
        "lead_image": article.lead_image,
        "lang": article.lang,
        "direction": article.direction,
        "html": article.html,
        "text": article.text,
        "alternates": [list(pair) for pair in article.alternates],
    }


def to_json(article: SimplifiedArticle, keys: list[str]) -> bytes:
    """The bytes of a cached article file."""
    payload = _payload(article)
    payload["images"] = keys
    payload["editions"] = [_payload(edition) for edition in article.editions]
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def from_json(data: bytes) -> SimplifiedArticle:
    """The article of :func:`to_json`'s bytes.

    Raises ValueError/TypeError/KeyError on anything but what :func:`to_json` wrote."""
    payload = json.loads(data.decode("utf-8"))
    editions = payload.get("editions", []) if isinstance(payload, dict) else None
    if not isinstance(editions, list):
        raise TypeError("editions is not a list")
    return _article(payload, tuple(_article(edition, ()) for edition in editions))


def _article(payload: Any, editions: tuple[SimplifiedArticle, ...]) -> SimplifiedArticle:
    if not isinstance(payload, dict):
        raise TypeError("not an object")
    texts = {}
    for name in _TEXTS:
        value = payload.get(name, "")
        if not isinstance(value, str):
            raise TypeError(f"{name} is not a string")
        texts[name] = value
    published = None
    if payload.get("published") is not None:
        published = datetime.fromisoformat(str(payload["published"]))
        published = (
            published.replace(tzinfo=UTC) if published.tzinfo is None else published
        ).astimezone(UTC)
    pairs = payload.get("alternates", [])
    if not isinstance(pairs, list):
        raise TypeError("alternates is not a list")
    alternates: list[tuple[str, str]] = []
    for pair in pairs[:_MAX_ALTERNATES]:
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise TypeError("an alternate is not a (language, address) pair")
        alternates.append((pair[0], pair[1]))
    direction = texts.pop("direction")
    return SimplifiedArticle(
        published=published,
        direction="rtl" if direction == "rtl" else "ltr",
        alternates=tuple(alternates),
        editions=editions,
        **texts,
    )


def image_keys(data: bytes) -> tuple[str, ...]:
    """The keys of the pictures a cached article's file uses (from its list, or, in a file an
    older version wrote without one, from its pictures' addresses). Raises ValueError,
    TypeError or KeyError on a damaged file."""
    payload: Any = json.loads(data.decode("utf-8"))
    keys = payload.get("images") if isinstance(payload, dict) else None
    if isinstance(keys, list):
        return tuple(k for k in keys if isinstance(k, str) and IMAGE_KEY.fullmatch(k))
    return tuple(image_key(u) for u in image_urls(from_json(data)))
