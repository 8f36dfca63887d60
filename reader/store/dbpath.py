"""Is the database's path one SQLite can use? Said in words before SQLite is asked.

SQLite answers "disk I/O error" or "unable to open database file" when the database's path, or
the path of one of the files it keeps beside it (the write-ahead log, the shared-memory index),
is a folder, a named pipe or a device (a user who made a folder there, a
synced folder that turned a file into a folder, a link to ``/dev/null``), or a link to a folder
that is gone. Those words send people looking at their disk; these say what is in the way.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.paths import blocked_folder
from reader.profilefile import entry_kind

_FILES = (
    ("", "the database path"),
    ("-wal", "the database's write-ahead log"),
    ("-shm", "the database's shared-memory file"),
)
"""The suffixes of the files SQLite keeps for a WAL database, with their names in words (the
rollback journal is not used in WAL mode: a folder in its place harms nothing)."""


def path_problem(path: Path) -> str:
    """What makes ``path`` (or a file SQLite keeps beside it) unusable as a database, in
    words naming the path, or ``""`` when nothing is in the way (a missing file is fine: it is
    made). Errors other than these are left for SQLite to report."""
    if blocked := blocked_folder(path.parent):
        return f"{blocked} is a file, not a folder (it should hold the database)"
    for suffix, name in _FILES:
        target = path.with_name(path.name + suffix)
        try:
            mode = target.stat().st_mode
        except FileNotFoundError:
            if suffix == "" and target.is_symlink() and not _target_folder_exists(target):
                return f"{name} is a link to a folder that does not exist ({target})"
            continue
        except (OSError, ValueError):
            continue
        kind = entry_kind(mode)
        if kind == "a folder":
            return f"{name} is a folder ({target})"
        if kind:
            return f"{name} is {kind}, not a file ({target})"
    return ""


def _target_folder_exists(link: Path) -> bool:
    try:
        target = Path(os.readlink(link))
    except OSError:
        return True
    if not target.is_absolute():
        target = link.parent / target
    return target.parent.is_dir()
