"""Numbers typed on the command line: ids, limits and counts are positive and fit SQLite's
64-bit integers (a larger one raised OverflowError deep in a query: "internal error")."""

from __future__ import annotations

import argparse

from reader.core.digits import bounded_int

MAX_NUMBER = 2**63 - 1
"""The largest integer SQLite stores."""


def positive(text: str) -> int:
    """``text`` as a whole number from 1 to :data:`MAX_NUMBER`; argparse's type error (shown
    in words as a usage error) otherwise. Any length is read: int() refuses 4,300 digits."""
    shown = text if len(text) <= 40 else f"{text[:40]}..."
    signed = text.strip()
    if signed.startswith("-") and signed[1:].isdecimal():
        raise argparse.ArgumentTypeError(f"must be 1 or more: {shown}")
    value = bounded_int(signed.removeprefix("+"), MAX_NUMBER)
    if value is None:
        if signed.removeprefix("+").isdecimal():
            raise argparse.ArgumentTypeError(f"too large: {shown}")
        raise argparse.ArgumentTypeError(f"not a number: {shown!r}")
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {shown}")
    return value


MAX_JOBS = 64
"""The most processes ``--jobs`` starts: the pool starts one per waiting task up to its size,
so ``--jobs 100000`` on a big refresh started a process per article until memory ran out."""


def jobs(text: str) -> int:
    """``--jobs``: :func:`positive`, at most :data:`MAX_JOBS`."""
    value = positive(text)
    if value > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"at most {MAX_JOBS}: {text}")
    return value
