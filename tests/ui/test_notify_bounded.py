"""The notifier on a real session bus with dunst (tests/ui/desktop_fixtures.py; no tray host
needed): what it remembers for clicks stays bounded however many refreshes notified, even from
a daemon that never says it closed them (dunst keeps them on screen for ten minutes here)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.notify import KEPT_SENT, DesktopNotifier
from tests.ui.desktop_fixtures import Desktop, desktop

__all__ = ["desktop"]  # the fixture, imported to be used here


@pytest.mark.parametrize("desktop", [False], indirect=True, ids=["dunst-only"])
def test_the_notifications_remembered_for_clicks_are_bounded(
    desktop: Desktop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus)
    notifier = DesktopNotifier()
    try:
        assert notifier.available()
        for n in range(KEPT_SENT + 8):
            assert notifier.send(f"{n} new articles", "in 1 feed", n)
        # The newest are kept, the oldest forgotten.
        assert sorted(notifier._sent.values()) == list(range(8, KEPT_SENT + 8))
    finally:
        notifier.close()
    shown = [h for h in desktop.history() if h.get("appname") == "Broadsheet"]
    assert shown[0]["summary"] == f"{KEPT_SENT + 7} new articles"  # every one reached dunst
