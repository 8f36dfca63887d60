"""Writing a file the user named (an OPML export): whole or not at all, in words when it fails.

The file is written next to its target, synced, then renamed over it, so a full disk or a
crash leaves the old file as it was and no half-written one. A symbolic link is followed (the
file it names is replaced, the link stays); a device or a pipe (``/dev/stdout``) is written in
place, since renaming over it would replace the device with a plain file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from reader.errors import ReaderError
from reader.store import temps


class SaveError(ReaderError):
    """A file could not be written; the message says why, in words."""


def save_file(path: str, data: bytes) -> str:
    """Write ``data`` to ``path`` (see the module); returns the absolute path written. Raises
    :class:`SaveError` when it cannot, with ``path`` untouched."""
    target = os.path.realpath(os.path.abspath(path))
    try:
        if os.path.isdir(target):
            raise IsADirectoryError(errno.EISDIR, "is a folder", path)
        if os.path.exists(target) and not os.path.isfile(target):
            with open(target, "wb") as handle:  # a device or a pipe: no rename over it
                handle.write(data)
            return target
        temps.write_replacing(Path(target), data)
    except OSError as exc:
        raise SaveError(_words(exc, path)) from exc
    return target


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file would be too large",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder",
    errno.ENOENT: "its folder does not exist",
    errno.ENOTDIR: "its folder does not exist",
    errno.EIO: "the disk reported an error",
}


def reason(exc: OSError) -> str:
    """Why a file could not be written, in words ("the disk is full", "it is a folder")."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or "unknown error"


def _words(exc: OSError, path: str) -> str:
    return f"could not write {path}: {reason(exc)}; nothing was written"
