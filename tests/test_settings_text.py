"""A settings file (the user's to edit or damage) whose strings hold a lone surrogate escape
("\\ud800", valid JSON) loads, and saves again: the half became part of the window state and
every later save raised UnicodeEncodeError (the window could no longer keep its settings)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.settings import load_settings, save_settings
from tests.props import PROPERTY

TEXT = st.text(st.sampled_from(["\ud800", "\udfff", "a", "1", "\u00e9", "/"]), max_size=8)
KEYS = st.sampled_from(["font_family", "language", "download_folder", "reading_mode", "x"])


@PROPERTY
@given(st.dictionaries(KEYS, TEXT), st.dictionaries(TEXT, TEXT, max_size=4))
def test_property_settings_with_lone_surrogates_load_and_save(
    tmp_path_factory: object, values: dict[str, str], window: dict[str, str]
) -> None:
    folder: Path = tmp_path_factory.mktemp("settings")  # type: ignore[attr-defined]
    path = folder / "settings.json"
    path.write_text(json.dumps({**values, "window": window}), encoding="utf-8")
    settings = load_settings(path)
    save_settings(path, settings)
    assert load_settings(path) == settings
