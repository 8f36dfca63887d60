"""The one process pool (reader.usecases.pool): started by its first task; when processes
cannot start or die, the work runs in this process, said once in the log."""

from __future__ import annotations

import logging
import os
from concurrent.futures import Executor, Future
from typing import Any

import pytest

from reader.usecases.pool import (
    BACKGROUND_NICE,
    ProcessPool,
    new_process_executor,
    run_cpu,
    window_pool,
)


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, 0)


def test_no_process_until_the_first_task_then_work_runs_in_another_process() -> None:
    pool = ProcessPool(2)
    try:
        assert not pool.started
        assert pool.submit(os.getpid).result(timeout=60) != os.getpid()
        assert pool.started and not pool.broken
        assert run_cpu(pool, os.getpid) != os.getpid()
    finally:
        pool.shutdown()
    assert not pool.started
    with pytest.raises(RuntimeError):
        pool.submit(os.getpid)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no nice levels here")
def test_the_window_pool_works_at_a_lower_priority_than_the_window_the_command_line_not() -> None:
    own = _niceness()
    window, command_line = window_pool(), ProcessPool(1)
    try:
        assert window.submit(_niceness).result(timeout=60) == min(19, own + BACKGROUND_NICE)
        assert command_line.submit(_niceness).result(timeout=60) == own
    finally:
        window.shutdown()
        command_line.shutdown()
    assert _niceness() == own  # the window itself keeps its priority


def test_shutdown_of_a_pool_never_started_starts_nothing() -> None:
    starts: list[int] = []

    def start(workers: int) -> Executor:
        starts.append(workers)
        return new_process_executor(workers)

    pool = ProcessPool(1, start=start)
    pool.shutdown()
    assert starts == [] and not pool.started


def _cannot_start(workers: int) -> Executor:
    raise OSError("cannot start a process")


def test_a_pool_that_cannot_start_works_here_and_says_so_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    pool = ProcessPool(2, start=_cannot_start)
    with caplog.at_level(logging.WARNING, logger="reader.usecases.pool"):
        assert pool.submit(os.getpid).result() == os.getpid()
        assert pool.submit(max, 4, 5).result() == 5
        assert run_cpu(pool, sum, [1, 2, 3]) == 6
        failing = pool.submit(int, "x")
    assert isinstance(failing.exception(), ValueError)  # the task's own error, kept
    assert pool.broken
    assert [r.getMessage() for r in caplog.records].count(
        "cannot start worker processes; working in this process: cannot start a process"
    ) == 1
    assert len(caplog.records) == 1
    pool.shutdown()


class _SubmitFails(Executor):
    """An executor made fine whose processes fail to start on the first task."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        raise OSError("no forkserver here")


def test_processes_that_fail_on_the_first_task_mean_work_here(
    caplog: pytest.LogCaptureFixture,
) -> None:
    pool = ProcessPool(1, start=lambda _workers: _SubmitFails())
    with caplog.at_level(logging.WARNING, logger="reader.usecases.pool"):
        assert pool.submit(os.getpid).result() == os.getpid()
        assert run_cpu(pool, os.getpid) == os.getpid()
    assert pool.broken
    assert len(caplog.records) == 1 and "no forkserver here" in caplog.records[0].getMessage()
    pool.shutdown()


def _kill_myself() -> int:
    os._exit(1)


def test_a_pool_whose_processes_die_works_here_from_then_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    pool = ProcessPool(1)
    try:
        with caplog.at_level(logging.WARNING, logger="reader.usecases.pool"):
            assert run_cpu(pool, os.getpid) != os.getpid()
            pool.submit(_kill_myself).exception(timeout=60)  # breaks the processes
            assert run_cpu(pool, os.getpid) == os.getpid()
            assert pool.submit(os.getpid).result() == os.getpid()
        assert pool.broken and not pool.started
        warnings = [r for r in caplog.records if "worker processes failed" in r.getMessage()]
        assert len(warnings) == 1
    finally:
        pool.shutdown()
