"""The Worker in its QThread: signals for refresh, subscribe, import, simplify; stopping."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Slot
from pytestqt.qtbot import QtBot

from reader.core.refresh_results import FeedResult, RefreshSummary
from reader.paths import resolve
from reader.store.db import Store
from reader.ui.worker import Worker
from reader.ui.worker_host import WorkerHost
from tests.feedkit import opml, page_with_alternates, serve_feed
from tests.httpserver import FixtureServer

TIMEOUT = 20_000


@pytest.fixture
def host(qtbot: QtBot, profile: Path) -> Iterator[WorkerHost]:
    paths = resolve(profile).ensure()
    Store(paths.database).close()  # schema created once, as the window does
    worker = Worker(paths.database, paths.cache)
    host = WorkerHost(worker)
    with qtbot.waitSignal(worker.started, timeout=TIMEOUT):
        host.start()
    yield host
    assert host.shutdown(2000)
    assert host.worker_thread.isFinished()


def test_subscribe_refresh_and_simplify_signals(
    qtbot: QtBot, host: WorkerHost, server: FixtureServer
) -> None:
    serve_feed(server, "/a.xml", "Alpha", count=2, pages=True)
    serve_feed(server, "/b.xml", "Beta", count=1, pages=True)
    server.add("/broken.xml", "nope", status=404)
    worker = host.worker
    for path in ("/a.xml", "/b.xml", "/broken.xml"):
        signal = worker.subscribed if path != "/broken.xml" else worker.failed
        with qtbot.waitSignal(signal, timeout=TIMEOUT) as blocker:
            host.request_subscribe.emit(server.url(path), None)
        if path == "/broken.xml":
            assert blocker.args[0] == "subscribe"
            assert "404" in blocker.args[1]
    seen: list[tuple[FeedResult, int, int]] = []
    ready: list[int] = []
    worker.feed_refreshed.connect(lambda r, d, t: seen.append((r, d, t)))
    worker.article_ready.connect(ready.append)
    with qtbot.waitSignal(worker.refresh_finished, timeout=TIMEOUT) as finished:
        host.request_refresh.emit(None)
    summary = finished.args[0]
    assert isinstance(summary, RefreshSummary)
    assert [d for _r, d, _t in seen] == [1, 2]
    assert all(t == 2 for _r, _d, t in seen)
    assert sorted(ready) == sorted(set(ready)) and len(ready) == 3  # the three new pages
    assert not worker.refreshing
    # Simplify one article on demand.
    with qtbot.waitSignal(worker.article_ready, timeout=TIMEOUT) as one:
        host.request_simplify.emit(ready[0])
    assert one.args == [ready[0]]


def test_several_feeds_on_a_page_are_offered(
    qtbot: QtBot, host: WorkerHost, server: FixtureServer
) -> None:
    serve_feed(server, "/one.xml", "One")
    serve_feed(server, "/two.xml", "Two")
    server.add(
        "/",
        page_with_alternates(
            [
                ("/one.xml", "application/rss+xml", "One"),
                ("/two.xml", "application/rss+xml", "Two"),
            ]
        ),
    )
    with qtbot.waitSignal(host.worker.feeds_offered, timeout=TIMEOUT) as offered:
        host.request_subscribe.emit(server.url("/"), None)
    page, feeds, total = offered.args
    assert page.startswith(server.url("/"))
    assert [f.title for f in feeds] == ["One", "Two"]
    assert total == 2


def test_import_and_export(
    qtbot: QtBot, host: WorkerHost, server: FixtureServer, tmp_path: Path
) -> None:
    data = opml('<outline text="F"><outline text="A" xmlUrl="https://a.example/x.xml"/></outline>')
    with qtbot.waitSignal(host.worker.imported, timeout=TIMEOUT) as imported:
        host.request_import.emit(data, None)
    assert imported.args[0].added == 1
    with qtbot.waitSignal(host.worker.failed, timeout=TIMEOUT) as failed:
        host.request_import.emit(b"<not opml", None)
    assert failed.args[0] == "import"
    target = tmp_path / "out.opml"
    with qtbot.waitSignal(host.worker.exported, timeout=TIMEOUT):
        host.request_export.emit(str(target))
    assert b"https://a.example/x.xml" in target.read_bytes()
    assert server.requests == []  # importing fetched nothing


def test_shutdown_during_a_refresh_stops_the_thread(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    release = threading.Event()

    def hang(request: BaseHTTPRequestHandler) -> None:
        release.wait(30)
        request.send_response(500)
        request.send_header("Content-Length", "0")
        request.end_headers()

    paths = resolve(profile).ensure()
    store = Store(paths.database)
    for i in range(3):
        server.add(f"/hang{i}.xml", handler=hang)
        store.add_feed(server.url(f"/hang{i}.xml"), f"Hang {i}")
    store.close()
    host = WorkerHost(Worker(paths.database, paths.cache))
    try:
        with qtbot.waitSignal(host.worker.started, timeout=TIMEOUT):
            host.start()
        with qtbot.waitSignal(host.worker.refresh_started, timeout=TIMEOUT):
            host.request_refresh.emit(None)
        qtbot.waitUntil(lambda: server.hits["/hang0.xml"] == 1, timeout=TIMEOUT)
        assert host.worker.refreshing
        assert host.shutdown(2000)
        assert host.worker_thread.isFinished()
    finally:
        release.set()


class _Receiver(QObject):
    """A receiver living in this thread, as the window's helpers do."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[object] = []

    @Slot(object)
    def on_result(self, result: object) -> None:
        self.heard.append(result)


@pytest.mark.filterwarnings("ignore:libpyside. Failed to disconnect")  # signals with none
def test_dropped_results_reach_no_receiver(qtbot: QtBot, profile: Path) -> None:
    paths = resolve(profile).ensure()
    host = WorkerHost(Worker(paths.database, paths.cache, cpu_factory=lambda: None))
    receiver = _Receiver()
    host.worker.refresh_finished.connect(receiver.on_result)
    host.worker.subscribed.connect(receiver.on_result)
    host.worker.refresh_finished.emit(RefreshSummary())
    qtbot.waitUntil(lambda: len(receiver.heard) == 1, timeout=TIMEOUT)  # connected: heard
    host.drop_results()
    host.worker.refresh_finished.emit(RefreshSummary())
    host.worker.subscribed.emit(None)
    qtbot.wait(100)
    assert len(receiver.heard) == 1
    assert host.shutdown(2000)
