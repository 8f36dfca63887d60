"""Composition root: parse arguments, set up logging, then run the window or a CLI command."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``broadsheet`` command and ``python -m reader``."""
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    from reader import cli

    if cli.wants_cli(args):
        return cli.main(args)
    try:
        from reader.ui.main_window import run_gui  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # the window is not built yet
        return cli.main(["--help"])
    return run_gui(args)
