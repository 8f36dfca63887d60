"""The child process of the desktop tests (see :mod:`tests.ui.desktop_fixtures`): the real
MainWindow on Qt's xcb platform, on the fixtures' X display and session bus, playing one
scenario and printing what it saw as one line of JSON.

Run as ``python -c "from tests.ui.desktop_child import main; main()" SCENARIO JSON-ARGS``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication

from reader.paths import resolve
from reader.settings import Settings, save_settings
from reader.store.db import Store
from reader.ui import i18n

TIMEOUT_S = 30.0


def wait(condition: Callable[[], bool], timeout: float = TIMEOUT_S) -> bool:
    """Run the event loop until ``condition()`` holds (True) or the time is up (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    QCoreApplication.processEvents()
    return condition()


def _window(profile: str, feeds: list[tuple[str, str]], settings: Settings, rule: str = "") -> Any:
    from reader.core.rules import Action, Field, Kind, Rule
    from reader.ui.main_window import MainWindow

    paths = resolve(Path(profile)).ensure()
    with Store(paths.database) as store:
        for url, title in feeds:
            store.add_feed(url, title)
        if rule:  # a "notify" rule on the titles
            store.save_rule(Rule(Field.TITLE, Kind.REGEX, rule, frozenset({Action.NOTIFY})))
    save_settings(paths.settings_file, settings)
    window = MainWindow(paths, worker_options={"cpu_factory": lambda: None})
    window.background.show_at_start()
    assert wait(lambda: window.refreshing._worker_ready), "the worker did not start"
    return window


def _tray_scenario(args: dict[str, Any]) -> dict[str, Any]:
    """Tray embedded, count after a refresh, notification sent, its click opens the article."""
    settings = Settings().with_changes(close_to_tray=True, start_hidden=args.get("hidden", False))
    feeds = [(args["url"], args["title"])]
    window = _window(args["profile"], feeds, settings, args.get("rule", ""))
    background = window.background
    seen: dict[str, Any] = {"available": background.has_tray}
    tray = background.tray
    wait(lambda: tray is not None and not tray.icon.geometry().isEmpty(), 10)
    seen["window_visible_at_start"] = window.isVisible()
    seen["icon_visible"] = bool(tray and tray.icon.isVisible())
    seen["icon_geometry"] = tray.icon.geometry().getRect() if tray else None
    seen["unread_before"] = tray.unread if tray else None
    notified: list[tuple[str, str]] = []
    background.notified.connect(lambda title, body: notified.append((title, body)))
    assert tray is not None
    tray.refresh_action.trigger()  # the tray menu's Refresh now
    wait(lambda: bool(notified) and not window.refreshing.running)
    wait(lambda: tray.unread == window.panes.unread_total and tray.unread > 0, 10)
    seen["notified"] = notified
    seen["unread_after"] = tray.unread
    seen["tooltip"] = tray.icon.toolTip()
    seen["newest"] = background._newest
    window.close()  # the window's close button: into the tray
    QCoreApplication.processEvents()
    seen["hidden_after_close"] = not window.isVisible() and not window.closed
    if args.get("screenshot"):
        _screenshots(tray, Path(args["screenshot"]))
    seen["displayed"] = _dunstctl("count", "displayed").strip()
    _dunstctl("action", "0")  # the notification's default action, as a click does
    wait(lambda: window.isVisible() and window.reading.current_article_id() == seen["newest"])
    seen["opened"] = window.reading.current_article_id()
    seen["visible_after_click"] = window.isVisible()
    tray.quit_action.trigger()  # the tray menu's Quit really quits
    seen["closed_after_quit"] = window.closed
    return seen


def _screenshots(tray: Any, folder: Path) -> None:
    """The tray with its menu open, and dunst's notification, on the whole screen."""
    folder.mkdir(parents=True, exist_ok=True)
    geometry = tray.icon.geometry()
    size = tray.menu.sizeHint()
    # Above and left of the icon, so the icon (with its count) stays in the picture.
    tray.menu.popup(geometry.topLeft() - QPoint(size.width(), size.height() + 4))
    wait(lambda: False, 1.0)
    subprocess.run(["import", "-window", "root", str(folder / "tray-menu.png")], check=True)
    tray.menu.close()


def _no_tray_scenario(args: dict[str, Any]) -> dict[str, Any]:
    """No tray host: said in Settings, close-to-tray stays off, closing quits."""
    from reader.ui.settings_dialog import SettingsDialog

    window = _window(args["profile"], [], Settings().with_changes(close_to_tray=True))
    background = window.background
    dialog = SettingsDialog(window.settings, window)
    box = dialog.background_box
    seen = {
        "available": background.has_tray,
        "closes_to_tray": background.closes_to_tray,
        "checkbox_enabled": box.close_to_tray.isEnabled(),
        "checkbox_checked": box.close_to_tray.isChecked(),
        "note": box.no_tray_note.text() if not box.no_tray_note.isHidden() else "",
    }
    dialog.close()
    window.close()
    QCoreApplication.processEvents()
    seen["closed"] = window.closed
    return seen


SCENARIOS = {"tray": _tray_scenario, "no_tray": _no_tray_scenario}


def _dunstctl(*args: str) -> str:
    return subprocess.run(["dunstctl", *args], capture_output=True, text=True, timeout=10).stdout


def main() -> None:
    """Play the scenario named in argv[1] with the JSON arguments in argv[2]."""
    app = QApplication(sys.argv[:1])
    i18n.install_language(app, "en")
    seen = SCENARIOS[sys.argv[1]](json.loads(sys.argv[2]))
    print(json.dumps(seen))
