"""Settings: defaults, validation, corrupt files, atomic saves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.settings import (
    DEFAULT_FONT_SIZE,
    FONT_SIZES,
    Settings,
    load_settings,
    save_settings,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "nope.json") == Settings()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    wanted = Settings(
        reading_mode="sepia",
        font_size=22,
        font_family="DejaVu Sans",
        line_width="wide",
        language="ar",
        refresh_on_start=True,
        refresh_interval_min=30,
        cache_max_mb=800,
        mark_read_delay_s=-1,
        window={"geometry": "AdnQywADAAA="},
    )
    save_settings(path, wanted)
    assert load_settings(path) == wanted
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[1, 2]", b"null", b"\xff\xfe\x00garbage", b'{"font_size": ' + b"[" * 100_000],
)
def test_corrupt_file_gives_defaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert load_settings(path) == Settings()


def test_unknown_keys_ignored_and_bad_values_repaired(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "reading_mode": "neon",
                "font_size": 1000,
                "font_family": "",
                "line_width": 3,
                "language": "../../etc",
                "refresh_on_start": "yes",
                "refresh_interval_min": 17,
                "cache_max_mb": -5,
                "mark_read_delay_s": -30,
                "window": {"a": "b", "c": 5},
                "future_setting": True,
            }
        ),
        encoding="utf-8",
    )
    s = load_settings(path)
    assert s.reading_mode == "system"
    assert s.font_size == max(FONT_SIZES)
    assert s.font_family == "serif"
    assert s.line_width == "medium"
    assert s.language == "en"
    assert s.refresh_on_start is False
    assert s.refresh_interval_min == 15
    assert s.cache_max_mb >= 50
    assert s.mark_read_delay_s == -1
    assert s.window == {"a": "b"}


def test_font_steps() -> None:
    s = Settings()
    assert len(FONT_SIZES) >= 8
    assert s.bigger_font().font_size > s.font_size
    assert s.smaller_font().font_size < s.font_size
    top = s.with_changes(font_size=max(FONT_SIZES))
    assert top.bigger_font().font_size == max(FONT_SIZES)
    bottom = s.with_changes(font_size=min(FONT_SIZES))
    assert bottom.smaller_font().font_size == min(FONT_SIZES)
    assert top.default_font().font_size == DEFAULT_FONT_SIZE


def test_with_changes_validates() -> None:
    assert Settings().with_changes(font_size=19).font_size in FONT_SIZES
    assert Settings().with_changes(reading_mode="dark").reading_mode == "dark"
    assert Settings().with_changes(reading_mode="bogus").reading_mode == "system"


def test_save_replaces_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(font_size=20))

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("reader.settings.os.replace", broken_replace)
    with pytest.raises(OSError):
        save_settings(path, Settings(font_size=28))
    monkeypatch.undo()
    assert load_settings(path).font_size == 20
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
