"""How one row of the subscriptions tree looks and sounds: its two items (name and unread
count), a feed's icon, tooltip and error mark, and its counts in words.

Feed names and error messages come from strangers: item views draw display text as plain text,
and tooltips go through :func:`plain_tooltip` so Qt never interprets them as rich text.

A screen reader hears each row's counts in words ("Tech news, 5 unread"): the name and count
items carry ``Qt.AccessibleTextRole`` (bold type alone says nothing to it), a failed feed's error
is its ``Qt.AccessibleDescriptionRole``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from reader.core.models import Feed
from reader.core.redact import redact_text, redact_url
from reader.core.render import spoofing
from reader.ui import widgets
from reader.ui.lazy_qt import USER_ROLE, Qt

if TYPE_CHECKING:
    # Only named here: QIcon's Python type (its enums) is made when the tree is first filled,
    # after the window's first frame (start-up time).
    from PySide6.QtGui import QIcon

KIND_ROLE = USER_ROLE + 1
"""``"smart"``, ``"tag"``, ``"search"`` (a saved search), ``"folder"`` or ``"feed"``."""
ID_ROLE = USER_ROLE + 2
"""The folder or feed id, or the smart view's name (``all``, ``unread``, ``starred``...)."""


def row_flags(kind: str) -> Qt.ItemFlag:
    """A row's flags by its kind: selectable and enabled; a feed can be dragged, a folder takes
    drops (made when the tree is filled, after the first frame: Qt's enums are built then)."""
    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    if kind == "feed":
        flags |= Qt.ItemFlag.ItemIsDragEnabled
    elif kind == "folder":
        flags |= Qt.ItemFlag.ItemIsDropEnabled
    return flags


def painted_icons() -> ModuleType:
    """The painted icons (imported when the tree is first filled, after the first frame)."""
    from reader.ui import icons

    return icons


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows ``text`` literally (escaped, wrapped, length-capped)."""
    return widgets.plain_tooltip_html(text)


def feed_name(feed: Feed) -> str:
    """What the window calls a feed: its title, else its address with secrets masked."""
    return feed.title or redact_url(feed.url)


def one_line(text: str) -> str:
    """Feed text on one line, without control characters, elided past 200 characters."""
    cleaned = spoofing.one_line(text)
    return cleaned if len(cleaned) <= 200 else cleaned[:199] + "…"


def view_icon(kind: str) -> QIcon:
    """The icon of a smart view the user made: a tag or a saved search."""
    return painted_icons().letter_icon("#") if kind == "tag" else painted_icons().smart_icon("all")


def tree_row(kind: str, key: int | str, text: str, icon: QIcon) -> list[QStandardItem]:
    """A new row: the name item (with ``icon``) and the count item, both carrying the row's
    kind and key, and its flags: a feed is dragged, a folder takes drops, neither is edited."""
    name = QStandardItem(icon, one_line(text))
    count = QStandardItem("")
    count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for item in (name, count):
        item.setData(kind, KIND_ROLE)
        item.setData(key, ID_ROLE)
        item.setFlags(row_flags(kind))
    return [name, count]


def decorate_feed(item: QStandardItem, feed: Feed, icon: QIcon | None, count: int) -> None:
    """Show ``feed`` in its name ``item``: its name, ``count`` in words, and either its error
    (icon, tooltip, accessible description) or its own ``icon`` (else a letter tile)."""
    name = feed_name(feed)
    item.setText(one_line(name))
    speak_count(("feed", feed.id), item, count)
    if feed.last_error:
        item.setIcon(painted_icons().error_icon())
        item.setToolTip(plain_tooltip(f"{name}\n{redact_text(feed.last_error)}"))
        item.setData(
            one_line(redact_text(feed.last_error)), Qt.ItemDataRole.AccessibleDescriptionRole
        )
    else:
        item.setData(None, Qt.ItemDataRole.AccessibleDescriptionRole)
        item.setIcon(icon or painted_icons().letter_icon(name))
        item.setToolTip(plain_tooltip(name))


def speak_count(key: tuple[str, int | str], item: QStandardItem, count: int) -> None:
    """The row's name and count in words, for a screen reader ("Tech, 5 unread")."""
    translate = QCoreApplication.translate
    if not count:
        words = ""
    elif key == ("smart", "starred"):
        words = translate("FeedTreeModel", "%n starred", "", count)
    else:
        words = translate("FeedTreeModel", "%n unread", "", count)
    name = item.text()
    item.setData(
        translate("FeedTreeModel", "%1, %2").replace("%1", name).replace("%2", words)
        if words
        else name,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    parent = item.parent() or item.model().invisibleRootItem()
    count_item = parent.child(item.row(), 1)
    if count_item is not None:
        count_item.setData(words, Qt.ItemDataRole.AccessibleTextRole)


class InPlaceModel(QStandardItemModel):
    """An item model whose rows change in place in batches (:meth:`_batch`): the view hears one
    ``dataChanged`` per parent, not one per item and role."""

    def __init__(self, rows: int, columns: int, parent: QObject | None = None) -> None:
        super().__init__(rows, columns, parent)
        self._batch_depth = 0
        self._touched: dict[int, tuple[QStandardItem, int, int]] = {}
        """Per parent (by id): the parent item and the first and last row changed."""

    @contextmanager
    def _batch(self) -> Iterator[None]:
        """Change items without their per-item signals; then one ``dataChanged`` per parent
        over the rows touched (:meth:`_touch`). After a refresh every feed's count changes:
        hundreds of signals (each making the view ask for flags and data again) held the GUI
        thread up, and a layout change made it lay out the whole tree again."""
        self._batch_depth += 1
        blocked = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(blocked)
            self._batch_depth -= 1
            if not self._batch_depth:
                touched, self._touched = self._touched, {}
                for parent, first, last in touched.values():
                    top = parent.index()
                    self.dataChanged.emit(self.index(first, 0, top), self.index(last, 1, top))

    def _touch(self, item: QStandardItem) -> None:
        """``item``'s row changed (in a batch)."""
        parent = item.parent() or self.invisibleRootItem()
        row = item.row()
        known = self._touched.get(id(parent))
        if known is None:
            self._touched[id(parent)] = (parent, row, row)
        else:
            self._touched[id(parent)] = (parent, min(known[1], row), max(known[2], row))
