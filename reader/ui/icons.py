"""Icons painted at run time, so the window looks the same with or without an icon theme.

Feed icons come from the cache when the worker fetched them; otherwise a letter tile in a colour
derived from the feed's name. Every icon follows the current palette (light or dark).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from reader.core.render.body import image_key
from reader.ui.lazy_qt import Qt
from reader.ui.reading_resources import plan_image, read_planned

log = logging.getLogger(__name__)

SIZE = 32
MAX_ICON_BYTES = 256 * 1024
"""Feed icons bigger than this are not decoded (image bombs, RELIABILITY H8)."""
MAX_ICON_SIDE = 1024
"""Feed icons wider or taller than this (by their header) are not decoded."""
ICON_DECODE = 2 * SIZE
"""Icons are decoded to fit this many pixels a side (sharp on a 2x screen), never larger."""

_TILE_COLOURS = ("#2f6f9f", "#8a4f9e", "#2e7d5b", "#b0563a", "#4a5fb5", "#9b6a12", "#a23d62")


def _text_colour() -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorRole.WindowText)
    return QColor("#333333")


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def letter_icon(name: str) -> QIcon:
    """A rounded tile with the first letter of ``name`` (the default feed icon)."""
    letter = next((ch for ch in name.strip() if ch.isalnum()), "•").upper()
    return _letter_icon(letter, _tile_colour(name))


def _tile_colour(name: str) -> str:
    import hashlib  # here: it loads OpenSSL, which an empty profile's first frame never needs

    digest = hashlib.sha256(name.strip().lower().encode("utf-8")).digest()
    return _TILE_COLOURS[digest[0] % len(_TILE_COLOURS)]


@lru_cache(maxsize=512)
def _letter_icon(letter: str, colour: str) -> QIcon:
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(2, 2, SIZE - 4, SIZE - 4), 7, 7)
    font = QFont()
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


def icon_image(data: bytes | None) -> QImage | None:
    """A feed icon decoded from cached bytes, at most :data:`ICON_DECODE` px a side, or
    ``None`` when it is too big, not PNG/JPEG/GIF/WebP by its bytes (an SVG served as
    ``image/png``), larger than :data:`MAX_ICON_SIDE` or undecodable. Safe in any thread."""
    if not data or len(data) > MAX_ICON_BYTES:
        return None
    plan = plan_image(data, ICON_DECODE, ICON_DECODE)
    if plan is None or max(plan.header.width, plan.header.height) > MAX_ICON_SIDE:
        return None
    return read_planned(data, plan)


def image_icon(data: bytes | None) -> QIcon | None:
    """An icon from cached image bytes, or None when :func:`icon_image` refuses them."""
    image = icon_image(data)
    return None if image is None else QIcon(QPixmap.fromImage(image))


class _IconRelay(QObject):
    """Brings icons decoded in the icon thread back to the GUI thread."""

    decoded = Signal(object, int, object)
    """``(deliver, feed id, QImage or None)``."""

    def __init__(self) -> None:
        super().__init__()
        from concurrent.futures import ThreadPoolExecutor  # start-up: with the first icon

        self.pool = ThreadPoolExecutor(1, thread_name_prefix="icon-decoder")
        self.pending = 0
        self.decoded.connect(self._on_decoded)

    def _on_decoded(
        self, deliver: Callable[[int, QIcon], None], feed_id: int, image: object
    ) -> None:
        self.pending -= 1
        owner = getattr(deliver, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return  # the tree went away meanwhile (its items with it: never touch them)
        if isinstance(image, QImage):
            deliver(feed_id, QIcon(QPixmap.fromImage(image)))

    def work(
        self, cache: Any, deliver: Callable[[int, QIcon], None], feed_id: int, url: str
    ) -> None:
        image = None
        try:
            image = icon_image(cache.image(image_key(url)))
        except Exception:  # one feed's icon must never cost the window
            log.exception("feed icon of feed %d could not be read", feed_id)
        with contextlib.suppress(RuntimeError):
            self.decoded.emit(deliver, feed_id, image)


_relay: _IconRelay | None = None


def request_feed_icons(
    cache: Any, feeds: Iterable[tuple[int, str]], deliver: Callable[[int, QIcon], None]
) -> None:
    """Decode the cached icons of ``feeds`` (id, icon URL) off the GUI thread; ``deliver``
    gets each good one on the GUI thread. A bad icon is never delivered: the feed keeps its
    letter tile, and nothing in a picture can keep the window from starting (issue 9 item 1).
    Call on the GUI thread."""
    global _relay
    if _relay is None:
        _relay = _IconRelay()
    for feed_id, url in feeds:
        if url:
            _relay.pending += 1
            _relay.pool.submit(_relay.work, cache, deliver, feed_id, url)


def icon_loads_pending() -> int:
    """Feed icons asked for and not delivered (or refused) yet."""
    return _relay.pending if _relay is not None else 0


def error_icon() -> QIcon:
    """A red warning mark for a feed whose last fetch failed."""
    pixmap, painter = _canvas()
    path = QPainterPath()
    path.moveTo(SIZE / 2, 3)
    path.lineTo(SIZE - 3, SIZE - 4)
    path.lineTo(3, SIZE - 4)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c62828"))
    painter.drawPath(path)
    pen = QPen(QColor("#ffffff"), 3.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(SIZE / 2, 12), QPointF(SIZE / 2, 20))
    painter.drawPoint(QPointF(SIZE / 2, 24.5))
    painter.end()
    return QIcon(pixmap)


def folder_icon() -> QIcon:
    """A folder outline in the text colour."""
    pixmap, painter = _canvas()
    colour = _text_colour()
    colour.setAlphaF(0.75)
    painter.setPen(QPen(colour, 2.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.moveTo(4, 9)
    path.lineTo(12, 9)
    path.lineTo(15, 12)
    path.lineTo(28, 12)
    path.lineTo(28, 26)
    path.lineTo(4, 26)
    path.closeSubpath()
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def smart_icon(kind: str) -> QIcon:
    """Icons of the smart views: ``all`` (lines), ``unread`` (a dot), ``starred`` (a star)."""
    pixmap, painter = _canvas()
    colour = _text_colour()
    if kind == "unread":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1e88e5"))
        painter.drawEllipse(QPointF(SIZE / 2, SIZE / 2), 7, 7)
    elif kind == "starred":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f2a900"))
        painter.drawPath(_star_path(SIZE / 2, SIZE / 2 + 1, 12, 5))
    else:
        pen = QPen(colour, 2.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for y in (10, 16, 22):
            painter.drawLine(QPointF(7, y), QPointF(25, y))
    painter.end()
    return QIcon(pixmap)


def _star_path(cx: float, cy: float, outer: float, inner: float) -> QPainterPath:
    import math

    path = QPainterPath()
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def star_pixmap(size: int, colour: QColor) -> QPixmap:
    """A filled star of ``size`` pixels (the starred mark in the article list)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(_star_path(size / 2, size / 2 + size / 20, size / 2, size / 5))
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """Broadsheet's own icon from the resources' PNG sizes (empty when missing).

    PNG, not the SVG master: the bundle ships no SVG renderer (issue 9 item 1)."""
    from reader.resources import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource_path("icons", f"broadsheet-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    if icon.isNull():
        path = resource_path("broadsheet.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon
