"""Fill Qt's font database on a second core while the window's modules load.

Qt's first text on Linux waits for two pieces of C work: fontconfig reading its configuration
(``FcInit``: dozens of XML files) and Qt listing every installed font into its font database.
Together they are about a third of the window's own start-up work (bench/startup.py), done
while the main thread holds Python's lock. Neither needs Python, so once the application object
exists a thread has Qt do both through ``ctypes``, which lets go of that lock around foreign
calls, while the main thread imports the window's modules. When the main thread reaches its
first text, the database is filled (or Qt makes it wait on Qt's own lock for the rest: the font
database and fontconfig are thread-safe).

Qt fills its database (reading fontconfig's configuration first) before it answers whether a
family exists: the thread asks about the null family, ``static bool
QFontDatabase::hasFamily(const QString &)`` in Qt 6's C++ ABI with a QString of three zero
words, which is Qt 6's null string. A missing piece (no fontconfig, another Qt, a platform other
than Linux) only means the main thread does this work itself.

Keep Python out of Qt's font code while the thread runs: a Qt message handler written in Python
(Broadsheet installs none) would need Python's lock inside Qt's font lock, while the main thread
holds the one and waits for the other.

Measured (``bench/startup.py --runs 21 --baseline``, 100,000 articles): the first frame 3-4 ms
sooner than without the thread, in the same runs.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtGui import QGuiApplication

QT_GUI = "libQt6Gui.so.6"
HAS_FAMILY = "_ZN13QFontDatabase9hasFamilyERK7QString"
"""``QFontDatabase::hasFamily`` (static, Qt 6): fills the font database before it answers."""

_thread: threading.Thread | None = None


def _fill() -> None:
    try:
        import ctypes  # here: the thread imports it, not the window's start

        has_family = ctypes.CDLL(QT_GUI)[HAS_FAMILY]
    except (ImportError, OSError, AttributeError):  # the main thread does it, as before
        return
    has_family.restype = ctypes.c_bool
    has_family.argtypes = [ctypes.c_void_p]
    null_string = (ctypes.c_void_p * 3)()
    has_family(ctypes.byref(null_string))


def start() -> None:
    """Fill the font database in a thread (Linux, once a QGuiApplication exists)."""
    global _thread
    if _thread is not None or not sys.platform.startswith("linux"):
        return
    if not isinstance(QGuiApplication.instance(), QGuiApplication):  # Qt would abort then
        return
    _thread = threading.Thread(target=_fill, name="font warm-up", daemon=True)
    _thread.start()


def started() -> bool:
    """Whether :func:`start` started the thread (bench/startup.py and the tests ask)."""
    return _thread is not None


def finish() -> None:
    """Wait for the thread; call it before the application object goes away."""
    if _thread is not None:
        _thread.join()
