"""Issue 9, items 6, 9, 11 and 13 in the real window (offscreen): damage is offered for
recovery before anything reads it, F5 never spins without a worker, a read-only profile reads
under a banner, obstacles and a damaged settings file are kept and said. The recovery helper
is built without a MainWindow (issue 8).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from reader import notices
from reader.core.parsed import ParsedEntry
from reader.errors import DamagedDatabase
from reader.paths import Paths, resolve
from reader.store.db import Store
from reader.ui import i18n, recovery_ui, widgets
from reader.ui.main_window import MainWindow
from tests.store.test_reliability_disk import _mount, _umount
from tests.ui.windowkit import TIMEOUT

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
NO_POOL = {"cpu_factory": lambda: None}


def _seed(paths: Paths, count: int = 3000) -> None:
    with Store(paths.database) as store:
        feed = store.add_feed("https://example.org/feed", "Kept feed")
        entries = [
            ParsedEntry(
                f"e{n}",
                f"Headline {n} " + "words " * 20,
                f"https://example.org/{n}",
                published=NOW - timedelta(minutes=n),
            )
            for n in range(count)
        ]
        store.add_entries(feed.id, entries, now=NOW)


def _zero_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    start = (len(data) // 4096 // 2) * 4096
    data[start : start + 8 * 4096] = bytes(8 * 4096)
    path.write_bytes(bytes(data))


def _window(qtbot: QtBot, paths: Paths, **options: object) -> MainWindow:
    window = MainWindow(paths, start_worker=False, worker_options={**NO_POOL, **options})
    qtbot.addWidget(window)
    return window


# -- 6 ------------------------------------------------------------------------------------------
def test_a_database_zeroed_in_the_middle_is_offered_for_recovery_before_any_query(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve(profile).ensure()
    _seed(paths)
    _zero_middle(paths.database)
    with pytest.raises(DamagedDatabase) as caught:  # not an "unexpected error" later
        _window(qtbot, paths)
    asked: list[str] = []
    monkeypatch.setattr(recovery_ui, "ask", lambda _p, words, _b: asked.append(words) or "recover")
    monkeypatch.setattr(widgets, "information", lambda *a, **k: None)
    assert recovery_ui.repair(paths.database, str(caught.value))
    assert asked and "damaged" in asked[0]
    window = _window(qtbot, paths)
    window.show()
    qtbot.waitUntil(lambda: window.article_model.rowCount() > 1000, timeout=TIMEOUT)
    window.close()


def test_f5_never_spins_when_the_worker_could_not_start(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve(profile).ensure()
    _seed(paths, count=5)
    shown: list[object] = []
    monkeypatch.setattr(widgets, "critical", lambda *a, **k: shown.append(a))

    def no_fetcher() -> object:
        raise RuntimeError("no network stack")

    window = _window(qtbot, paths, fetcher_factory=no_fetcher)
    window.show()
    with qtbot.waitSignal(window.worker.failed, timeout=TIMEOUT):
        window.host.start()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    window.actions_["refresh"].trigger()
    assert not window.refreshing.running
    assert not window.refreshing.progress.isVisible()
    window.close()


# -- the recovery helper on its own -------------------------------------------------------------
def test_the_recovery_helper_needs_no_window_and_reports_through_signals(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    i18n.install_language(qapp, "en")  # as the app does at start: English plural forms
    paths = resolve(tmp_path / "p").ensure()
    _seed(paths)
    _zero_middle(paths.database)
    released: list[bool] = []
    monkeypatch.setattr(recovery_ui, "ask", lambda *_a: recovery_ui.RECOVER)
    monkeypatch.setattr(widgets, "information", lambda *a, **k: None)
    flow = recovery_ui.Recovery(paths.database, lambda: released.append(True), None)
    with (
        qtbot.waitSignal(flow.status, timeout=TIMEOUT) as status,
        qtbot.waitSignal(flow.reopen_requested, timeout=TIMEOUT),
    ):
        assert flow.handle_damaged("the database is damaged")
    assert released == [True]
    words = str(status.args[0] if status.args else "")
    # English plural forms: "1 subscription", never "1 subscriptions".
    assert "1 subscription," in words and "articles" in words, words


# -- 9: a read-only profile -----------------------------------------------------------------------
@pytest.fixture
def read_only_profile(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "ro"
    if not _mount(target, "size=8m,mode=0700"):
        pytest.skip("needs root and mount on Linux for a real read-only file system")
    try:
        _seed(resolve(target / "profile").ensure(), count=20)
        done = subprocess.run(["mount", "-o", "remount,ro", str(target)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"could not remount read-only: {done.stderr!r}")
        yield target / "profile"
    finally:
        _umount(target)


def test_a_read_only_profile_opens_read_only_under_a_banner(
    qtbot: QtBot, read_only_profile: Path
) -> None:
    window = _window(qtbot, resolve(read_only_profile))
    window.show()
    banner = window.findChild(QToolBar, "limitedBanner")
    assert banner is not None and banner.isVisible()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 20, timeout=TIMEOUT)
    window.actions_["refresh"].trigger()
    assert not window.refreshing.running  # told, never spinning
    window.close()


# -- 11 and 13 in the window --------------------------------------------------------------------
def test_the_window_starts_with_a_file_where_the_cache_belongs(qtbot: QtBot, profile: Path) -> None:
    paths = resolve(profile)
    profile.mkdir(exist_ok=True)
    (profile / "cache").write_bytes(b"mine")
    paths.ensure()
    _seed(paths, count=5)
    window = _window(qtbot, paths)
    window.show()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 5, timeout=TIMEOUT)
    _ = window.cache  # the cache is opened, in a folder of its own
    assert paths.cache.is_dir()
    kept = list(profile.glob("cache.obstacle-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"mine"
    window.close()


def test_a_damaged_settings_file_is_kept_and_never_overwritten_unseen(
    qtbot: QtBot, profile: Path
) -> None:
    paths = resolve(profile).ensure()
    paths.settings_file.write_bytes(b"{ not json")
    notices.take()
    window = _window(qtbot, paths)
    window.show()
    window.close()  # saves the settings
    kept = list(paths.config.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"{ not json"
    said = notices.take()
    assert len(said) == 1 and str(kept[0]) in said[0]


def test_damage_met_while_reading_is_offered_for_recovery_not_shown_as_a_crash(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import sys
    import threading

    from reader.ui.crash import ErrorReporter

    reporter = ErrorReporter(tmp_path / "broadsheet.log")
    reporter.show_dialogs = False
    said: list[str] = []
    reporter.damaged.connect(said.append)
    reporter.install()
    try:
        try:
            raise DamagedDatabase("the database is damaged: database disk image is malformed")
        except DamagedDatabase:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]

        def in_a_thread() -> None:
            raise DamagedDatabase("the database is damaged: in a thread")

        thread = threading.Thread(target=in_a_thread)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(said) == 2, timeout=TIMEOUT)
    finally:
        reporter.uninstall()
    assert reporter.shown == []  # no "unexpected error" box
    assert "malformed" in said[0] and "thread" in said[1]


@pytest.fixture
def full_profile(tmp_path: Path) -> Iterator[Path]:
    """A profile on a 24 MiB tmpfs filled to the last block (a real full disk)."""
    from tests.store.test_reliability_disk import _fill

    target = tmp_path / "full"
    if not _mount(target, "size=24m,mode=0700"):
        pytest.skip("needs root and mount on Linux for a real small file system")
    try:
        _seed(resolve(target / "profile").ensure(), count=20)
        _fill(target)
        yield target / "profile"
    finally:
        _umount(target)


def test_the_real_app_starts_and_fills_its_list_on_a_full_disk(full_profile: Path) -> None:
    done = _run_app(full_profile)
    assert done.returncode == 0, done.stderr[-2000:]
    assert any(line.startswith("filled ") for line in done.stdout.splitlines())
    assert "unexpected error" not in done.stderr  # (the log's own write errors may show)


def _run_app(profile: Path) -> subprocess.CompletedProcess[str]:
    """The whole start (lock, logging, settings, window) in a child process, the way
    bench/startup.py runs it: it prints when the list is filled, then closes itself."""
    import os
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BROADSHEET_BENCH_STARTUP": "1",
        "PYTHONPATH": str(root),
    }
    child = "import sys; from reader.app import main; raise SystemExit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", child, "--profile", str(profile)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=60,
    )


def test_the_real_app_starts_and_fills_its_list_on_a_read_only_profile(
    read_only_profile: Path,
) -> None:
    done = _run_app(read_only_profile)
    assert done.returncode == 0, done.stderr[-2000:]
    assert any(line.startswith("filled ") for line in done.stdout.splitlines())
    assert "unexpected error" not in done.stderr, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
