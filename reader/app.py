"""Composition root: parse arguments, set up logging, then run the window or a CLI command."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


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
        import_qt(args)
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


def import_qt(args: list[str]) -> None:
    """Import PySide6 the start-up's way (see :mod:`reader.ui.qt_bootstrap`): its bootstrap's
    compiled code cached in the cache folder of the profile ``args`` (the command line) name.
    The bundle's runtime hook calls it too (packaging/rthook_qt_bootstrap.py)."""
    from reader import paths
    from reader.ui import qt_bootstrap

    profile, _rest = paths.split_args(args)
    try:
        cache: Path | None = paths.resolve(profile).cache
    except (OSError, ValueError, RuntimeError):  # said when the window resolves it again
        cache = None
    qt_bootstrap.import_qt(cache)
