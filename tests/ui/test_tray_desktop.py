"""The tray and the notifications on a real desktop: Xvfb, a private session bus, dunst and
tint2 (tests/ui/desktop_fixtures.py), the real window in a child process on the xcb platform,
feeds from the loopback server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.desktop_fixtures import Desktop, desktop, run_child

__all__ = ["desktop"]  # the fixture, imported to be used here

FSI, PDI = "\u2068", "\u2069"
HOSTILE_TITLE = 'Tom & Jerry <b>Daily</b> "News"'
ESCAPED = 'Tom &amp; Jerry &lt;b&gt;Daily&lt;/b&gt; "News"'
"""The feed's title as the notification's body must carry it: markup shown, never applied."""


@pytest.mark.parametrize("hidden", [False, True], ids=["shown", "start-hidden"])
def test_tray_count_notification_and_click(
    desktop: Desktop, server: FixtureServer, tmp_path: Path, hidden: bool
) -> None:
    serve_feed(server, "/daily.xml", HOSTILE_TITLE, count=4, prefix="daily")
    seen = run_child(
        desktop,
        "tray",
        profile=str(tmp_path / "profile"),
        url=server.url("/daily.xml"),
        title=HOSTILE_TITLE,
        hidden=hidden,
    )
    # Started hidden: only the icon; the worker ran all the same (the refresh below).
    assert seen["window_visible_at_start"] is not hidden
    # The icon is embedded in tint2's tray, and shown.
    assert seen["available"] is True
    assert seen["icon_visible"] is True
    _x, _y, w, h = seen["icon_geometry"]  # type: ignore[misc]
    assert w > 0 and h > 0
    # Its count follows the refresh the tray's menu asked for.
    assert seen["unread_before"] == 0
    assert seen["unread_after"] == 4
    assert "4" in str(seen["tooltip"])
    # Closing the window hides it in the tray; the notification's click brings it back open.
    assert seen["hidden_after_close"] is True
    assert seen["opened"] == seen["newest"] is not None
    assert seen["visible_after_click"] is True
    assert seen["closed_after_quit"] is True
    assert seen["displayed"] == "1"
    # One notification reached dunst, grouped, the feed's title plain and isolated.
    history = [h for h in desktop.history() if h.get("appname") == "Broadsheet"]
    assert len(history) == 1
    assert history[0]["summary"] == "4 new articles"
    body = history[0]["body"]
    assert body.startswith("in 1 feed: ")
    assert body == f"in 1 feed: {FSI}{ESCAPED}{PDI}", body


def test_a_rule_match_is_in_the_notification_on_the_desktop(
    desktop: Desktop, server: FixtureServer, tmp_path: Path
) -> None:
    """A "notify" rule's matches are a line of the one notification dunst shows."""
    serve_feed(server, "/harbour.xml", "Harbour", count=4, prefix="harbour")
    seen = run_child(
        desktop,
        "tray",
        profile=str(tmp_path / "profile"),
        url=server.url("/harbour.xml"),
        title="Harbour",
        rule=r"story [13]$",
    )
    assert seen["unread_after"] == 4
    history = [h for h in desktop.history() if h.get("appname") == "Broadsheet"]
    assert len(history) == 1
    assert history[0]["summary"] == "4 new articles"
    feeds, matches = history[0]["body"].split("\n")
    assert feeds == f"in 1 feed: {FSI}Harbour{PDI}"
    named = matches.removeprefix("2 matched your rules: ").split(", ")
    assert sorted(named) == [f"{FSI}Harbour story 1{PDI}", f"{FSI}Harbour story 3{PDI}"]
    # The click opens the newest match.
    assert seen["opened"] == seen["newest"] is not None


@pytest.mark.parametrize("desktop", [False], indirect=True, ids=["no-tray-host"])
def test_without_a_tray_host_close_to_tray_stays_off(desktop: Desktop, tmp_path: Path) -> None:
    seen = run_child(desktop, "no_tray", profile=str(tmp_path / "profile"))
    assert seen["available"] is False
    assert seen["closes_to_tray"] is False
    assert seen["checkbox_enabled"] is False
    assert seen["checkbox_checked"] is False
    assert "no system tray" in str(seen["note"])
    assert seen["closed"] is True
