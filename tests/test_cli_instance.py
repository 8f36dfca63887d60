"""RELIABILITY S4 from the command line: a writing command refuses while the profile is in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import cli, instance
from reader.paths import resolve


def test_writing_command_refuses_while_another_holds_the_profile(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = resolve(profile).ensure().data
    with instance.acquire(data):
        status = cli.main(["refresh", "--feeds-only"])
    err = capsys.readouterr().err
    assert status == 1
    assert "already running with this profile" in err


def test_lock_is_released_after_a_command(profile: Path) -> None:
    assert cli.main(["refresh", "--feeds-only"]) == 0
    with instance.acquire(resolve(profile).data) as lock:  # would raise if still held
        assert lock.held


def test_reading_commands_do_not_need_the_lock(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = resolve(profile).ensure().data
    with instance.acquire(data):
        assert cli.main(["--json", "feeds"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
