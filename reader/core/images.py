"""The images an article shows, and what an image file really is.

One answer for the refresh that prefetches images and the cache that keeps (and evicts) them,
so the two always agree; and one rule, from the bytes, for which images are kept and decoded at
all, how large they are decoded and how many pixels one article may cost (issue 9 items 1-2).
"""

from __future__ import annotations

import logging
import struct
from html.parser import HTMLParser

from reader.core.models_frozen import frozen_dataclass
from reader.core.parsed import SimplifiedArticle
from reader.core.render.sanitize import is_web_url

log = logging.getLogger(__name__)


class _ImageFinder(HTMLParser):
    """Collects the ``src`` of every ``<img>`` (character references decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            for name, value in attrs:
                if name == "src" and value:
                    self.sources.append(value.strip())


def image_urls(article: SimplifiedArticle, limit: int | None = None) -> list[str]:
    """The http(s) images an article shows: its lead image, then every ``<img src>`` of its
    body, without duplicates, at most ``limit`` of them (None: all)."""
    finder = _ImageFinder()
    try:
        finder.feed(article.html)
        finder.close()
    except Exception:  # html.parser is lenient; never let an odd fragment stop a refresh
        log.debug("could not scan images", exc_info=True)
    urls: list[str] = []
    for url in [article.lead_image.strip(), *finder.sources]:
        if limit is not None and len(urls) >= limit:
            break
        if url and is_web_url(url) and url not in urls:
            urls.append(url)
    return urls


# -- what an image file really is ----------------------------------------------------------
# A server's Content-Type is a claim; the bytes decide which decoder Qt would pick, so the
# bytes decide here too. Only raster formats we decode pass: an SVG (a document Qt renders
# with no limits), a PDF, a TIFF or anything else is refused at the cache and at the decoder.

RASTER_TYPES: dict[str, str] = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
}
"""Format name (as Qt's image readers call it) -> the content type we store."""
MAX_IMAGE_SIDE = 20_000
"""Pixels a side at most (a panorama is wide, a bomb is wider)."""
MAX_IMAGE_PIXELS = 64_000_000
"""Declared pixels per image at most (8000 x 8000): decoding one costs up to 256 MB."""
ARTICLE_PIXEL_BUDGET = 150_000_000
"""Declared pixels decoded per article; images beyond it show a placeholder, so twelve
8000 x 8000 pictures cost two decodes, not twelve."""


@frozen_dataclass
class ImageHeader:
    """What an image file's header says: its real format and its size in pixels."""

    format: str
    """``png``, ``jpeg``, ``gif`` or ``webp``."""
    width: int
    height: int

    @property
    def pixels(self) -> int:
        """Width times height."""
        return self.width * self.height

    @property
    def content_type(self) -> str:
        """The content type of the real format (whatever the server declared)."""
        return RASTER_TYPES[self.format]


def sniff_format(data: bytes) -> str | None:
    """The raster format of ``data`` from its magic number, or ``None`` (SVG, HTML, PDF,
    TIFF, garbage ...)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def read_header(data: bytes) -> ImageHeader | None:
    """The format and size ``data`` declares, or ``None`` when it is not a raster image we
    decode or its header does not give a size. Reads the header only (a 30000 x 30000 PNG
    costs nothing here)."""
    kind = sniff_format(data)
    size: tuple[int, int] | None = None
    if kind == "png":
        if data[12:16] == b"IHDR" and len(data) >= 24:
            size = struct.unpack(">II", data[16:24])
    elif kind == "gif":
        if len(data) >= 10:
            size = struct.unpack("<HH", data[6:10])
    elif kind == "jpeg":
        size = _jpeg_size(data)
    elif kind == "webp":
        size = _webp_size(data)
    if kind is None or size is None or size[0] <= 0 or size[1] <= 0:
        return None
    return ImageHeader(kind, size[0], size[1])


_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
"""JPEG start-of-frame markers (the others in that range are tables)."""


_JPEG_STEPS = 4096
"""Markers and fill bytes read before a JPEG's frame header at most: a real file has a few
dozen; a file of nothing but fill bytes must not keep the GUI thread scanning megabytes."""


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    end = len(data)
    for _ in range(_JPEG_STEPS):
        if i + 4 > end:
            return None
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if length < 2:
            return None
        if marker in _SOF:
            if i + 9 > end:
                return None
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    return None


def image_problem(header: ImageHeader | None) -> str:
    """Why an image is not decoded, in words (``""`` when it may be)."""
    if header is None:
        return "not an image we show (only PNG, JPEG, GIF and WebP are)"
    if max(header.width, header.height) > MAX_IMAGE_SIDE or header.pixels > MAX_IMAGE_PIXELS:
        return f"image too large ({header.width} x {header.height} px)"
    return ""


def fit_within(width: int, height: int, box_width: int, box_height: int) -> tuple[int, int]:
    """``width`` x ``height`` scaled down (never up) to fit the box, aspect ratio kept,
    at least 1 x 1: the size an image is decoded to is the size it is shown at."""
    box_width, box_height = max(1, box_width), max(1, box_height)
    scale = min(1.0, box_width / max(1, width), box_height / max(1, height))
    return max(1, min(box_width, round(width * scale))), max(
        1, min(box_height, round(height * scale))
    )


class PixelBudget:
    """How many declared pixels one article may still decode (:data:`ARTICLE_PIXEL_BUDGET`).

    Images are admitted in the order they are asked for; asking again for an admitted image
    costs nothing, and a refused one stays refused."""

    def __init__(self, limit: int = ARTICLE_PIXEL_BUDGET) -> None:
        self.limit = limit
        self.spent = 0
        self._decided: dict[str, bool] = {}

    def admit(self, key: str, pixels: int) -> bool:
        """True when the image ``key`` of ``pixels`` may be decoded."""
        if key not in self._decided:
            fits = self.spent + pixels <= self.limit
            if fits:
                self.spent += pixels
            self._decided[key] = fits
        return self._decided[key]
