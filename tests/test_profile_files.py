"""Files of the profile that are not what they should be: a settings file (or the database's
health record) that is a named pipe, a link to ``/dev/zero``, a folder, or hundreds of
megabytes. Before, the pipe kept the window and every command from starting (read for ever),
``/dev/zero`` ended in "internal error (MemoryError)" after taking gigabytes, and a 300 MB
settings file was read whole (900 MB). Now each is refused in words at once and the defaults
are used; a damaged (too large) settings file is kept aside."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.profilefile import NotAFile, NotPrivate, TooLarge, read_limited
from reader.settings import MAX_SETTINGS_BYTES
from tests.props import PROPERTY

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file kinds")


def _plant(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "pipe":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    else:
        with path.open("wb") as handle:
            handle.write(b'{"font_size": 12, "x": "')
            handle.truncate(MAX_SETTINGS_BYTES + 1024)


def _broadsheet(profile: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "BROADSHEET_PROFILE"} | env
    # The bundle's entry script (``python -m reader`` as a user starts it, and the smoke mode).
    entry = (
        [str(ROOT / "packaging" / "broadsheet_launcher.py")]
        if "BROADSHEET_SMOKE" in env
        else ["-m", "reader"]
    )
    return subprocess.run(
        [sys.executable, *entry, "--profile", str(profile), *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environ,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("pipe", "it is a named pipe, not a file"),
        ("device", "it is a device, not a file"),
        ("folder", "it is a folder, not a file"),
    ],
)
def test_a_settings_file_that_is_no_file_is_said_and_the_defaults_used(
    tmp_path: Path, kind: str, words: str
) -> None:
    settings = tmp_path / "p" / "config" / "settings.json"
    _plant(settings, kind)
    run = _broadsheet(tmp_path / "p", "feeds")
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip() == (
        f"broadsheet: note: the settings file cannot be read ({words}): {settings}; "
        "the defaults are used"
    )


def test_a_huge_settings_file_is_kept_aside_unread(tmp_path: Path) -> None:
    settings = tmp_path / "p" / "config" / "settings.json"
    _plant(settings, "huge")
    run = _broadsheet(tmp_path / "p", "feeds")
    assert run.returncode == 0, run.stderr
    assert "the settings file was damaged; the defaults are used" in run.stderr
    assert not settings.exists()
    [aside] = settings.parent.glob("settings.json.damaged-*")
    assert aside.stat().st_size == MAX_SETTINGS_BYTES + 1024


def test_the_window_opens_over_a_settings_pipe(tmp_path: Path) -> None:
    _plant(tmp_path / "p" / "config" / "settings.json", "pipe")
    run = _broadsheet(
        tmp_path / "p", QT_QPA_PLATFORM="offscreen", BROADSHEET_SMOKE="show",
        BROADSHEET_SMOKE_TIMEOUT="60",
    )  # fmt: skip
    assert "smoke: window shown" in run.stdout, run.stderr[-2000:]


@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_health_record_that_is_no_file_does_not_stop_the_start(tmp_path: Path, kind: str) -> None:
    profile = tmp_path / "p"
    assert _broadsheet(profile, "feeds").returncode == 0
    record = profile / "data" / "broadsheet.sqlite3.health"
    record.unlink()
    _plant(record, kind)
    run = _broadsheet(profile, "feeds")
    assert run.returncode == 0, run.stderr


@PROPERTY
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=300))
def test_a_regular_file_is_read_whole_up_to_its_limit(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, limit: int
) -> None:
    path = tmp_path_factory.mktemp("f") / "file"
    path.write_bytes(data)
    if len(data) <= limit:
        assert read_limited(path, limit) == data
    else:
        with pytest.raises(TooLarge):
            read_limited(path, limit)


def test_kinds_are_refused_without_reading(tmp_path: Path) -> None:
    for kind in ("pipe", "device", "folder"):
        path = tmp_path / kind
        _plant(path, kind)
        with pytest.raises(NotAFile):
            read_limited(path, 1024)
    with pytest.raises(FileNotFoundError):
        read_limited(tmp_path / "missing", 1024)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="files have no owners here")
@pytest.mark.parametrize("mode", [0o600, 0o644, 0o620, 0o602, 0o666])
def test_a_private_read_refuses_a_file_others_may_write(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "kept.bin"
    path.write_bytes(b"data")
    path.chmod(mode)
    assert read_limited(path, 100) == b"data"  # readable as any profile file
    if mode & 0o022:
        with pytest.raises(NotPrivate):
            read_limited(path, 100, private=True)
    else:
        assert read_limited(path, 100, private=True) == b"data"
