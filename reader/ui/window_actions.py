"""Every action of the main window: its shortcut, its menu and its (translated) text.

Texts are set in :meth:`WindowActions.retranslate`, so a language switch relabels everything
without rebuilding menus. The window connects the ``triggered`` signals in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from reader.ui.lazy_qt import Qt

SHORTCUTS: dict[str, tuple[str, ...]] = {
    "refresh": ("F5",),
    "add": ("Ctrl+N",),
    "new_folder": ("Ctrl+Shift+N",),
    "import_opml": ("Ctrl+I",),
    "export_opml": ("Ctrl+E",),
    "quit": ("Ctrl+Q",),
    "next": ("J",),
    "previous": ("K",),
    "next_unread": ("N",),
    "previous_unread": ("P",),
    "space": ("Space",),
    "star": ("S",),
    "toggle_read": ("M",),
    "mark_all_read": ("Shift+A",),
    "open_browser": ("O",),
    "toggle_view": ("V",),
    "copy_link": ("Ctrl+Shift+C",),
    "search": ("Ctrl+F",),
    "bigger": ("Ctrl++", "Ctrl+="),
    "smaller": ("Ctrl+-",),
    "default_size": ("Ctrl+0",),
    "focus": ("F11",),
    "settings": ("Ctrl+,",),
    "shortcuts": ("F1",),
}
"""Action name -> key sequences (portable text)."""

MENUS: dict[str, list[str | None]] = {
    "file": [
        "add",
        "new_folder",
        None,
        "import_opml",
        "export_opml",
        "suggested",
        None,
        "accounts",
        None,
        "quit",
    ],
    "view": [
        "bigger",
        "smaller",
        "default_size",
        None,
        "show_feeds",
        "focus",
        None,
        "settings",
    ],
    "feeds": [
        "refresh",
        "refresh_feed",
        "cancel_refresh",
        "sync_now",
        None,
        "mark_all_read",
        None,
        "rename",
        "move",
        "remove",
        None,
        "properties",
    ],
    "article": [
        "next",
        "previous",
        "next_unread",
        "previous_unread",
        None,
        "star",
        "toggle_read",
        None,
        "open_browser",
        "copy_link",
        "toggle_view",
        None,
        "search",
    ],
    "help": ["shortcuts", "about"],
}
"""Menu name -> its actions in order (``None``: a separator)."""

EXTRA_ACTIONS = (
    "refresh_feed",
    "rename",
    "move",
    "remove",
    "properties",
    "suggested",
    "about",
    "cancel_refresh",
    "show_feeds",
    "sync_now",
    "accounts",
)
"""Actions without a shortcut."""


class WindowActions(QObject):
    """Creates the actions, menus and toolbar of a :class:`QMainWindow`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.finished = False
        """Whether :meth:`finish` has run (right after the window's first frame)."""
        for name in (*SHORTCUTS, *EXTRA_ACTIONS):
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            self.actions[name] = action
            window.addAction(action)  # shortcuts work even when menus are hidden
        self.actions["show_feeds"].setCheckable(True)
        self.actions["show_feeds"].setChecked(True)
        self.actions["focus"].setCheckable(True)
        self.actions["toggle_view"].setCheckable(True)
        self.actions["toggle_view"].setChecked(True)
        self._make_menus(window)
        self.retranslate()

    def _make_menus(self, window: QMainWindow) -> None:
        """The menu bar and the toolbar (their texts come from :meth:`retranslate`)."""
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for menu_name in MENUS:  # their entries come with finish()
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{menu_name}")
            self.menus[menu_name] = menu
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        for name in ("refresh", "add", "mark_all_read", "toggle_view"):
            self.toolbar.addAction(self.actions[name])
        window.addToolBar(self.toolbar)

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def label(self, name: str) -> str:
        """The words of a menu action, without its "&" and "…" (names a change that failed)."""
        return self.actions[name].text().replace("&", "").rstrip("…").strip()

    def menu(self, names: list[str | None], parent: QWidget) -> QMenu:
        """A context menu of these actions (``None``: a separator)."""
        menu = QMenu(parent)
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])
        return menu

    def finish(self) -> None:
        """What the first frame does not show, right after it (start-up time: Qt's enums, the
        key sequences' and the separators' Python types): the menus' entries, the shortcuts
        (in the whole window: QAction's default context), and a toolbar that shows words, never
        icons, with no context menu (Qt's would only offer to hide it). Until then the toolbar
        looks the same: none of its actions has an icon. Once only."""
        from PySide6.QtGui import QKeySequence

        if self.finished:
            return
        self.finished = True
        for name, keys in SHORTCUTS.items():
            self.actions[name].setShortcuts([QKeySequence(k) for k in keys])
        for menu_name, entries in MENUS.items():
            menu = self.menus[menu_name]
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions[entry])
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "refresh": self.tr("&Refresh all"),
            "refresh_feed": self.tr("Refresh this &feed"),
            "cancel_refresh": self.tr("&Cancel refresh"),
            "add": self.tr("&Add subscription…"),
            "new_folder": self.tr("New &folder…"),
            "import_opml": self.tr("&Import OPML…"),
            "export_opml": self.tr("&Export OPML…"),
            "suggested": self.tr("Add &suggested news feeds"),
            "quit": self.tr("&Quit"),
            "next": self.tr("&Next article"),
            "previous": self.tr("&Previous article"),
            "next_unread": self.tr("Next &unread article"),
            "previous_unread": self.tr("Previous u&nread article"),
            "space": self.tr("Scroll, then next unread"),
            "star": self.tr("&Star / unstar"),
            "toggle_read": self.tr("Mark &read / unread"),
            "mark_all_read": self.tr("Mark &all read"),
            "open_browser": self.tr("&Open in browser"),
            "copy_link": self.tr("&Copy link"),
            "toggle_view": self.tr("Reader &view"),
            "search": self.tr("&Search…"),
            "bigger": self.tr("&Bigger text"),
            "smaller": self.tr("S&maller text"),
            "default_size": self.tr("&Default text size"),
            "show_feeds": self.tr("Show &subscriptions"),
            "focus": self.tr("&Focus on the article"),
            "settings": self.tr("&Settings…"),
            "shortcuts": self.tr("&Keyboard shortcuts"),
            "about": self.tr("&About Broadsheet"),
            "rename": self.tr("Re&name…"),
            "move": self.tr("&Move to folder…"),
            "remove": self.tr("Re&move…"),
            "properties": self.tr("P&roperties"),
            "sync_now": self.tr("S&ync accounts now"),
            "accounts": self.tr("Sync a&ccounts…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        menu_titles = {
            "file": self.tr("&File"),
            "view": self.tr("&View"),
            "feeds": self.tr("F&eeds"),
            "article": self.tr("&Article"),
            "help": self.tr("&Help"),
        }
        for name, title in menu_titles.items():
            self.menus[name].setTitle(title)
        self.actions["refresh"].setToolTip(self.tr("Refresh all feeds (F5)"))
        self.actions["add"].setToolTip(self.tr("Subscribe to a feed or a site (Ctrl+N)"))
        self.actions["mark_all_read"].setToolTip(self.tr("Mark everything listed read (Shift+A)"))
        self.actions["toggle_view"].setToolTip(
            self.tr("Switch the article between the reader view and the feed's text (V)")
        )
        self.toolbar.setWindowTitle(self.tr("Toolbar"))

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(keys, what they do) for Help > Keyboard shortcuts, in the current language."""
        from PySide6.QtGui import QKeySequence

        self.finish()  # the shortcuts are set right after the first frame
        rows = []
        for name in SHORTCUTS:
            action = self.actions[name]
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if name == "open_browser":
                keys += ", " + QKeySequence("Return").toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            rows.append((keys, action.text().replace("&", "")))
        return rows
