"""The command line's lazily started process pool (reader.usecases.pool)."""

from __future__ import annotations

import os
from concurrent.futures import BrokenExecutor, Executor

import pytest

from reader.usecases import pages
from reader.usecases.pool import LazyProcessPool


def test_no_process_until_the_first_task_then_work_runs_in_another_process() -> None:
    pool = LazyProcessPool(2)
    try:
        assert not pool.started
        assert pool.submit(os.getpid).result(timeout=60) != os.getpid()
        assert pool.started
    finally:
        pool.shutdown()
    assert not pool.started
    with pytest.raises(RuntimeError):
        pool.submit(os.getpid)


def test_shutdown_of_a_pool_never_started_starts_nothing() -> None:
    pool = LazyProcessPool(1)
    pool.shutdown()
    assert not pool.started


class _NoProcesses(LazyProcessPool):
    def _start(self) -> Executor:
        raise OSError("cannot start a process")


def test_a_pool_that_cannot_start_is_broken_and_work_stays_here() -> None:
    pool = _NoProcesses(2)
    with pytest.raises(BrokenExecutor):
        pool.submit(os.getpid)
    with pytest.raises(BrokenExecutor):  # not tried again
        pool.submit(os.getpid)
    assert pages.run_cpu(pool, os.getpid) == os.getpid()
    pool.shutdown()
