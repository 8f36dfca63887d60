"""Logging is never a reason to fail: an unwritable log file means stderr, said once."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.logs import setup_logging


def _block_log_file(profile: Path) -> Path:
    """A folder where the log file should be: opening it fails even for root."""
    blocked = profile / "log" / "broadsheet.log"
    blocked.mkdir(parents=True)
    return blocked


def test_a_command_runs_when_the_log_file_cannot_be_written(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _block_log_file(profile)
    assert cli.main(["feeds", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert err.count("cannot write the log file") == 1
    assert "logging warnings to stderr" in err


def test_the_fallback_handler_writes_warnings_to_stderr_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = _block_log_file(tmp_path)
    handler = setup_logging(blocked)
    try:
        logger = logging.getLogger("reader.test_logging")
        logger.info("an info line nobody needs on stderr")
        logger.warning("a warning that must not be lost")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    err = capsys.readouterr().err
    assert "a warning that must not be lost" in err
    assert "an info line" not in err


def test_the_log_file_is_written_when_it_can_be(tmp_path: Path) -> None:
    log_file = tmp_path / "broadsheet.log"
    handler = setup_logging(log_file)
    try:
        logging.getLogger("reader.test_logging").info("hello from the test")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "hello from the test" in log_file.read_text(encoding="utf-8")
