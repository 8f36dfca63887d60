"""Downloading enclosures against the real loopback server: resume after a cut connection,
size caps (a 2 GiB Content-Length refused), redirect and private-address rules, cancel."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reader.net.addresses
import reader.net.guard
from reader.errors import FetchError
from reader.usecases.download_files import MAX_NAME_BYTES, file_name
from reader.usecases.downloads import Cancel, DownloadCancelled, Downloader
from tests.httpserver import FixtureServer, send_ranged

BODY = bytes(range(256)) * 4096  # 1 MiB, every offset distinguishable


@pytest.fixture
def downloader() -> Downloader:
    d = Downloader(read_timeout=5.0)
    yield d  # type: ignore[misc]
    d.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def cut_once(body: bytes, after: int) -> object:
    """A handler: the first plain request gets the headers of the whole file but only
    ``after`` bytes before the connection closes; Range requests are answered properly."""
    state = {"cut": False}

    def handle(req: BaseHTTPRequestHandler) -> None:
        if not state["cut"] and "Range" not in req.headers:
            state["cut"] = True
            req.send_response(200)
            req.send_header("Content-Type", "audio/mpeg")
            req.send_header("Content-Length", str(len(body)))
            req.send_header("ETag", '"v1"')
            req.end_headers()
            req.wfile.write(body[:after])
            req.wfile.flush()
            req.close_connection = True
            return
        send_ranged(req, body, "audio/mpeg", {"ETag": '"v1"'})

    return handle


def test_download_streams_to_the_folder_with_progress(
    server: FixtureServer, downloader: Downloader, tmp_path: Path
) -> None:
    server.add("/media/ep%201.mp3", BODY, content_type="audio/mpeg", ranges=True)
    seen: list[tuple[int, int | None]] = []
    path = downloader.download(
        server.url("/media/ep%201.mp3"),
        tmp_path / "dl",
        allow_private=True,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert path == tmp_path / "dl" / "ep 1.mp3"
    assert path.read_bytes() == BODY
    assert seen[-1] == (len(BODY), len(BODY))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert leftovers(tmp_path / "dl") == ["ep 1.mp3"]
    # A second download of the same name does not overwrite the first.
    again = downloader.download(server.url("/media/ep%201.mp3"), path.parent, allow_private=True)
    assert again.name == "ep 1 (2).mp3"


def test_a_cut_connection_is_resumed_with_a_range_request(
    server: FixtureServer, downloader: Downloader, tmp_path: Path
) -> None:
    half = len(BODY) // 2
    server.add("/ep.mp3", handler=cut_once(BODY, half))  # type: ignore[arg-type]
    path = downloader.download(server.url("/ep.mp3"), tmp_path, allow_private=True)
    assert path.read_bytes() == BODY
    asked = [headers for p, headers in server.requests if p == "/ep.mp3"]
    assert len(asked) == 2
    assert "range" not in asked[0]
    assert asked[1]["range"] == f"bytes={half}-"
    assert asked[1]["if-range"] == '"v1"'
    assert leftovers(tmp_path) == ["ep.mp3"]


def test_a_part_left_by_a_failed_try_is_resumed_by_the_next(
    server: FixtureServer, tmp_path: Path
) -> None:
    quarter = len(BODY) // 4
    server.add("/ep.mp3", handler=cut_once(BODY, quarter))  # type: ignore[arg-type]
    impatient = Downloader(resume_attempts=0, read_timeout=5.0)
    with pytest.raises(FetchError) as caught:
        impatient.download(server.url("/ep.mp3"), tmp_path, allow_private=True)
    assert caught.value.kind == "connection"
    assert "closed the connection" in str(caught.value)
    [part] = leftovers(tmp_path)
    assert part.endswith(".part") and (tmp_path / part).stat().st_size == quarter
    path = impatient.download(server.url("/ep.mp3"), tmp_path, allow_private=True)
    assert path.read_bytes() == BODY
    assert server.requests[-1][1]["range"] == f"bytes={quarter}-"
    impatient.close()


def test_a_2_gib_content_length_is_refused_past_the_cap(
    server: FixtureServer, downloader: Downloader, tmp_path: Path
) -> None:
    def huge(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "video/mp4")
        req.send_header("Content-Length", str(2 * 1024**3))
        req.end_headers()
        req.wfile.write(b"\0" * 65536)
        req.close_connection = True

    server.add("/huge.mp4", handler=huge)
    with pytest.raises(FetchError) as caught:
        downloader.download(server.url("/huge.mp4"), tmp_path, allow_private=True)
    assert (str(caught.value), caught.value.kind) == (
        "response too large (over 1024 MiB)",
        "too_large",
    )
    assert leftovers(tmp_path) == []
    # Raised past 2 GiB, the cap lets the same declaration through (the body then falls short).
    roomy = Downloader(max_bytes=3 * 1024**3, resume_attempts=0, read_timeout=5.0)
    with pytest.raises(FetchError) as short:
        roomy.download(server.url("/huge.mp4"), tmp_path, allow_private=True)
    assert short.value.kind == "connection"
    roomy.close()


def test_a_body_without_length_is_cut_at_the_cap(server: FixtureServer, tmp_path: Path) -> None:
    def endless(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "audio/mpeg")
        req.send_header("Connection", "close")
        req.end_headers()
        for _ in range(64):
            req.wfile.write(b"\1" * 65536)
        req.close_connection = True

    server.add("/endless.mp3", handler=endless)
    small = Downloader(max_bytes=1024 * 1024)
    with pytest.raises(FetchError) as caught:
        small.download(server.url("/endless.mp3"), tmp_path, allow_private=True)
    assert str(caught.value) == "response too large (over 1 MiB)"
    assert leftovers(tmp_path) == []
    small.close()


def test_a_redirect_to_a_private_host_is_refused(
    server: FixtureServer,
    downloader: Downloader,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Pretend the fixture server's address is public: the enclosure's own host is allowed,
    # the hop to 127.0.0.2 (the same server, a loopback address) is not.
    def public(address: str) -> bool:
        return address == "127.0.0.1"

    monkeypatch.setattr(reader.net.addresses, "is_public", public)
    monkeypatch.setattr(reader.net.guard, "is_public", public)
    server.add("/ep.mp3", status=302, headers={"Location": f"http://127.0.0.2:{server.port}/x"})
    server.add("/x", BODY)
    with pytest.raises(FetchError) as caught:
        downloader.download(server.url("/ep.mp3"), tmp_path, allow_private=False)
    assert (str(caught.value), caught.value.kind) == (
        "redirected to a local or private address (127.0.0.2)",
        "private",
    )
    assert server.hits["/x"] == 0
    assert leftovers(tmp_path) == []


def test_a_private_enclosure_of_a_public_feed_is_refused(
    server: FixtureServer, downloader: Downloader, tmp_path: Path
) -> None:
    server.add("/ep.mp3", BODY)
    with pytest.raises(FetchError) as caught:
        downloader.download(server.url("/ep.mp3"), tmp_path, allow_private=False)
    assert str(caught.value) == "refused to fetch a local or private address (127.0.0.1)"
    assert server.hits["/ep.mp3"] == 0


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/x.mp3"])
def test_a_redirect_to_another_scheme_is_refused(
    server: FixtureServer, downloader: Downloader, tmp_path: Path, target: str
) -> None:
    server.add("/ep.mp3", status=302, headers={"Location": target})
    with pytest.raises(FetchError) as caught:
        downloader.download(server.url("/ep.mp3"), tmp_path, allow_private=True)
    assert caught.value.kind == "scheme"
    assert str(caught.value).startswith("redirected to an unsupported address")


def test_cancel_stops_a_blocked_download_and_removes_the_part(
    server: FixtureServer, downloader: Downloader, tmp_path: Path
) -> None:
    release = threading.Event()

    def stalls(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Length", str(len(BODY)))
        req.end_headers()
        req.wfile.write(BODY[:1000])
        req.wfile.flush()
        release.wait(10)  # silent: the client's read blocks until cancelled
        req.close_connection = True

    server.add("/ep.mp3", handler=stalls)
    cancel = Cancel()
    started = threading.Event()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            downloader.download(
                server.url("/ep.mp3"),
                tmp_path,
                allow_private=True,
                cancel=cancel,
                progress=lambda done, _t: done and started.set(),
            )
        except BaseException as exc:  # the test inspects it
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        assert started.wait(10)
        cancel.set()
        thread.join(10)
        assert not thread.is_alive()  # well before the 5 s read timeout could end it
    finally:
        release.set()
    assert len(outcome) == 1 and isinstance(outcome[0], DownloadCancelled)
    assert str(outcome[0]) == "download cancelled"
    assert leftovers(tmp_path) == []


_DEVICES = ["CON", "prn", "Aux", "NUL", "COM1", "lpt9", "COM\u00b9", "CONIN$", "conout$"]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_DEVICES),
    st.sampled_from(["", ".mp3", ".tar.gz", " .txt", "."]),
    st.sampled_from(["", "%20", "?x=1"]),
)
def test_a_windows_device_name_is_never_a_file_name(device: str, end: str, pad: str) -> None:
    """'NUL.mp3' or 'con.txt' opened on Windows is the device, not a file (an enclosure named
    so was written to the console or lost); such a name gets a leading '_'."""
    name = file_name(f"https://example.org/ep/{device}{end}{pad}")
    assert name.startswith("_" + device), name
    assert file_name("https://example.org/CONTACT.mp3") == "CONTACT.mp3"
    assert file_name("https://example.org/nullable.txt") == "nullable.txt"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_file_names_are_safe(path: str) -> None:
    name = file_name("https://example.org/" + path)
    assert name and len(name) <= 120
    # File systems count bytes: 255 for the name of the part file, ".<tag>.part" included.
    assert len(name.encode("utf-8", "surrogatepass")) <= MAX_NAME_BYTES <= 255 - 16
    assert not name.startswith(".") and name.strip() == name
    assert not any(c in name for c in '/\\:*?"<>|\0\n\x85\u202e\u2067')


@pytest.mark.parametrize(
    "name", ["\u4e2d" * 150 + ".mp3", "\U0001f4a5" * 130, "\u00e9" * 200 + ".ogg"]
)
def test_a_long_name_outside_ascii_is_shortened_to_fit_the_file_system(
    server: FixtureServer, downloader: Downloader, tmp_path: Path, name: str
) -> None:
    from urllib.parse import quote

    server.add("/m/" + quote(name), BODY[:1000], content_type="audio/mpeg", ranges=True)
    final = downloader.download(server.url("/m/" + quote(name)), tmp_path, allow_private=True)
    assert final.read_bytes() == BODY[:1000] and final.name[:5] == name[:5]
    assert leftovers(tmp_path) == [final.name]
