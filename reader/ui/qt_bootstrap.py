"""Import PySide6 the way the window's start-up wants it: faster, with the same result.

Two things PySide6 does in every process are spared here.

Compiling its support code. ``shiboken6``'s bootstrap unpacks about 130 KB of Python source
embedded in the library (its ``shibokensupport`` package: signatures, ``__feature__`` switches,
the stub generator) and compiles every file from source: nothing is cached, because the files
never exist on disk. That is 13-17 ms, a tenth of the window's start-up (bench/startup.py).
:func:`import_qt` imports PySide6 with the built-in ``compile`` answered from a cache while the
import runs. An entry is found only by everything ``compile`` was given (the whole source, the
file name, the mode, the compiler flags), compared exactly, so a cached answer is the one
``compile`` would return; the file is tied to the Python version, and a new PySide6 (other
source) only misses. It lives in the profile's cache folder (the user's alone), and is used only
when it belongs to the user and nobody else can write it. Anything wrong with it (missing,
damaged, foreign, unwritable) only means compiling, as before.

Reading the source of every later module. For its opt-in ``from __feature__ import ...``
switches, PySide6 looks at each newly imported module once: it reads the whole source file
(``inspect.getsource``) to see whether it mentions PySide6. Broadsheet never selects a feature,
so the answer only sets a per-module default nobody reads; :func:`_skip_source_scan` gives it
from the module's name instead (ours that import Qt, and Qt's own): ~100 modules, several
milliseconds.

Both touch PySide6's private parts: when those change, nothing is patched and start-up is only
slower.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import importlib.util
import marshal
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_NAME = "qt-bootstrap.bin"
"""The compile cache's file in the profile's cache folder."""
MAX_CACHE_BYTES = 16 * 1024 * 1024
"""Larger is no cache of ours (it is ~0.3 MB)."""

_HEADER = b"broadsheet qt bootstrap\n" + importlib.util.MAGIC_NUMBER + sys.version.encode() + b"\n"
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

Key = tuple[str | bytes, str, str, int, int]
"""What ``compile`` was given: source, file name, mode, flags, optimization level."""


def import_qt(cache_folder: Path | None) -> None:
    """Import PySide6 (its ``QtCore``), compiling its bootstrap only when the cache in
    ``cache_folder`` does not have it; a plain import without a folder or once imported."""
    if cache_folder is not None and "shiboken6" not in sys.modules:
        _import_with_cache(cache_folder / CACHE_NAME)
    try:
        import PySide6.QtCore  # noqa: F401
    except ImportError:
        return
    _skip_source_scan()


def _import_with_cache(path: Path) -> None:
    codes = _load(path)
    used: dict[Key, Any] = {}
    real = builtins.compile
    builtins.compile = _cached_compile(real, codes, used)
    try:
        import PySide6.QtCore  # noqa: F401
    except ImportError:
        return
    finally:
        builtins.compile = real
    if used.keys() != codes.keys():  # something new, or gone (another PySide6): keep what is used
        _save(path, used)


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
    """The cached code, or nothing when the file is missing, damaged, not a regular file of a
    sane size, or not the user's alone (then never opened for reading: a pipe or a link to a
    device there cannot hang the start)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return {}
    try:
        facts = os.fstat(descriptor)
        if (
            not stat.S_ISREG(facts.st_mode)
            or facts.st_size > MAX_CACHE_BYTES
            or facts.st_uid != os.getuid()
            or facts.st_mode & 0o022
        ):
            return {}
        data = os.read(descriptor, MAX_CACHE_BYTES + 1)
    except OSError:
        return {}
    finally:
        os.close(descriptor)
    if len(data) > MAX_CACHE_BYTES or not data.startswith(_HEADER):
        return {}
    try:
        found = marshal.loads(data[len(_HEADER) :])
    except (ValueError, EOFError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def _save(path: Path, codes: dict[Key, Any]) -> None:
    """Write the cache whole (a new file moved into place), readable by the user alone."""
    if not path.parent.is_dir():  # the first start made no profile yet: the next one saves
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        data = _HEADER + marshal.dumps(codes)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink()


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
