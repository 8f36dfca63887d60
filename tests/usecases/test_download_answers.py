"""Drills on enclosure downloads against real servers: answers that are not the file asked for
(an empty body, a header block cut short, a login page) and a server that sends a byte now and
then. Each must end in words with no file left behind, never in a file reported saved."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from reader.errors import FetchError
from reader.usecases.downloads import Downloader
from tests.httpserver import FixtureServer

LOGIN_PAGE = b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Log in</body></html>"


@pytest.fixture
def downloader() -> Iterator[Downloader]:
    d = Downloader(read_timeout=5.0, resume_attempts=1)
    yield d
    d.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def raw_server() -> Iterator[Callable[[bytes], str]]:
    """Starts servers that read a request, write the given bytes and hang up (any path)."""
    listeners: list[socket.socket] = []

    def start(answer: bytes) -> str:
        listener = socket.create_server(("127.0.0.1", 0))
        listeners.append(listener)

        def serve() -> None:
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                with conn:
                    conn.recv(65536)
                    conn.sendall(answer)

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}/episode.mp3"

    yield start
    for listener in listeners:
        listener.close()


def _fails(downloader: Downloader, url: str, folder: Path) -> FetchError:
    with pytest.raises(FetchError) as caught:
        downloader.download(url, folder, allow_private=True)
    # No file that looks saved; a part file may stay only for a cut or slow transfer (resumed
    # by the next try of the same address).
    assert all(name.endswith(".part") for name in leftovers(folder))
    if caught.value.kind not in ("connection", "timeout"):
        assert leftovers(folder) == []
    return caught.value


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\n\r\n",  # no length, then nothing
        b"HTTP/1.1 200 OK\r\n",  # a status line, then the server hung up
        b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\n",  # whole lines, no blank line
    ],
)
def test_an_empty_answer_is_not_a_saved_file(
    downloader: Downloader, raw_server: Callable[[bytes], str], tmp_path: Path, answer: bytes
) -> None:
    """Before: each saved 'episode.mp3' of 0 bytes and reported the download done."""
    url = raw_server(answer)
    assert str(_fails(downloader, url, tmp_path)) == "the server sent an empty file"


def test_headers_cut_short_are_not_a_saved_file(
    downloader: Downloader, raw_server: Callable[[bytes], str], tmp_path: Path
) -> None:
    """The header block ends inside a line: the answer was cut, not an empty file."""
    url = raw_server(b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Le")
    error = _fails(downloader, url, tmp_path)
    assert str(error) == "the server closed the connection before the whole response arrived"


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "application/xhtml+xml"])
def test_a_web_page_instead_of_the_file_is_refused(
    server: FixtureServer, downloader: Downloader, tmp_path: Path, content_type: str
) -> None:
    """A login page or a captive portal answering 200 for an episode: before, its HTML was
    saved as 'episode.mp3' and reported saved."""
    server.add("/episode.mp3", LOGIN_PAGE, content_type=content_type)
    error = _fails(downloader, server.url("/episode.mp3"), tmp_path)
    assert str(error) == "the server sent a web page instead of the file"


def test_a_file_mislabelled_as_html_or_a_page_asked_for_is_still_saved(
    server: FixtureServer, downloader: Downloader, tmp_path: Path
) -> None:
    """The bytes and the name decide with the header: audio called text/html is saved, and so
    is a page when the address names a page."""
    audio = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 4
    server.add("/episode.mp3", audio, content_type="text/html")
    saved = downloader.download(server.url("/episode.mp3"), tmp_path, allow_private=True)
    assert saved.read_bytes() == audio
    server.add("/notes.html", LOGIN_PAGE, content_type="text/html")
    page = downloader.download(server.url("/notes.html"), tmp_path, allow_private=True)
    assert page.read_bytes() == LOGIN_PAGE


def _drip(stop: threading.Event) -> Callable[[BaseHTTPRequestHandler], None]:
    def handler(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "audio/mpeg")
        req.send_header("Content-Length", "100000")
        req.end_headers()
        while not stop.is_set():
            req.wfile.write(b"a")
            req.wfile.flush()
            time.sleep(0.05)

    return handler


def test_a_server_sending_a_byte_now_and_then_is_too_slow(
    server: FixtureServer, tmp_path: Path
) -> None:
    """Each read gets a byte well within the read timeout, so before, the download went on for
    as long as the server liked (a 100 kB 'file' at 20 bytes a second: 80 minutes)."""
    stop = threading.Event()
    server.add("/episode.mp3", handler=_drip(stop))
    slow = Downloader(read_timeout=5.0, resume_attempts=0, min_rate=(2048, 0.5))
    try:
        error = _fails(slow, server.url("/episode.mp3"), tmp_path)
    finally:
        stop.set()
        slow.close()
    assert str(error) == "the server is sending too slowly"
    assert error.kind == "timeout"


def test_a_compression_we_cannot_undo_is_not_saved(
    server: FixtureServer, downloader: Downloader, tmp_path: Path
) -> None:
    """A download asks for the bytes as they are; a brotli body was saved as the episode."""
    server.add("/episode.mp3", b"\x1b\x00\xf8\xff" * 40, headers={"Content-Encoding": "br"})
    error = _fails(downloader, server.url("/episode.mp3"), tmp_path)
    assert str(error) == "the server compressed its answer in a way we cannot read (br)"


@pytest.mark.parametrize(
    "header",
    ["Content-Range: bytes 0-4/" + "9" * 5000, "Content-Range: bytes " + "9" * 5000 + "-1/5"],
)
def test_numbers_of_any_digits_in_the_headers_are_no_internal_error(
    downloader: Downloader, raw_server: Callable[[bytes], str], tmp_path: Path, header: str
) -> None:
    """int() refuses more than 4,300 digits: such a Content-Range ended the download in
    'internal error (ValueError ...)'. A 200 is the whole file whatever its Content-Range."""
    url = raw_server(f"HTTP/1.1 200 OK\r\n{header}\r\nContent-Length: 5\r\n\r\nhello".encode())
    saved = downloader.download(url, tmp_path, allow_private=True)
    assert saved.read_bytes() == b"hello"
