"""Article images decoded off the GUI thread, one article's worth at a time.

The article view asks for an image while Qt lays the page out, on the GUI thread; decoding
there froze the window for seconds on an article of big pictures (issue 9 item 2). The view
now hands the bytes and an :class:`~reader.ui.reading_resources.ImagePlan` to this decoder and
shows a quiet box of the final size; :attr:`ImageDecoder.decoded` brings the picture back to
the GUI thread. Two decoder threads bound the memory (one 8000 x 8000 decode is 256 MB), and
the work of an article the reader has left is dropped before it starts.
"""

from __future__ import annotations

import itertools
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.ui.reading_resources import ImagePlan, dimmed, read_planned

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)

THREADS = 2


class _Relay(QObject):
    """Carries results from the decoder threads to the GUI thread. It lives as long as the
    process, so a thread never emits on an object the GUI thread may be deleting; a decoder
    that is gone is disconnected by Qt and its results are dropped."""

    decoded = Signal(int, int, str, object)
    """``(decoder id, generation, token, QImage or None)``."""


_relay: _Relay | None = None
_ids = itertools.count(1)
"""Decoder ids (never reused, unlike ``id()``)."""


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:  # made on the GUI thread, by the first decoder
        _relay = _Relay()
    return _relay


class ImageDecoder(QObject):
    """Decodes images in worker threads; results arrive on the owner's thread."""

    decoded = Signal(int, str, object)
    """``(generation, token, QImage or None)``: an image asked for with :meth:`decode`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None  # made for the first picture (start-up)
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        self._id = next(_ids)
        self._relay = _the_relay()
        self._relay.decoded.connect(self._on_relay_decoded)

    @property
    def generation(self) -> int:
        """Changes with :meth:`forget_pending`; results carry the one they were asked in."""
        return self._generation

    def forget_pending(self) -> int:
        """Drop every decode not started yet (the reader moved on); returns the new
        generation."""
        with self._lock:
            self._generation += 1
            return self._generation

    def decode(self, token: str, data: bytes, plan: ImagePlan, ratio: float, dim: float) -> None:
        """Decode ``data`` as ``plan`` says, darkened by ``dim``, for a ``ratio`` screen; the
        answer comes as :attr:`decoded` with ``token``."""
        if self._closed:
            return
        generation = self._generation
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor  # ~7 M instructions: not at start

            self._pool = ThreadPoolExecutor(THREADS, thread_name_prefix="image-decoder")
        self._pool.submit(self._run, generation, token, data, plan, ratio, dim)

    def close(self) -> None:
        """Stop taking work and drop what has not started (at the view's end)."""
        self._closed = True
        self.forget_pending()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def _on_relay_decoded(self, decoder: int, generation: int, token: str, image: object) -> None:
        if decoder == self._id and not self._closed:
            self.decoded.emit(generation, token, image)

    def _run(
        self, generation: int, token: str, data: bytes, plan: ImagePlan, ratio: float, dim: float
    ) -> None:
        if generation != self._generation or self._closed:
            return  # an article the reader has left
        image = None
        try:
            image = read_planned(data, plan)
            if image is not None:
                if dim > 0:
                    image = dimmed(image, dim)
                image.setDevicePixelRatio(ratio)
        except Exception:  # a decoder fault must cost one picture, never the view
            log.exception("decoding an image failed")
            image = None
        self._relay.decoded.emit(self._id, generation, token, image)
