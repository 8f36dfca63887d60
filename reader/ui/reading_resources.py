"""What the article view needs from Qt besides the page: the reading font, and images decoded
safely from cache bytes.

Images are checked before decoding (their header's size, at most :data:`MAX_IMAGE_SIDE` px a
side, and a 256 MB allocation limit), so a decompression bomb in the cache cannot exhaust memory.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QImageReader, QPainter, QPen

from reader.core.render.palette import ReadingColours

log = logging.getLogger(__name__)

MAX_IMAGE_SIDE = 8000
MAX_IMAGE_BYTES = 40 * 1024 * 1024
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


def decode_image(
    data: bytes, max_width: int, max_height: int, ratio: float = 1.0, *, dim: float = 0.0
) -> QImage | None:
    """The image in ``data`` scaled to fit ``max_width`` x ``max_height`` logical px (aspect
    ratio kept, sharp on a ``ratio`` screen), or ``None`` when it is unreadable or too big.

    ``dim`` (0..1) darkens it, so a bright photo does not glare on a dark page.
    """
    if len(data) > MAX_IMAGE_BYTES:
        return None
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() > MAX_IMAGE_SIDE or size.height() > MAX_IMAGE_SIDE:
        log.info("image refused: size %sx%s", size.width(), size.height())
        return None
    reader.setAllocationLimit(256)
    image = reader.read()
    if image.isNull():
        return None
    box = QSize(max(1, round(max_width * ratio)), max(1, round(max_height * ratio)))
    if image.width() > box.width() or image.height() > box.height():
        image = image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    if dim > 0:
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceAtop)
        painter.fillRect(image.rect(), QColor(0, 0, 0, round(255 * min(dim, 1.0))))
        painter.end()
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
