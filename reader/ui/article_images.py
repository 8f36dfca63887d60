"""The images of the article shown: what the page gets for each, decoded off the GUI thread.

The article view asks for an image while Qt lays the page out (``loadResource``, GUI thread).
Only the cached bytes' header is read there: their real format and declared size
(:func:`~reader.ui.reading_resources.plan_image`). An image we show, within the article's pixel
budget (:class:`~reader.core.images.PixelBudget`), goes to the :class:`ImageDecoder` and the page
gets a quiet box of its final size; :attr:`ArticleImages.arrived` hands the decoded picture back.
Everything else (an SVG stored as ``image/png``, a 30000 x 30000 header, garbage, the thirteenth
8000 x 8000 picture) gets the placeholder at once (issue 9 items 1-2).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from reader.core.images import PixelBudget
from reader.core.render.palette import ReadingColours
from reader.ui.image_decoder import ImageDecoder
from reader.ui.reading_resources import pending_image, placeholder_image, plan_image

log = logging.getLogger(__name__)

DECODE_SECONDS = 15.0
"""A picture not decoded in this time shows the placeholder (the page never waits on one)."""
Params = tuple[int, int, float, float]
"""The column box (logical px wide and tall), the screen's pixel ratio and the dimming."""


@dataclass
class ShownImage:
    """What the page got for one image of the article shown."""

    state: str
    """``pending`` (a box while it decodes), ``decoded``, ``refused`` (not a picture we show,
    too large, or it did not decode), ``over budget`` (the article's pixels were spent) or
    ``too slow`` (its decode ran past :data:`DECODE_SECONDS`)."""
    image: QImage
    params: Params
    serial: int = 0
    deadline: float = 0.0
    """When a pending decode is given up (monotonic seconds)."""


class ArticleImages(QObject):
    """The images of one page at a time, by cache key."""

    arrived = Signal(str, QImage)
    """``(key, image)``: a decode finished (the picture, or the placeholder if it failed)."""
    settled = Signal()
    """The last image being decoded for the page arrived."""

    decode_seconds = DECODE_SECONDS
    """The time budget of one picture's decode (tests shorten it)."""

    def __init__(self, cache: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.images: dict[str, ShownImage] = {}
        self._budget = PixelBudget()
        self._serial = 0
        self._colours: ReadingColours | None = None
        self._decoder = ImageDecoder(self)
        self._decoder.decoded.connect(self._on_decoder_decoded)
        decoder = self._decoder
        self.destroyed.connect(lambda *_: decoder.close())

    def pending(self) -> int:
        """How many of the page's images are still being decoded."""
        return sum(1 for shown in self.images.values() if shown.state == "pending")

    def forget(self) -> None:
        """A new page: its own budget, and no decoding for the one left."""
        self.images.clear()
        self._budget = PixelBudget()
        self._decoder.forget_pending()

    def shown(self, key: str, params: Params, colours: ReadingColours) -> ShownImage:
        """What the page shows for image ``key`` with these settings: decoded, on its way
        (a box of its size), or the placeholder."""
        self._colours = colours
        shown = self.images.get(key)
        if shown is not None and (shown.params == params or shown.state == "over budget"):
            return shown
        width, height, ratio, dim = params
        data = self._cached_bytes(key)
        plan = plan_image(data, round(width * ratio), round(height * ratio))
        self._serial += 1
        if plan is None or data is None:
            shown = ShownImage("refused", placeholder_image(colours), params)
        elif not self._budget.admit(key, plan.header.pixels):
            log.info(
                "image over the article's budget (%dx%d)", plan.header.width, plan.header.height
            )
            shown = ShownImage("over budget", placeholder_image(colours), params)
        else:
            box = pending_image(plan.width, plan.height, ratio, colours)
            deadline = time.monotonic() + self.decode_seconds
            shown = ShownImage("pending", box, params, self._serial, deadline)
            self._decoder.decode(f"{key}:{self._serial}", data, plan, ratio, dim)
            if not self._timer.isActive():
                self._timer.start(max(0, round(self.decode_seconds * 1000)))
        self.images[key] = shown
        return shown

    def _on_decoder_decoded(self, generation: int, token: str, image: QImage | None) -> None:
        key, _, serial = token.partition(":")
        shown = self.images.get(key)
        if generation != self._decoder.generation or shown is None:
            return
        if shown.state != "pending" or str(shown.serial) != serial:
            return  # asked again since, with other settings: that answer is on its way
        if image is None:
            log.info("image %s did not decode", key[:12])
            shown.state = "refused"
            shown.image = placeholder_image(self._colours) if self._colours else shown.image
        else:
            shown.state, shown.image = "decoded", image
        self.arrived.emit(key, shown.image)
        if not self.pending():
            self.settled.emit()

    def _on_timer_timeout(self) -> None:
        """Pictures still decoding past their time budget get the placeholder (the decode
        may end later; its answer is then dropped)."""
        now = time.monotonic()
        later = []
        for key, shown in list(self.images.items()):
            if shown.state != "pending":
                continue
            if shown.deadline > now:
                later.append(shown.deadline)
                continue
            log.info("image %s took too long to decode", key[:12])
            shown.state = "too slow"
            if self._colours is not None:
                shown.image = placeholder_image(self._colours)
            self.arrived.emit(key, shown.image)
        if later:
            self._timer.start(max(0, round((min(later) - now) * 1000)))
        elif not self.pending():
            self.settled.emit()

    def _cached_bytes(self, key: str) -> bytes | None:
        try:
            data = self._cache.image(key) if self._cache is not None else None
        except Exception:  # the cache must never break reading
            log.exception("cache image failed")
            return None
        return data if isinstance(data, bytes) else None
