"""The system-tray icon: the unread count drawn on it, a menu (Open, Refresh now, Mark all
read, Pause notifications, Quit), a click raises the window. And the desktop session's autostart
entry (XDG on Linux).

Start with the session, per platform: on Linux (and the BSDs) an XDG autostart entry,
``$XDG_CONFIG_HOME/autostart/broadsheet.desktop``, written and removed here. On Windows the
equivalent is a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` and on
macOS a login item (SMAppService) or a LaunchAgent plist in ``~/Library/LaunchAgents``; neither is
written by this version (documented, not tested: the setting says so there).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from reader.ui.lazy_qt import Qt

ICON_SIZE = 64
AUTOSTART_NAME = "broadsheet.desktop"


def tray_available() -> bool:
    """Whether the desktop has a system tray to put the icon in (a tray host is running)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def count_label(unread: int) -> str:
    """The count as drawn on the icon: up to 999, then "999+"."""
    return "" if unread <= 0 else (str(unread) if unread < 1000 else "999+")


def count_icon(base: QIcon, unread: int, size: int = ICON_SIZE) -> QIcon:
    """``base`` with the unread count in a red badge at its lower right (none at 0)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not base.isNull():
        base.paint(painter, QRect(0, 0, size, size))
    else:  # no icon in the resources: a plain page, so the badge still has a place
        painter.fillRect(QRect(size // 8, 0, size * 3 // 4, size), QColor("#f4f1ea"))
    label = count_label(unread)
    if label:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(size * (45 if len(label) < 3 else 32) // 100)
        painter.setFont(font)
        width = max(painter.fontMetrics().horizontalAdvance(label) + size // 6, size // 2)
        badge = QRect(size - min(width, size), size // 2, min(width, size), size // 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))
        painter.drawRoundedRect(badge, size // 6, size // 6)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """The tray icon and its menu; what the user picks comes out as signals."""

    open_requested = Signal()
    refresh_requested = Signal()
    mark_all_read_requested = Signal()
    pause_toggled = Signal(bool)
    quit_requested = Signal()

    def __init__(self, base_icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = base_icon
        self.unread = 0
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.open_action = QAction(self.menu)
        self.refresh_action = QAction(self.menu)
        self.mark_read_action = QAction(self.menu)
        self.pause_action = QAction(self.menu)
        self.pause_action.setCheckable(True)
        self.quit_action = QAction(self.menu)
        for action in (self.open_action, self.refresh_action, self.mark_read_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.open_action.triggered.connect(self.open_requested)
        self.refresh_action.triggered.connect(self.refresh_requested)
        self.mark_read_action.triggered.connect(self.mark_all_read_requested)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.retranslate()
        self.set_unread(0)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def retranslate(self) -> None:
        """The menu's words in the current language."""
        self.open_action.setText(QCoreApplication.translate("Tray", "Open Broadsheet"))
        self.refresh_action.setText(QCoreApplication.translate("Tray", "Refresh now"))
        self.mark_read_action.setText(QCoreApplication.translate("Tray", "Mark all read"))
        self.pause_action.setText(QCoreApplication.translate("Tray", "Pause notifications"))
        self.quit_action.setText(QCoreApplication.translate("Tray", "Quit"))
        self.set_unread(self.unread)

    def set_unread(self, unread: int) -> None:
        """Draw ``unread`` on the icon and say it in the tooltip."""
        self.unread = max(0, unread)
        self.icon.setIcon(count_icon(self._base, self.unread))
        if not self.unread:
            self.icon.setToolTip("Broadsheet")
            return
        n = self.unread
        self.icon.setToolTip(QCoreApplication.translate("Tray", "Broadsheet: %n unread", None, n))

    def show(self, on: bool) -> None:
        """Show the icon (or take it away)."""
        self.icon.setVisible(on)

    def hide_menu(self) -> None:
        """Close the menu (before the window closes)."""
        self.menu.close()


# -- start with the desktop session ------------------------------------------------------------
def autostart_file() -> Path:
    """Where the XDG autostart entry goes: ``$XDG_CONFIG_HOME/autostart/broadsheet.desktop``."""
    config = os.environ.get("XDG_CONFIG_HOME") or ""
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart" / AUTOSTART_NAME


def launch_command() -> list[str]:
    """The command that starts this Broadsheet (the bundle's program, or Python on the package)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "reader"]


def autostart_entry(command: list[str]) -> str:
    """The text of the autostart entry for ``command`` (quoted per the desktop-entry spec)."""
    exec_line = " ".join(_desktop_quote(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Broadsheet\n"
        f"Exec={exec_line}\n"
        "Icon=broadsheet\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "Comment=News reader, started in the tray\n"
    )


def _desktop_quote(part: str) -> str:
    # The desktop-entry spec's Exec quoting: double quotes, with \ " ` $ escaped, and % doubled.
    if part and all(ch.isalnum() or ch in "/._-+=:," for ch in part):
        return part.replace("%", "%%")
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in part)
    return '"' + escaped.replace("%", "%%") + '"'


def set_autostart(on: bool, command: list[str] | None = None) -> Path | None:
    """Write (``on``) or remove the autostart entry; the file, or None where the platform is
    not handled here (Windows, macOS). Raises OSError when it cannot be written."""
    if sys.platform in ("win32", "darwin"):
        return None
    path = autostart_file()
    if not on:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(autostart_entry(command or launch_command()), encoding="utf-8")
    os.replace(tmp, path)
    return path


def autostart_is_on() -> bool:
    """Whether the autostart entry is there (the user may have removed it by hand)."""
    return autostart_file().is_file()
