"""Composition root: parse arguments, set up logging, then run the window or a CLI command."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``broadsheet`` command and ``python -m reader``."""
    if getattr(sys, "frozen", False):  # the bundle: a process-pool child starts here
        import multiprocessing  # start-up time: only the frozen bundle needs it

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    # No arguments, or only a profile: the window, without loading the CLI (its argparse).
    window_only = not args or (len(args) == 2 and args[0] == "--profile")
    if not window_only:
        # Imported here for start-up time: the window never loads the CLI (argparse), the CLI
        # never loads Qt.
        from reader.cli import main as cli

        if cli.wants_cli(args):
            return cli.main(args)
    # Start-up time: the cyclic garbage collector would run dozens of times over the objects
    # that loading ~200 modules makes (they all live on); run_gui turns it back on once the
    # window has painted (~4 % of the CPU time to the first frame, bench/startup.py).
    paused = gc.isenabled()
    gc.disable()
    try:
        _preload_for_gui()
        _skip_pyside_source_scan()
        from reader.ui.app_gui import run_gui
    except BaseException:
        if paused:
            gc.enable()
        raise
    return run_gui(args, gc_paused=paused)


def _preload_for_gui() -> None:
    """Import the window's Qt-free modules before PySide6.

    Once PySide6 is imported, its import hook reads the source of every module imported after
    it (to look for ``__feature__`` imports); loading ours first keeps that off the start-up.
    These imports inside a function are the point: they run only on the way to the window.
    """
    import reader.core.models
    import reader.settings
    import reader.store.opening  # noqa: F401  (the Store itself waits for the first frame)


def _skip_pyside_source_scan() -> None:
    """Spare PySide6 reading the source of every module imported after it.

    For its opt-in ``from __feature__ import ...`` switches, PySide6 looks at each newly
    imported module once: it reads the whole source file (``inspect.getsource``) to see whether
    it mentions PySide6. Broadsheet never selects a feature, so the answer only sets a
    per-module default nobody reads; we give it from the module's name instead (ours that import
    Qt, and Qt's own). Measured ~100 modules, several milliseconds of the start-up. When PySide6
    changes this private hook, nothing is patched and start-up is only slower.
    """
    try:
        import PySide6.QtCore  # noqa: F401  (installs the hook)
        from PySide6.support import feature  # type: ignore[attr-defined]
    except ImportError:
        return
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return

    def uses_pyside(module: object) -> bool:
        name = str(getattr(module, "__name__", ""))
        return name.startswith(("reader.ui", "PySide6", "shiboken6", "tests.ui"))

    feature._mod_uses_pyside = uses_pyside
