"""A damaged or hand-edited window state in the settings file never stops the window: numbers
that are not plain ASCII digits ("\u00b2".isdigit() is True, int() refuses it) or too large for
SQLite or Qt are ignored (they raised ValueError/OverflowError in the window's slots)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from reader.cli import main as cli
from reader.paths import resolve
from reader.settings import load_settings, save_settings
from reader.ui.window_state import saved_selection
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.props import PROPERTY
from tests.ui.windowkit import open_window

NUMBERS = st.one_of(
    st.integers(0, 10**30).map(str),
    st.text(st.sampled_from("0123456789\u00b2\u0663\uff11\u2460 -+x"), max_size=25),
)


@PROPERTY
@given(st.sampled_from(["feed", "folder", "smart", ""]), NUMBERS)
def test_property_a_saved_selection_is_a_usable_id_or_nothing(kind: str, key: str) -> None:
    selection = saved_selection({"selection": f"{kind}:{key}"})
    if selection is not None and kind != "smart":
        assert isinstance(selection.key, int) and 0 <= selection.key < 2**63


@pytest.mark.parametrize(
    "state",
    [
        {"article": "\u00b2", "list_scroll": "1"},
        {"article": "1", "list_scroll": "99999999999999999999"},
        {"article": "1", "list_scroll": "\u00b2"},
        {"article": "99999999999999999999999", "selection": "feed:99999999999999999999999"},
        {"selection": "folder:\u0663", "article": "\u0663"},
    ],
)
def test_a_damaged_saved_state_opens_the_window(
    qtbot: QtBot, profile: Path, server: FixtureServer, state: dict[str, str]
) -> None:
    serve_feed(server, "/feed.xml", "Kept")
    assert cli.main(["add", server.url("/feed.xml")]) == 0
    paths = resolve(profile).ensure()
    save_settings(
        paths.settings_file, load_settings(paths.settings_file).with_changes(window=state)
    )
    with open_window(qtbot, profile) as window:
        qtbot.waitUntil(lambda: window.article_list.model().rowCount() == 3, timeout=10_000)
        assert window.isVisible()
