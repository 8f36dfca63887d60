"""RELIABILITY S4: one Broadsheet per profile; a second start is told so in words."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader import instance
from reader.errors import ReaderError

_HOLDER = textwrap.dedent(
    """
    import sys
    from reader import instance
    lock = instance.acquire(sys.argv[1])
    print("held", flush=True)
    sys.stdin.readline()
    """
)


def _hold_in_child(folder: Path) -> subprocess.Popen[str]:
    """A child process that takes the lock and waits for a line on stdin."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_second_lock_in_the_same_process_is_refused_in_words(tmp_path: Path) -> None:
    first = instance.acquire(tmp_path / "data")
    try:
        with pytest.raises(instance.AlreadyRunningError) as caught:
            instance.acquire(tmp_path / "data")
        assert "Broadsheet is already running with this profile" in str(caught.value)
        assert caught.value.pid == os.getpid()
    finally:
        first.release()
    with instance.acquire(tmp_path / "data") as again:  # released: free again
        assert again.held
    assert not again.held


def test_another_process_holding_the_profile_is_detected(tmp_path: Path) -> None:
    child = _hold_in_child(tmp_path)
    try:
        with pytest.raises(instance.AlreadyRunningError) as caught:
            instance.acquire(tmp_path)
        assert caught.value.pid == child.pid
        assert str(child.pid) in str(caught.value)
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(timeout=30)
    instance.acquire(tmp_path).release()  # the holder ended: free


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    child = _hold_in_child(tmp_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    lock = instance.acquire(tmp_path)  # the OS dropped the dead process's lock
    assert lock.held
    assert (tmp_path / instance.LOCK_NAME).read_text() == str(os.getpid())
    lock.release()


def test_other_profiles_are_independent(tmp_path: Path) -> None:
    with (
        instance.acquire(tmp_path / "a" / "data") as first,
        instance.acquire(tmp_path / "b" / "data") as second,
    ):
        assert first.held and second.held
        assert first.path != second.path


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root writes anywhere; POSIX modes"
)
def test_read_only_profile_is_said_in_words(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReaderError, match="cannot use this profile"):
            instance.acquire(folder)
    finally:
        folder.chmod(0o700)


def test_a_lock_file_that_cannot_be_created_is_said_in_words(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(ReaderError, match="cannot use this profile") as caught:
        instance.acquire(blocker)
    assert not isinstance(caught.value, instance.AlreadyRunningError)


def test_release_is_idempotent(tmp_path: Path) -> None:
    lock = instance.acquire(tmp_path)
    lock.release()
    lock.release()
    assert not lock.held
