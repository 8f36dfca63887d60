"""The worker's process pool for parsing feeds and simplifying pages.

Measured with bench/ui_latency.py: in threads that CPU work held the GUI thread (the GIL) for
up to ~180 ms during a refresh of 200 feeds, in processes for ~50-70 ms.
"""

from __future__ import annotations

from concurrent.futures import Executor

from reader.ui.worker import LazyPool


def process_pool() -> Executor:
    """The worker's process pool for parsing feeds and simplifying pages, so their CPU work
    never holds the GUI thread through the GIL (see bench/ui_latency.py). It starts on first
    use; ``forkserver`` where available (children fork from a small clean process), else
    ``spawn`` (Windows, macOS, the frozen bundle); threads when processes cannot start."""
    return LazyPool(_start_process_pool)


def _start_process_pool() -> Executor:
    import multiprocessing
    import os
    import sys
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    frozen = bool(getattr(sys, "frozen", False))
    method = "forkserver" if "forkserver" in methods and not frozen else "spawn"
    workers = max(1, min(2, (os.cpu_count() or 2) - 1))  # pages wait on the network anyway
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))
