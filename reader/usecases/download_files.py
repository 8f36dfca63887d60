"""Where a download lands: a safe file name from its URL and a path not yet taken."""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

# Separators, controls (C0, C1) and bidi overrides, which would let "gpj.exe" pass for an image.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|\u200e\u200f\u202a-\u202e\u2066-\u2069]+')
_EDGES = re.compile(r"^[\s.]+|[\s.]+$")
_DEVICE = re.compile(
    r"(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(?:\s*\.|\s*$)", re.I
)
"""Windows device names, with any extension: "NUL.mp3" or "con.txt" there is the device."""


MAX_NAME_BYTES = 200
"""A name's length in UTF-8 bytes: file systems allow 255 bytes (not characters), and the
download's part file adds ".<tag>.part" and a taken name " (N)" (120 characters of CJK or
emoji, 360-480 bytes, failed with "file name too long")."""


def file_name(url: str) -> str:
    """A safe file name for ``url``: its last path segment, decoded, without separators or
    control characters, not hidden, at most 120 characters and :data:`MAX_NAME_BYTES` bytes;
    ``attachment`` when none is left."""
    try:
        path = urllib.parse.urlsplit(url).path
    except ValueError:
        path = ""
    name = urllib.parse.unquote(path.rsplit("/", 1)[-1])
    name = _EDGES.sub("", _UNSAFE.sub("_", name))
    if len(name) > 120 or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        stem, dot, suffix = name.rpartition(".")
        if not dot or len(suffix) > 10:
            stem, dot, suffix = name, "", ""
        end = dot + suffix
        name = _cut(stem, 120 - len(end), MAX_NAME_BYTES - len(end.encode("utf-8", "replace")))
        name += end
    name = _EDGES.sub("", name) or "attachment"
    return "_" + name if _DEVICE.match(name) else name


def _cut(text: str, characters: int, size: int) -> str:
    """The longest start of ``text`` of at most ``characters`` characters and ``size`` bytes
    in UTF-8."""
    text = text[:characters]
    while len(text.encode("utf-8", "surrogatepass")) > size:
        text = text[:-1]
    return text


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
