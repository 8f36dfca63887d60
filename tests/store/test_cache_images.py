"""The cache's door for images (issue 9 item 1): the bytes decide, not the declared type."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.render.body import image_key
from reader.errors import StoreError
from reader.store.cache import ArticleCache
from tests.imagekit import GARBAGE, SVG_USE_BOMB, big_png, gif_many_frames, png_header

SMALL_PNG = big_png(16, 16)


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        (SVG_USE_BOMB, "image/png"),  # the drill: an SVG bomb served as a PNG
        (SVG_USE_BOMB, "image/svg+xml"),
        (b"<html>captive portal</html>", "image/jpeg"),
        (GARBAGE, "image/gif"),
        (b"%PDF-1.4", "image/webp"),
        (png_header(30_000, 30_000), "image/png"),  # a bomb by its header
    ],
)
def test_what_is_not_a_picture_we_show_is_refused_whatever_its_type(
    tmp_path: Path, data: bytes, declared: str
) -> None:
    cache = ArticleCache(tmp_path)
    with pytest.raises(StoreError):
        cache.put_image("https://e.example/x", data, declared)
    assert not cache.has_image("https://e.example/x")


@pytest.mark.parametrize("declared", ["image/png", "application/octet-stream", "", "text/html"])
def test_a_real_picture_is_kept_under_its_real_type(tmp_path: Path, declared: str) -> None:
    cache = ArticleCache(tmp_path)
    key = cache.put_image("https://e.example/a.gif", gif_many_frames(3), declared)
    assert cache.image_with_type(key) == (gif_many_frames(3), "image/gif")
    key = cache.put_image("https://e.example/b", SMALL_PNG, declared)
    assert cache.image_with_type(key) == (SMALL_PNG, "image/png")


def test_a_hostile_file_already_in_the_cache_is_never_handed_out(tmp_path: Path) -> None:
    """An older version (or anyone with the folder) stored an SVG labelled image/png."""
    cache = ArticleCache(tmp_path)
    key = image_key("https://e.example/icon.png")
    path = tmp_path / "images" / key[:2] / key
    path.parent.mkdir(parents=True)
    path.write_bytes(b"image/png\n" + SVG_USE_BOMB)
    assert cache.image(key) is None
    assert cache.image_with_type(key) is None
    assert not path.exists()  # removed: the next refresh may fetch a real one
