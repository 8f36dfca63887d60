"""The command line's limits: one writer per profile (RELIABILITY S4), bounded file reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import instance
from reader.cli import main as cli
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


def test_oversized_files_are_refused_without_reading_them_whole(
    profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import session as cli_commands

    big = tmp_path / "big.opml"
    big.write_bytes(b"<opml>" + b" " * (cli_commands.MAX_OPML_FILE + 10))
    assert cli.main(["import", str(big)]) == 1
    assert "OPML file too large (over 64 MiB)" in capsys.readouterr().err
    page = tmp_path / "big.html"
    page.write_bytes(b"<p>" + b"x" * (cli_commands.MAX_PAGE_FILE + 10))
    assert cli.main(["simplify", str(page)]) == 1
    assert "page too large (over 16 MiB)" in capsys.readouterr().err
