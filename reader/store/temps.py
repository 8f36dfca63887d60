"""Temporary files of the store (backup copies in progress, atomic writes) that a crash cannot
orphan unnoticed.

A copy of the database is written to ``.<target>.<pid>.<random>.tmp`` beside its target, then
renamed over it. A process killed in the middle leaves that file behind; its name says which
process wrote it, so the next start removes every one whose writer is gone (and says in the log
how much it freed). A temporary whose process id cannot be read is removed once it is an hour
old.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from pathlib import Path

from reader.core.lazy_re import lazy_pattern

log = logging.getLogger(__name__)

_NAME = lazy_pattern(r"^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$")
_ANONYMOUS_AGE_S = 3600


def temp_for(target: Path) -> Path:
    """A fresh temporary path beside ``target``, named after this process.

    ``os.urandom`` is what ``secrets.token_hex`` reads; importing ``secrets`` (hmac, hashlib,
    base64, random) cost ~5 ms of the window's start-up, whose settings file uses this."""
    return target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")


def write_replacing(target: Path, data: bytes, *, mode: int = 0o666) -> None:
    """Write ``data`` to a :func:`temp_for` file, fsync it and rename it over ``target``: the
    target holds the old bytes or the new ones, never a part. The temporary is removed when
    anything fails (the error is raised). ``mode``: the new file's permissions (less the
    umask), 0o600 for a file that is the user's alone."""
    temp = temp_for(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        with os.fdopen(os.open(temp, flags, mode), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def alive(pid: int) -> bool:
    """Whether process ``pid`` may still be running (its temporaries are left alone)."""
    if pid == os.getpid() or sys.platform == "win32":  # os.kill would end it there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its files alone
    return True


def sweep(folder: Path) -> int:
    """Remove the temporaries in ``folder`` whose writer is gone; returns the bytes freed."""
    freed = 0
    try:
        candidates = [p for p in folder.glob(".*.tmp") if p.is_file()]
    except OSError:
        return 0
    now = time.time()
    for path in candidates:
        match = _NAME().match(path.name)
        try:
            if match is not None:
                if alive(int(match.group(1))):
                    continue
            elif now - path.stat().st_mtime < _ANONYMOUS_AGE_S:
                continue  # an older Broadsheet's temporary, possibly still being written
            size = path.stat().st_size
            path.unlink()
        except OSError:
            continue
        freed += size
        log.warning("removed %s (%d bytes) left behind by a process that ended", path, size)
    return freed


def sweep_profile(database: Path) -> int:
    """Sweep the database's folder and its backup folder (see :func:`sweep`)."""
    freed = sweep(database.parent)
    backups = database.parent / "backups"
    if backups.is_dir():
        freed += sweep(backups)
    with contextlib.suppress(OSError):
        if freed:
            log.warning("freed %d bytes of stale temporaries beside %s", freed, database)
    return freed
