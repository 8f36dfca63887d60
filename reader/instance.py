"""One Broadsheet at a time per profile (RELIABILITY S4).

Two windows on one profile would be two writers on one database: the second one's writes wait,
time out, and the user sees "database is locked" in the middle of reading. Instead the profile
holds a lock file in its data folder, taken at start and held until the process ends; a second
start is told, in words, that Broadsheet is already running with this profile.

The lock is an OS advisory lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``<data>/instance.lock``: the OS drops it when the process dies, even by SIGKILL, so a crash
never leaves a stale lock behind. The file itself stays; it only records the holder's process
id, for the log and the message.

No Qt here: the window and the command line both call :func:`acquire`.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from reader.errors import ReaderError

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
"""Taken by the window for its whole life and by the command line's writing commands, so the
two never write the same profile at once."""
ALREADY_RUNNING = "Broadsheet is already running with this profile"


class AlreadyRunningError(ReaderError):
    """Another process holds this profile's lock. ``pid`` is its process id when known."""

    def __init__(self, path: Path, pid: int | None) -> None:
        words = ALREADY_RUNNING + (f" (process {pid})" if pid else "")
        super().__init__(words)
        self.path = path
        self.pid = pid


_held_here: set[str] = set()
"""The lock files this process holds (flock also refuses a second handle in the same process)."""


def _key(path: Path) -> str:
    return os.fsdecode(os.path.abspath(path))


def held_elsewhere(data_folder: Path) -> bool:
    """Whether another running process holds the profile's lock in ``data_folder`` (a probe:
    the lock is not kept; False when there is no lock file or it cannot be read)."""
    path = Path(data_folder) / LOCK_NAME
    if _key(path) in _held_here:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    with os.fdopen(fd, "rb", buffering=0) as handle:
        try:
            _probe(handle)
        except OSError:
            return True
    return False


class ReadOnlyFolderError(ReaderError):
    """The lock file cannot be made because the profile's folder is read-only: nobody can write
    this profile, so reading it needs no lock."""


class InstanceLock:
    """The held lock of one profile; release it with :meth:`release` or a ``with`` block."""

    def __init__(self, path: Path, handle: IO[bytes] | None) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle

    @property
    def held(self) -> bool:
        """True until :meth:`release`."""
        return self._handle is not None

    def release(self) -> None:
        """Let another process take the profile (idempotent)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        _held_here.discard(_key(self.path))
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def acquire(data_folder: Path) -> InstanceLock:
    """Take the profile's lock in ``data_folder`` (created if missing).

    Raises :class:`AlreadyRunningError` when another process holds it, and
    :class:`ReaderError` when the lock file cannot be created (e.g. a read-only profile).
    """
    folder = Path(data_folder)
    path = folder / LOCK_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        kind = ReadOnlyFolderError if exc.errno == errno.EROFS else ReaderError
        raise kind(f"cannot use this profile: {exc.strerror or exc} ({folder})") from exc
    handle = os.fdopen(fd, "r+b", buffering=0)
    try:
        _lock(handle)
    except OSError as exc:
        pid = _holder(handle)
        handle.close()
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            log.info("profile lock %s is held by process %s", path, pid or "?")
            raise AlreadyRunningError(path, pid) from None
        raise ReaderError(f"cannot lock this profile: {exc.strerror or exc}") from exc
    _write_pid(handle)
    _held_here.add(_key(path))
    log.debug("profile lock %s taken", path)
    return InstanceLock(path, handle)


def _holder(handle: IO[bytes]) -> int | None:
    """The process id the holder wrote, if readable."""
    try:
        handle.seek(0)
        text = handle.read(32).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdecimal() else None


def _write_pid(handle: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode("ascii"))
        handle.flush()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        # Lock a byte far past the pid text, so the holder's pid stays readable.
        handle.seek(1 << 20)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(1 << 20)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

    def _probe(handle: IO[bytes]) -> None:
        _lock(handle)
        _unlock(handle)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _probe(handle: IO[bytes]) -> None:
        # Shared: two probes never refuse each other; a holder's exclusive lock refuses it.
        fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
