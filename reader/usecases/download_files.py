"""Where a download lands: a safe file name from its URL and a path not yet taken."""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

# Separators, controls (C0, C1) and bidi overrides, which would let "gpj.exe" pass for an image.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|\u200e\u200f\u202a-\u202e\u2066-\u2069]+')
_EDGES = re.compile(r"^[\s.]+|[\s.]+$")


def file_name(url: str) -> str:
    """A safe file name for ``url``: its last path segment, decoded, without separators or
    control characters, not hidden, at most 120 characters; ``attachment`` when none is left."""
    try:
        path = urllib.parse.urlsplit(url).path
    except ValueError:
        path = ""
    name = urllib.parse.unquote(path.rsplit("/", 1)[-1])
    name = _EDGES.sub("", _UNSAFE.sub("_", name))
    if len(name) > 120:
        stem, dot, suffix = name.rpartition(".")
        name = (
            (stem[: 119 - len(suffix)] + dot + suffix) if dot and len(suffix) <= 10 else name[:120]
        )
    return _EDGES.sub("", name) or "attachment"


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``... when taken."""
    candidate = folder / name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    number = 2
    while candidate.exists():
        candidate = folder / (f"{stem} ({number}).{suffix}" if suffix else f"{stem} ({number})")
        number += 1
    return candidate
