"""The window shows feed addresses with their secrets masked (issue 9 item 17): the tree's
names and tooltips, the properties dialog, the feed chooser."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reader.core.models import Feed
from reader.core.parsed import DiscoveredFeed
from reader.ui.dialogs import FeedPropertiesDialog
from reader.ui.feed_picker import discovered_picker
from reader.ui.feed_tree import FeedTreeModel

SECRETS = ("pw-hunter2", "TOK3N-value")
URL = "https://bob:pw-hunter2@private.example/feed.xml?token=TOK3N-value&page=1"


def _everything_shown(model: FeedTreeModel) -> str:
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(model.data(index, role) or ""))
    return "\n".join(texts)


def test_tree_names_and_tooltips_mask_secrets(qtbot: Any) -> None:
    model = FeedTreeModel()
    untitled = Feed(id=1, url=URL, title="")
    failing = Feed(id=2, url=URL + "&x=2", title="", last_error=f"could not fetch {URL}")
    model.rebuild([], [untitled, failing], {1: 3, 2: 0}, 0)
    shown = _everything_shown(model)
    assert "private.example/feed.xml?token=***" in shown  # the address is what names them
    assert [s for s in SECRETS if s in shown] == []


def test_properties_and_chooser_mask_secrets(qtbot: Any) -> None:
    dialog = FeedPropertiesDialog(Feed(id=1, url=URL, title="Private", last_error=URL), 0)
    qtbot.addWidget(dialog)
    texts = "\n".join(label.text() for label in dialog.values.values())
    assert "https://***@private.example/feed.xml?token=***&page=1" in texts
    chooser = discovered_picker(URL, [DiscoveredFeed(url=URL, title="", type="rss")], None)
    qtbot.addWidget(chooser)
    texts += "\n".join(chooser.list.item(i).text() for i in range(chooser.list.count()))
    texts += "\n" + "\n".join(label.text() for label in chooser.findChildren(QLabel))
    assert [s for s in SECRETS if s in texts] == []
