"""What a download's answer must show before its bytes become a saved file.

A 200 is not always the file: a login page or a captive portal answers an episode's address
with HTML, a broken server sends nothing at all, and a hostile one sends a byte now and then,
each well within the read timeout, for as long as it likes (a download has no overall deadline:
an hour-long episode may take long on a slow line). These checks turn each into words.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import PurePosixPath

from reader.core.sniff import media_type
from reader.errors import FetchError

MIN_RATE = (16 * 1024, 60.0)
"""At least this many bytes in each this many seconds (273 bytes a second: a 50 MB episode
would take two days), else the download is too slow; a stalled read ends at the read timeout."""
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_SUFFIXES = frozenset({".htm", ".html", ".xhtml", ".shtml"})
"""A file asked for under such a name is a web page; any other name wants something else."""
_PAGE_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


def empty_file() -> FetchError:
    """A 2xx answer with no bytes at all: nothing to save."""
    return FetchError("the server sent an empty file", kind="empty")


def web_page_instead(first: bytes, content_type: str, name: str) -> FetchError | None:
    """The error when an answer to a file named ``name`` is a web page (its Content-Type says
    so and its first bytes are HTML), else None. A file mislabelled as HTML, or a page asked
    for by a page's name, passes."""
    mime = media_type(content_type)
    if mime not in _PAGE_TYPES or PurePosixPath(name).suffix.lower() in _PAGE_SUFFIXES:
        return None
    if _PAGE_START.match(first[:4096]) is None:
        return None
    return FetchError("the server sent a web page instead of the file", kind="not_file")


class RateFloor:
    """Fails a transfer that receives fewer than ``min_bytes`` in any ``seconds`` it runs."""

    def __init__(
        self,
        min_bytes: int,
        seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.min_bytes = min_bytes
        self.seconds = seconds
        self._clock = clock
        self._since = clock()
        self._base = 0

    def received(self, total: int) -> None:
        """Note that ``total`` bytes have arrived so far; raises when the last window was slow."""
        now = self._clock()
        if now - self._since < self.seconds:
            return
        if total - self._base < self.min_bytes:
            raise FetchError("the server is sending too slowly", kind="timeout")
        self._since, self._base = now, total
