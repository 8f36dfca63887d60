"""Reading a small file of the profile (settings, the database's health record, cache entries,
sync credentials) without trusting what is at its path.

``Path.read_bytes()`` blocks for ever on a named pipe, reads until memory runs out from a link to
``/dev/zero``, and reads a settings file of hundreds of megabytes whole before deciding it is
damaged: the window then never opened, or ended in ``MemoryError``. These read only a regular
file, and at most ``limit`` bytes of it; anything else is an :class:`OSError` with words (so
every caller's ``except OSError`` keeps working).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class UnreadableProfileFile(OSError):
    """A profile file that is no regular file, or larger than its kind ever is."""


class NotAFile(UnreadableProfileFile):
    """A folder, a named pipe, a device or a socket where a file should be."""


class TooLarge(UnreadableProfileFile):
    """A file larger than its kind ever is (damaged, or planted)."""


class NotPrivate(UnreadableProfileFile):
    """A file that is not the user's alone (another owner, or others may write it)."""


def entry_kind(mode: int) -> str:
    """What a file system entry of ``mode`` is, in words ("a folder", "a named pipe", "a
    device"...), or ``""`` for a regular file."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def read_limited(path: Path, limit: int, *, private: bool = False) -> bytes:
    """The bytes of the regular file at ``path``. Raises :class:`NotAFile` when it is a
    folder, a pipe or a device (never blocking on a pipe with no writer), :class:`TooLarge`
    when it holds more than ``limit`` bytes; with ``private``, :class:`NotPrivate` when it is
    not the user's alone (where files have owners); other ``OSError`` (``FileNotFoundError``
    included) as ``open`` does."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if kind := entry_kind(info.st_mode):
            raise NotAFile(errno.EINVAL, f"it is {kind}, not a file", str(path))
        owner = getattr(os, "getuid", None)
        if private and owner and (info.st_uid != owner() or info.st_mode & 0o022):
            raise NotPrivate(errno.EPERM, "it is not the user's alone", str(path))
        if info.st_size > limit:
            raise TooLarge(errno.EFBIG, _too_large(limit), str(path))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise TooLarge(errno.EFBIG, _too_large(limit), str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(limit: int) -> str:
    return f"it is larger than such a file ever is (over {limit // 1024} KiB)"
