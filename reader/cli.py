"""Headless subcommands (never imports Qt).

CONTRACT STUB: the CLI helper replaces the bodies; keep ``wants_cli`` and ``main``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

COMMANDS = (
    "add", "remove", "feeds", "import", "export", "refresh", "articles", "show",
    "read", "unread", "star", "unstar", "search", "simplify",
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``broadsheet`` command."""
    parser = argparse.ArgumentParser(prog="broadsheet", description="A desktop news reader.")
    parser.add_argument("--profile", metavar="DIR", help="keep data, cache and config under DIR")
    return parser


def wants_cli(argv: Sequence[str]) -> bool:
    """True when the arguments name a command (or ask for help/version) rather than the window."""
    return any(
        arg in COMMANDS or arg in ("-h", "--help", "--version", "--self-test") for arg in argv
    )


def main(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status."""
    build_parser().parse_args(list(argv))
    return 0
