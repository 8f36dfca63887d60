"""Import PySide6 the way the window's start-up wants it: faster, with the same result.

Two things PySide6 does in every process are spared here.

Compiling its support code. ``shiboken6``'s bootstrap unpacks about 130 KB of Python source
embedded in the library (its ``shibokensupport`` package: signatures, ``__feature__`` switches,
the stub generator) and compiles every file from source: nothing is cached, because the files
never exist on disk. That is 13-17 ms, a tenth of the window's start-up (bench/startup.py).
:func:`import_qt` imports PySide6 with the built-in ``compile`` answered from a cache while the
import runs. An entry is found only by everything ``compile`` was given (the whole source, the
file name, the mode, the compiler flags, the optimization level), compared exactly, and the file
is tied to the Python version and its ``-X`` options: a cached answer is the code ``compile``
would return (only the warnings compiling may print are not printed again), and a new PySide6
(other source) only misses. The file lives in the profile's cache folder and is used only when
it is a regular file of the user's that nobody else can write, whole (a checksum), holding only
code. A start that dies while importing with it (a damaged cache could make PySide6 abort)
leaves a mark, and the next start compiles and writes it anew. Anything wrong with it (missing,
damaged, foreign, unwritable, a system without file owners) only means compiling, as before.

Reading the source of every later module. For its opt-in ``from __feature__ import ...``
switches, PySide6 looks at each newly imported module once: it reads the whole source file
(``inspect.getsource``) to see whether it mentions PySide6. Broadsheet never selects a feature,
so the answer only sets a per-module default nobody reads; :func:`_skip_source_scan` gives it
from the module's name instead (ours that import Qt, and Qt's own): ~100 modules, several
milliseconds.

Both touch PySide6's private parts: when those change, nothing is patched and start-up is only
slower. In the PyInstaller bundle, packaging/rthook_qt_bootstrap.py calls this before
PyInstaller's own PySide6 hook imports QtCore.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import importlib.util
import marshal
import os
import sys
import types
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.profilefile import read_limited
from reader.store.temps import sweep, write_replacing

CACHE_NAME = "qt-bootstrap.bin"
"""The compile cache's file in the profile's cache folder."""
MAX_CACHE_BYTES = 16 * 1024 * 1024
"""Larger is no cache of ours (it is ~0.3 MB)."""

PENDING_SUFFIX = ".pending"
"""Next to the cache while an import uses it: found at the next start, the cache is dropped."""

_HEADER = b"".join(
    (
        b"broadsheet qt bootstrap\n",
        importlib.util.MAGIC_NUMBER,
        sys.version.encode(),
        repr(sorted(sys._xoptions.items())).encode(),  # -X no_debug_ranges makes other code
        b"\n",
    )
)
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    if _feature != "nested_scopes":  # always on: its flag is no switch compile inherits
        _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

Key = tuple[str | bytes, str, str, int, int]
"""What ``compile`` was given: source, file name, mode, flags, optimization level."""


def import_qt(cache_folder: Path | None) -> None:
    """Import PySide6 (its ``QtCore``), compiling its bootstrap only when the cache in
    ``cache_folder`` does not have it; a plain import without a folder or once imported."""
    owners = hasattr(os, "getuid")  # only where files have owners can the cache be trusted
    if cache_folder is not None and owners and "shiboken6" not in sys.modules:
        _import_with_cache(cache_folder / CACHE_NAME)
    try:
        import PySide6.QtCore  # noqa: F401
    except ImportError:
        return
    _skip_source_scan()


def _import_with_cache(path: Path) -> None:
    pending = path.with_name(path.name + PENDING_SUFFIX)
    if pending.exists():  # the last start died while importing with this cache
        _drop(path, pending)
    codes = _load(path)
    if codes:
        _mark(pending)
    used: dict[Key, Any] = {}
    real = builtins.compile
    builtins.compile = _cached_compile(real, codes, used)
    try:
        import PySide6.QtCore  # noqa: F401
    except ImportError:
        return
    finally:
        builtins.compile = real
        if "PySide6.QtCore" not in sys.modules:  # whatever went wrong, the next start compiles
            _drop(path, pending)
    if used.keys() != codes.keys():  # something new, or gone (another PySide6): keep what is used
        _save(path, used)
    _drop(pending)


def _drop(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _mark(pending: Path) -> None:
    with contextlib.suppress(OSError):
        os.close(os.open(pending, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600))


def _cached_compile(
    real: Callable[..., Any], codes: dict[Key, Any], used: dict[Key, Any]
) -> Callable[..., Any]:
    """``compile``, answered from ``codes`` for plain source to code; ``used`` gets every
    answer it gave that way (from ``codes`` or compiled)."""

    def compile_(
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **more: Any,
    ) -> Any:
        if not dont_inherit:  # what compile inherits: its caller's __future__ switches
            with contextlib.suppress(ValueError):  # ValueError: no Python caller to inherit from
                flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        plain = (
            not more
            and flags & ~_FUTURE_FLAGS == 0  # no AST wanted, no other compiler switch
            and isinstance(source, str | bytes)
            and isinstance(filename, str)
            and isinstance(mode, str)
            and isinstance(optimize, int)
        )
        if not plain:
            return real(source, filename, mode, flags, True, optimize, **more)
        level = sys.flags.optimize if optimize == -1 else optimize  # what -1 means here
        key = (source, filename, mode, flags, level)
        code = codes.get(key)
        if code is None:
            code = real(source, filename, mode, flags, True, optimize)
        used[key] = code
        return code

    return compile_


def _load(path: Path) -> dict[Key, Any]:
    """The cached code, or nothing when the file is missing, damaged (its checksum), not a
    regular file of a sane size, not the user's alone, or holds anything but code (a pipe or a
    link to a device there is never read: it cannot hang the start)."""
    try:
        return _decode(read_limited(path, MAX_CACHE_BYTES, private=True))
    except OSError:
        return {}


def _decode(data: bytes) -> dict[Key, Any]:
    body = data[len(_HEADER) + 4 :]
    if not data.startswith(_HEADER) or data[len(_HEADER) : len(_HEADER) + 4] != _crc(body):
        return {}
    try:
        found = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(found, dict) or not all(
        isinstance(code, types.CodeType) for code in found.values()
    ):
        return {}
    return found


def _crc(body: bytes) -> bytes:
    return zlib.crc32(body).to_bytes(4, "big")


def _save(path: Path, codes: dict[Key, Any]) -> None:
    """Write the cache whole (reader.store.temps), readable by the user alone."""
    if not path.parent.is_dir():  # the first start made no profile yet: the next one saves
        return
    sweep(path.parent)  # what a start killed while writing left
    try:
        body = marshal.dumps(codes)
        write_replacing(path, _HEADER + _crc(body) + body, mode=0o600)
    except (OSError, ValueError):  # no room, no right: the next start compiles again
        return


def _skip_source_scan() -> None:
    """Answer PySide6's per-module ``__feature__`` question from the module's name."""
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]
    except ImportError:
        return
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return

    def uses_pyside(module: object) -> bool:
        name = str(getattr(module, "__name__", ""))
        return name.startswith(("reader.ui", "PySide6", "shiboken6", "tests.ui"))

    feature._mod_uses_pyside = uses_pyside
