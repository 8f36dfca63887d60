"""The tray's pieces without a tray host: the count drawn on the icon, the menu's signals, the
autostart entry written and removed under $XDG_CONFIG_HOME, and the window's Background helper
where no tray exists (the offscreen platform has none): closing quits, nothing is hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon
from pytestqt.qtbot import QtBot

from reader.settings import Settings
from reader.ui import tray
from tests.ui.windowkit import open_window


def _red_pixels(icon: QIcon) -> int:
    image = icon.pixmap(tray.ICON_SIZE, tray.ICON_SIZE).toImage()
    badge = QColor("#c62828").rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) & 0xFFFFFF == badge & 0xFFFFFF
    )


def test_the_count_is_drawn_only_when_there_is_one(qtbot: QtBot) -> None:
    assert _red_pixels(tray.count_icon(QIcon(), 0)) == 0
    assert _red_pixels(tray.count_icon(QIcon(), 7)) > 0
    assert tray.count_label(12) == "12" and tray.count_label(5000) == "999+"


def test_the_menu_says_what_was_picked(qtbot: QtBot) -> None:
    icon = tray.Tray(QIcon())
    picked: list[str] = []
    icon.refresh_requested.connect(lambda: picked.append("refresh"))
    icon.mark_all_read_requested.connect(lambda: picked.append("read"))
    icon.pause_toggled.connect(lambda on: picked.append(f"pause {on}"))
    icon.quit_requested.connect(lambda: picked.append("quit"))
    for action in (icon.refresh_action, icon.mark_read_action, icon.pause_action):
        action.trigger()
    icon.quit_action.trigger()
    assert picked == ["refresh", "read", "pause True", "quit"]
    icon.set_unread(3)
    assert icon.icon.toolTip() == "Broadsheet: 3 unread"


def test_the_autostart_entry_is_written_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    path = tray.set_autostart(True, ["/opt/Broad sheet/bin/broadsheet", "50%"])
    assert path == tmp_path / "cfg" / "autostart" / "broadsheet.desktop"
    text = path.read_text(encoding="utf-8")
    assert 'Exec="/opt/Broad sheet/bin/broadsheet" "50%%"\n' in text
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert tray.autostart_is_on()
    tray.set_autostart(False)
    assert not path.exists() and not tray.autostart_is_on()


def test_a_relative_xdg_config_home_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert tray.autostart_file() == tmp_path / ".config" / "autostart" / "broadsheet.desktop"


def test_the_setting_writes_the_entry_from_the_window(
    qtbot: QtBot, profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    with open_window(qtbot, profile) as window:
        window.apply_settings(window.settings.with_changes(autostart=True))
        assert tray.autostart_is_on()
        window.apply_settings(window.settings.with_changes(autostart=False))
        assert not tray.autostart_is_on()


def test_without_a_tray_closing_quits_even_with_the_setting_on(qtbot: QtBot, profile: Path) -> None:
    with open_window(qtbot, profile) as window:
        window.apply_settings(Settings().with_changes(close_to_tray=True, start_hidden=True))
        assert window.background.tray is None
        assert not window.background.closes_to_tray
        window.close()
        assert window.closed
