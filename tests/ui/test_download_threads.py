"""Enclosure downloads in their own threads, without the worker or a window: a file from the
loopback server lands in the folder with progress then finished; a file already downloading is
not started twice; cancel stops it and says it was cancelled."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from reader.ui.download_threads import DownloadThreads
from tests.httpserver import FixtureServer

EPISODE = bytes(range(256)) * 1024  # 256 KiB
WAIT_S = 15


class Heard:
    """What the download threads reported, and an event set when one is over."""

    def __init__(self) -> None:
        self.progress: list[tuple[str, int, int | None]] = []
        self.finished: list[tuple[str, str]] = []
        self.failed: list[tuple[str, Exception, bool]] = []
        self.over = threading.Event()
        self.moving = threading.Event()

    def threads(self) -> DownloadThreads:
        def progress(url: str, done: int, total: int | None) -> None:
            self.progress.append((url, done, total))
            self.moving.set()

        def finished(url: str, path: str) -> None:
            self.finished.append((url, path))
            self.over.set()

        def failed(url: str, exc: Exception, cancelled: bool) -> None:
            self.failed.append((url, exc, cancelled))
            self.over.set()

        return DownloadThreads(progress, finished, failed)


def test_a_download_lands_in_the_folder(server: FixtureServer, tmp_path: Path) -> None:
    server.add("/media/episode.mp3", EPISODE, content_type="audio/mpeg")
    heard = Heard()
    url = server.url("/media/episode.mp3")
    heard.threads().start(url, server.url("/pod.xml"), tmp_path, 10)
    assert heard.over.wait(WAIT_S)
    assert heard.failed == []
    [(done_url, path)] = heard.finished
    assert done_url == url
    assert Path(path).parent == tmp_path
    assert Path(path).read_bytes() == EPISODE
    assert heard.progress and heard.progress[-1][1] == len(EPISODE)


def test_one_thread_per_file_and_cancel_says_cancelled(
    server: FixtureServer, tmp_path: Path
) -> None:
    release = threading.Event()
    requests: list[str] = []

    def stalls(req: BaseHTTPRequestHandler) -> None:
        requests.append(req.path)
        req.send_response(200)
        req.send_header("Content-Length", str(len(EPISODE)))
        req.end_headers()
        req.wfile.write(EPISODE[:4096])
        req.wfile.flush()
        release.wait(WAIT_S)
        req.close_connection = True

    server.add("/media/slow.mp3", handler=stalls)
    heard = Heard()
    threads = heard.threads()
    url = server.url("/media/slow.mp3")
    try:
        threads.start(url, server.url("/pod.xml"), tmp_path, 10)
        threads.start(url, server.url("/pod.xml"), tmp_path, 10)  # already running: nothing
        assert heard.moving.wait(WAIT_S)
        threads.cancel(url)
        assert heard.over.wait(WAIT_S)
    finally:
        release.set()
    assert heard.finished == []
    [(failed_url, exc, cancelled)] = heard.failed
    assert failed_url == url and cancelled
    assert str(exc) == "download cancelled"
    assert requests == ["/media/slow.mp3"]
    assert list(tmp_path.iterdir()) == []
