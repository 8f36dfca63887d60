"""What the article view needs from Qt besides the page: the reading font, and images decoded
safely from cache bytes.

An image is checked before decoding (issue 9 items 1-2): its real format from its bytes (PNG,
JPEG, GIF, WebP; an SVG labelled ``image/png`` never reaches Qt's SVG renderer), its header's
size (:data:`reader.core.images.MAX_IMAGE_PIXELS`), then decoded by that format's reader only, at
the size it is shown (``setScaledSize``), under a 256 MB allocation limit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QImageReader, QPainter, QPen

from reader.core.images import (
    MAX_IMAGE_PIXELS,
    RASTER_TYPES,
    ImageHeader,
    fit_within,
    image_problem,
    read_header,
)
from reader.core.render.palette import ReadingColours
from reader.ui.lazy_qt import Qt

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 16 * 1024 * 1024
"""More than the fetcher ever keeps for an image."""
ALLOCATION_LIMIT_MB = 256
_SERIF = ("Source Serif 4", "Noto Serif", "Charter", "Georgia", "DejaVu Serif",
          "Liberation Serif", "Times New Roman")  # fmt: skip
_SANS = ("Noto Sans", "Source Sans 3", "Inter", "DejaVu Sans", "Liberation Sans", "Arial")


def resolve_family(name: str) -> str:
    """A real installed family for a setting (``serif``, ``sans`` or a family name).

    A family that is not installed falls back to the serif choice, never to a name Qt would
    silently replace.
    """
    families = set(QFontDatabase.families())
    if name not in ("serif", "sans") and name in families:
        return name
    for family in _SANS if name == "sans" else _SERIF:
        if family in families:
            return family
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif if name == "sans" else QFont.StyleHint.Serif)
    return font.defaultFamily()


@lru_cache(maxsize=1)
def decodable_formats() -> frozenset[str]:
    """The raster formats this Qt decodes (WebP needs its plugin; SVG is never one)."""
    have = {
        bytes(name.data()).decode("ascii", "replace")
        for name in QImageReader.supportedImageFormats()
    }
    return frozenset(RASTER_TYPES) & (have | {"png"})


@dataclass(frozen=True)
class ImagePlan:
    """An image checked and ready to decode: its header and the size it is shown at."""

    header: ImageHeader
    width: int
    """Device pixels wide once decoded (the header's size fitted into the box)."""
    height: int


def plan_image(data: bytes | None, box_width: int, box_height: int) -> ImagePlan | None:
    """The decode of ``data`` into a ``box_width`` x ``box_height`` device-pixel box, or
    ``None`` when it must not be decoded: not PNG/JPEG/GIF/WebP by its bytes (an SVG served as
    ``image/png``), no size in its header, too large, or more bytes than we ever fetch."""
    if not data or len(data) > MAX_IMAGE_BYTES:
        return None
    header = read_header(data)
    if header is None or image_problem(header) or header.format not in decodable_formats():
        log.info("image refused: %s", image_problem(header) or "no decoder for it")
        return None
    width, height = fit_within(header.width, header.height, box_width, box_height)
    return ImagePlan(header, width, height)


def read_planned(data: bytes, plan: ImagePlan) -> QImage | None:
    """Decode ``data`` as ``plan`` says: with the decoder of its real format only (never the
    one Qt would guess), at the planned size, under a 256 MB allocation limit. Safe in any
    thread; ``None`` when the bytes do not decode."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, plan.header.format.encode("ascii"))
    reader.setAutoDetectImageFormat(False)  # the sniffed format's decoder, nothing else
    reader.setDecideFormatFromContent(False)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return None  # the decoder reads another size than the header said: trust neither
    target = QSize(plan.width, plan.height)
    if size != target:
        reader.setScaledSize(target)  # JPEG decodes smaller; the others scale once read
    image = reader.read()
    if image.isNull():
        return None
    if image.size() != target:
        image = image.scaled(
            target, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def decode_image(
    data: bytes, max_width: int, max_height: int, ratio: float = 1.0, *, dim: float = 0.0
) -> QImage | None:
    """The image in ``data`` decoded to fit ``max_width`` x ``max_height`` logical px (aspect
    ratio kept, sharp on a ``ratio`` screen), or ``None`` when it is unreadable, not a raster
    image we show, or too big. Safe in any thread.

    ``dim`` (0..1) darkens it, so a bright photo does not glare on a dark page.
    """
    plan = plan_image(data, round(max_width * ratio), round(max_height * ratio))
    image = read_planned(data, plan) if plan is not None else None
    if image is None:
        return None
    if dim > 0:
        image = dimmed(image, dim)
    image.setDevicePixelRatio(ratio)
    return image


def dimmed(image: QImage, dim: float) -> QImage:
    """``image`` darkened by ``dim`` (0..1), for the dark page."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceAtop)
    painter.fillRect(image.rect(), QColor(0, 0, 0, round(255 * min(dim, 1.0))))
    painter.end()
    return image


def pending_image(width: int, height: int, ratio: float, colours: ReadingColours) -> QImage:
    """A quiet box of the decoded image's size, shown until the decoder hands it over (so
    the page does not move when the picture arrives)."""
    image = QImage(QSize(max(1, width), max(1, height)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colours.placeholder))
    image.setDevicePixelRatio(ratio)
    return image


def placeholder_image(colours: ReadingColours) -> QImage:
    """A small, quiet box with a picture glyph, for an image that cannot be shown."""
    image = QImage(QSize(64, 44), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colours.placeholder))
    painter = QPainter(image)
    painter.setPen(QPen(QColor(colours.muted), 2))
    painter.drawRect(20, 12, 24, 20)
    painter.drawLine(22, 30, 30, 22)
    painter.drawLine(30, 22, 42, 30)
    painter.end()
    return image
