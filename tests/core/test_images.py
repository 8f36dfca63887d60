"""What an image file really is (issue 9 items 1-2): the format from the bytes, the size from
the header, the size it is decoded to and the pixels one article may cost. Pure, no Qt."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.images import (
    ARTICLE_PIXEL_BUDGET,
    MAX_IMAGE_PIXELS,
    ImageHeader,
    PixelBudget,
    fit_within,
    image_problem,
    read_header,
    sniff_format,
)
from tests.imagekit import GARBAGE, SVG_USE_BOMB, gif_many_frames, png_header, truncated_png
from tests.props import PROPERTY

JPEG = (
    b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    + b"\xff\xdb" + struct.pack(">H", 4) + b"\x00\x00"
    + b"\xff\xc2" + struct.pack(">HBHHB", 11, 8, 480, 640, 3) + b"\x00" * 6
)  # fmt: skip
WEBP_LOSSY = (
    b"RIFF\x00\x00\x00\x00WEBPVP8 \x00\x00\x00\x00"
    + b"\x00\x00\x00\x9d\x01\x2a"
    + struct.pack("<HH", 320, 200)
)
WEBP_LOSSLESS = b"RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f" + ((99) | (49 << 14)).to_bytes(
    4, "little"
)
WEBP_EXTENDED = (
    b"RIFF\x00\x00\x00\x00WEBPVP8X\x00\x00\x00\x00\x00\x00\x00\x00"
    + (1999).to_bytes(3, "little")
    + (999).to_bytes(3, "little")
)


@pytest.mark.parametrize(
    ("data", "header"),
    [
        (png_header(30_000, 30_000), ImageHeader("png", 30_000, 30_000)),
        (truncated_png(), ImageHeader("png", 640, 480)),
        (gif_many_frames(10), ImageHeader("gif", 64, 64)),
        (JPEG, ImageHeader("jpeg", 640, 480)),
        (WEBP_LOSSY, ImageHeader("webp", 320, 200)),
        (WEBP_LOSSLESS, ImageHeader("webp", 100, 50)),
        (WEBP_EXTENDED, ImageHeader("webp", 2000, 1000)),
    ],
)
def test_headers_give_the_real_format_and_size(data: bytes, header: ImageHeader) -> None:
    assert read_header(data) == header


@pytest.mark.parametrize(
    "data",
    [
        SVG_USE_BOMB,
        b"\xef\xbb\xbf" + SVG_USE_BOMB,  # with a BOM
        b"<html><body>login</body></html>",
        b"%PDF-1.7\n",
        b"II*\x00",  # TIFF
        b"BM" + b"\x00" * 60,  # BMP: Qt decodes it, we do not take it
        GARBAGE,
        b"",
        b"\x89PNG\r\n\x1a\n",  # a signature and nothing else
        png_header(0, 10),
        b"\xff\xd8\xff\xe0\x00\x01",  # a JPEG segment too short to be one
    ],
)
def test_everything_else_is_not_an_image_we_show(data: bytes) -> None:
    assert read_header(data) is None
    assert image_problem(read_header(data))


def test_size_limits() -> None:
    assert image_problem(ImageHeader("png", 8000, 8000)) == ""
    assert "too large" in image_problem(ImageHeader("png", 30_000, 30_000))
    assert "too large" in image_problem(ImageHeader("png", 8001, 8000))
    assert "too large" in image_problem(ImageHeader("gif", 65_535, 10))
    assert MAX_IMAGE_PIXELS >= 8000 * 8000


def test_the_article_budget_admits_in_order_and_remembers() -> None:
    budget = PixelBudget()
    big = 8000 * 8000
    admitted = [budget.admit(f"k{i}", big) for i in range(12)]
    assert admitted == [True] * (ARTICLE_PIXEL_BUDGET // big) + [False] * (
        12 - ARTICLE_PIXEL_BUDGET // big
    )
    assert 0 < admitted.count(True) < 12
    assert budget.admit("k0", big)  # asked again: still admitted, costs nothing more
    assert not budget.admit("k11", 1)  # refused stays refused
    assert budget.admit("small", 100 * 100)  # small ones still fit


@PROPERTY
@given(st.binary(max_size=300))
def test_property_any_bytes_give_a_header_or_none(data: bytes) -> None:
    header = read_header(data)
    if header is not None:
        assert header.width > 0 and header.height > 0
        assert sniff_format(data) == header.format
        assert header.content_type.startswith("image/")


@PROPERTY
@given(
    st.sampled_from(
        [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a", b"RIFF\x00\x00\x00\x00WEBP"]
    ),
    st.binary(max_size=200),
)
def test_property_magic_numbers_with_any_rest_never_crash(magic: bytes, rest: bytes) -> None:
    header = read_header(magic + rest)
    assert header is None or header.pixels > 0


@PROPERTY
@given(st.integers(1, 70_000), st.integers(1, 70_000), st.integers(1, 4000), st.integers(1, 4000))
def test_property_fit_within_never_grows_and_keeps_the_shape(
    width: int, height: int, box_w: int, box_h: int
) -> None:
    w, h = fit_within(width, height, box_w, box_h)
    assert 1 <= w <= min(width, box_w) and 1 <= h <= min(height, box_h)
    if w > 10 and h > 10:  # rounding aside, the aspect ratio is kept
        assert abs(w / h - width / height) <= (width / height) * 0.2 + 0.2


def test_a_jpeg_header_is_searched_only_so_far() -> None:
    """Fill bytes before the frame header: a few are normal, megabytes are an attack on the
    GUI thread (which reads headers); the scan stops after a bounded number of steps."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 480, 640, 3) + b"\x00" * 6
    assert read_header(b"\xff\xd8" + b"\xff" * 10 + sof) == ImageHeader("jpeg", 640, 480)
    assert read_header(b"\xff\xd8" + b"\xff" * 100_000 + sof) is None
