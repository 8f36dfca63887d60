"""Composition root: parse arguments, set up logging, then run the window or a CLI command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``broadsheet`` command and ``python -m reader``."""
    if getattr(sys, "frozen", False):  # the bundle: a process-pool child starts here
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    from reader import cli

    if cli.wants_cli(args):
        return cli.main(args)
    _preload_for_gui()
    from reader.ui.main_window import run_gui

    return run_gui(args)


def _preload_for_gui() -> None:
    """Import the window's Qt-free modules before PySide6.

    Once PySide6 is imported, its import hook reads the source of every module imported after
    it (to look for ``__feature__`` imports); loading ours first keeps that off the start-up.
    """
    import reader.core.models
    import reader.core.render
    import reader.settings
    import reader.store.cache
    import reader.store.db  # noqa: F401
