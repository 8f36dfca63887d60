"""The on-disk form of a cached article: JSON with the SimplifiedArticle's fields and the keys
of its images."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from reader.core.models import SimplifiedArticle


def to_json(article: SimplifiedArticle, keys: list[str]) -> bytes:
    """The bytes of a cached article file."""
    published = article.published
    payload = {
        "title": article.title,
        "byline": article.byline,
        "published": None if published is None else published.isoformat(),
        "lead_image": article.lead_image,
        "lang": article.lang,
        "direction": article.direction,
        "html": article.html,
        "text": article.text,
        "images": keys,
    }
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def from_json(data: bytes) -> SimplifiedArticle:
    """The article of :func:`to_json`'s bytes.

    Raises ValueError/TypeError/KeyError on anything but what :func:`to_json` wrote."""
    payload = json.loads(data.decode("utf-8"))
    if not isinstance(payload, dict):
        raise TypeError("not an object")
    texts = {}
    for name in ("title", "byline", "lead_image", "lang", "direction", "html", "text"):
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
    direction = texts.pop("direction")
    return SimplifiedArticle(
        published=published, direction="rtl" if direction == "rtl" else "ltr", **texts
    )
