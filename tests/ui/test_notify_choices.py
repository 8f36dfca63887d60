"""Who is told and when: the window's Background helper after a refresh, with the real store
and window (offscreen, no session bus: the notifier's D-Bus path fails and the helper still
decides): muted feeds, quiet hours, paused, switched off; one text per refresh."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.models import FeedResult, RefreshSummary
from reader.ui import background
from tests.ui.windowkit import open_window


@pytest.fixture(autouse=True)
def _no_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")


def _summary() -> RefreshSummary:
    return RefreshSummary(
        results=(
            FeedResult(1, "https://a.example/feed", "Alpha", new_articles=3),
            FeedResult(2, "https://b.example/feed", "Beta", new_articles=2),
            FeedResult(3, "https://c.example/feed", "Gamma", new_articles=0),
            FeedResult(4, "https://d.example/feed", "Delta", new_articles=5, error="timeout"),
        )
    )


def _told(qtbot: QtBot, profile: Path, **settings: object) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    with open_window(qtbot, profile) as window:
        window.apply_settings(window.settings.with_changes(**settings))
        window.background.notified.connect(lambda t, b: told.append((t, b)))
        window.background.on_refresh_finished(_summary())
    return told


def test_one_grouped_notification_for_the_feeds_with_news(qtbot: QtBot, profile: Path) -> None:
    told = _told(qtbot, profile)
    assert len(told) == 1
    assert told[0][0] == "5 new articles"
    assert "Alpha" in told[0][1] and "Beta" in told[0][1]
    assert "Gamma" not in told[0][1] and "Delta" not in told[0][1]


def test_a_muted_feed_is_left_out(qtbot: QtBot, profile: Path) -> None:
    told = _told(qtbot, profile, notify_muted_feeds=(1,))
    assert told == [("2 new articles", "in 1 feed: \u2068Beta\u2069")]
    assert _told(qtbot, profile, notify_muted_feeds=(1, 2)) == []


def test_switched_off_nothing_is_said(qtbot: QtBot, profile: Path) -> None:
    assert _told(qtbot, profile, notify=False) == []


def test_quiet_hours_keep_it_quiet(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Night(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Night:  # type: ignore[override]
            return cls(2026, 1, 1, 23, 15)

    monkeypatch.setattr(background, "datetime", Night)
    assert _told(qtbot, profile, quiet_hours=True, quiet_from_h=22, quiet_to_h=7) == []
    assert len(_told(qtbot, profile, quiet_hours=True, quiet_from_h=8, quiet_to_h=20)) == 1


def test_paused_from_the_tray_nothing_is_said(qtbot: QtBot, profile: Path) -> None:
    told: list[tuple[str, str]] = []
    with open_window(qtbot, profile) as window:
        window.background.notified.connect(lambda t, b: told.append((t, b)))
        window.background._set_paused(True)
        window.background.on_refresh_finished(_summary())
        window.background._set_paused(False)
        window.background.on_refresh_finished(_summary())
    assert len(told) == 1
