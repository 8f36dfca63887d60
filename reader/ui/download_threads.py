"""Enclosure downloads (podcast episodes, attachments), each in a thread of its own.

An hour-long episode must not hold up refreshes, nor they it, so a download runs neither in the
GUI thread nor in the worker's thread. :class:`DownloadThreads` starts one thread per file (a
file already downloading is not started twice), cancels them, and reports through the three
functions it is given; the :class:`~reader.ui.worker.Worker` passes its signals' ``emit``, so
the window hears of downloads as of any other job. Nothing here touches a widget or Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.usecases.downloads import Cancel

log = logging.getLogger(__name__)

Progress = Callable[[str, int, "int | None"], None]
"""(file URL, bytes on disk, total bytes or None)."""
Finished = Callable[[str, str], None]
"""(file URL, the downloaded file's path)."""
Failed = Callable[[str, Exception, bool], None]
"""(file URL, what went wrong, True when the download was cancelled)."""


class DownloadThreads:
    """Runs each enclosure download in a daemon thread; thread-safe."""

    def __init__(self, progress: Progress, finished: Finished, failed: Failed) -> None:
        self._progress = progress
        self._finished = finished
        self._failed = failed
        self._running: dict[str, Cancel] = {}
        self._lock = threading.Lock()

    def start(self, url: str, feed_url: str, folder: Path, max_mb: int) -> None:
        """Download ``url``, an enclosure of the feed at ``feed_url``, into ``folder`` (capped
        at ``max_mb``) in a new thread; nothing when it is downloading already."""
        from reader.usecases.downloads import Cancel  # here: loaded with the first download

        with self._lock:
            if url in self._running:
                return
            cancel = self._running[url] = Cancel()
        args = (url, feed_url, folder, max_mb, cancel)
        thread = threading.Thread(target=self._run, args=args, name="broadsheet-download")
        thread.daemon = True  # cancelled at shutdown; a part left by a hard exit resumes later
        thread.start()

    def _run(self, url: str, feed_url: str, folder: Path, max_mb: int, cancel: Cancel) -> None:
        """One download, in its own thread: progress each percent (or MiB), then finished or
        failed, never an exception out of the thread."""
        from reader.usecases.downloads import DownloadCancelled, Downloader
        from reader.usecases.pages import PrivateHosts

        shown = [-1]

        def progress(done: int, total: int | None) -> None:
            step = done * 100 // total if total else done >> 20  # each percent, or MiB
            if step != shown[0]:
                shown[0] = step
                self._progress(url, done, total)

        downloader = Downloader(max_bytes=max_mb * 1024 * 1024)
        try:
            # An enclosure is content: private addresses only when its feed is on one.
            allow = PrivateHosts().allows(feed_url)
            path = downloader.download(
                url, folder, allow_private=allow, progress=progress, cancel=cancel
            )
        except DownloadCancelled as exc:
            self._failed(url, exc, True)
        except Exception as exc:  # reported, never raised out of the thread
            log.warning("download of %s failed: %s", url, exc)
            self._failed(url, exc, False)
        else:
            self._finished(url, str(path))
        finally:
            downloader.close()
            with self._lock:
                self._running.pop(url, None)

    def cancel(self, url: str | None = None) -> None:
        """Cancel the download of ``url`` (every download when None)."""
        with self._lock:
            cancels = [c for key, c in self._running.items() if url in (None, key)]
        for cancel in cancels:
            cancel.set()
