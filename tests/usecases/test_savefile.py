"""Exporting OPML to a file the user named: a full or read-only disk says so in words and leaves
the old file and no temp file; a symbolic link or a device is written through, never replaced
by a plain file (an export to /dev/full replaced the device with a file and said "Exported")."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.cli import main as cli
from reader.ui.worker_host import WorkerHost
from reader.usecases.savefile import SaveError, save_file
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.store.test_reliability_disk import _mount, _umount, tiny_disk  # noqa: F401
from tests.ui.test_worker import TIMEOUT, host  # noqa: F401


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    """A read-only file system holding nothing (skipped where it cannot be mounted)."""
    target = tmp_path / "ro"
    if not _mount(target, "ro,size=1m"):
        pytest.skip("needs root and mount on Linux for a real read-only file system")
    try:
        yield target
    finally:
        _umount(target)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"x" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_full_disk_keeps_the_old_file_and_leaves_no_temp_file(tiny_disk: Path) -> None:  # noqa: F811
    target = tiny_disk / "subs.opml"
    target.write_bytes(b"old")
    _fill(tiny_disk)
    with pytest.raises(SaveError, match=r"could not write .*subs\.opml: the disk is full"):
        save_file(str(target), b"<opml>" + b" " * 1_000_000 + b"</opml>")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "subs.opml"]


def test_a_read_only_disk_is_said_in_words(read_only_disk: Path) -> None:
    with pytest.raises(SaveError, match="the disk is read-only"):
        save_file(str(read_only_disk / "subs.opml"), b"<opml/>")


def test_a_folder_or_a_missing_folder_is_said_in_words(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="it is a folder"):
        save_file(str(tmp_path), b"<opml/>")
    with pytest.raises(SaveError, match="its folder does not exist"):
        save_file(str(tmp_path / "nowhere" / "x.opml"), b"<opml/>")
    assert list(tmp_path.iterdir()) == []


def test_a_symbolic_link_stays_and_its_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "sync").mkdir()
    real = tmp_path / "sync" / "subs.opml"
    real.write_bytes(b"old")
    link = tmp_path / "subs.opml"
    link.symlink_to(real)
    assert save_file(str(link), b"new") == str(real)
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert sorted(p.name for p in (tmp_path / "sync").iterdir()) == ["subs.opml"]


def test_a_pipe_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    save_file(str(fifo), b"<opml/>")
    reader.join(10)
    assert got == [b"<opml/>"]
    assert not fifo.is_file() and fifo.exists()  # still the pipe, not a plain file


def test_the_cli_export_to_a_full_disk_fails_in_words(
    profile: Path,
    server: FixtureServer,
    tiny_disk: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    serve_feed(server, "/feed.xml", "Kept")
    assert cli.main(["add", server.url("/feed.xml")]) == 0
    _fill(tiny_disk)
    capsys.readouterr()
    assert cli.main(["export", str(tiny_disk / "subs.opml")]) == 1
    err = capsys.readouterr().err
    assert "the disk is full; nothing was written" in err and "internal error" not in err
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


def test_the_windows_export_to_a_full_disk_fails_in_words(
    qtbot: QtBot,
    host: WorkerHost,  # noqa: F811
    tiny_disk: Path,  # noqa: F811
) -> None:
    _fill(tiny_disk)
    with qtbot.waitSignal(host.worker.failed, timeout=TIMEOUT) as failed:
        host.request_export.emit(str(tiny_disk / "subs.opml"))
    assert failed.args[0] == "export"
    assert failed.args[1].endswith("the disk is full; nothing was written"), failed.args[1]
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]
