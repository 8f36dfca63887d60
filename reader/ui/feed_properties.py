"""Feed properties from the window: show a feed's settings, keep each change at once.

Every change in the dialog is written by the user writes (off the GUI thread) as soon as it is
made; the tree shows a new title at once, and the open article follows a new view once it is
stored. A new retention prunes when the dialog closes (not at every step of the number).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.feed_settings import FeedSettings
from reader.errors import ReaderError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reader.store.db import Store
    from reader.ui.panes import Panes
    from reader.ui.user_writes import UserWrites

log = logging.getLogger(__name__)


class FeedPropertiesEditor:
    """Opens Feed properties for one feed and keeps what the user changes."""

    def __init__(
        self,
        panes: Panes,
        writes: UserWrites,
        label: str,
        *,
        view_changed: Callable[[int], None],
        failed: Callable[[str], None],
    ) -> None:
        """``label`` names the change if it fails; ``view_changed(feed id)`` runs once a new
        view is stored; ``failed(words)`` when a change could not be written."""
        self._panes = panes
        self._writes = writes
        self._label = label
        self._view_changed = view_changed
        self._failed = failed

    def edit(self, feed_id: int, parent: QWidget) -> None:
        """Show the dialog (modal) and keep each change; prune at the end if retention changed."""
        from reader.ui.dialogs import FeedPropertiesDialog

        store = self._panes.store
        try:
            feed = store.feed(feed_id)
            first = store.feed_settings(feed_id)
            own = store.feed_own_title(feed_id)
            unread = store.unread_counts().get(feed_id, 0)
        except ReaderError:
            log.warning("cannot show the properties of feed %d", feed_id, exc_info=True)
            return
        dialog = FeedPropertiesDialog(feed, unread, parent, settings=first, own_title=own)
        kept = [first]

        def apply(new: FeedSettings) -> None:
            self._keep(feed_id, kept[-1], new, own)
            kept.append(new)

        dialog.settings_changed.connect(apply)
        dialog.exec()
        last = kept[-1]
        if (last.keep_days, last.keep_count) != (first.keep_days, first.keep_count):
            self._prune(feed_id)

    def _keep(self, feed_id: int, old: FeedSettings, new: FeedSettings, own: str) -> None:
        if new.title != old.title:
            model = self._panes.feed_model
            title = new.title or own
            feeds = [replace(f, title=title) if f.id == feed_id else f for f in model.feeds()]
            self._panes.show_tree(model.folders(), feeds)

        def done() -> None:
            if new.title != old.title:
                self._panes.reload_tree()  # the list shows feed titles too
            if new.view != old.view:
                self._view_changed(feed_id)

        def failed(words: str) -> None:
            self._panes.reload_tree()
            self._failed(words)

        def change(store: Store) -> object:
            return store.set_feed_settings(feed_id, new)

        self._writes.submit(self._label, change, on_done=done, on_failed=failed)

    def _prune(self, feed_id: int) -> None:
        def done() -> None:
            self._panes.reload_articles()
            self._panes.reload_counts()

        def change(store: Store) -> object:
            return store.prune(feed_id)

        self._writes.submit(self._label, change, on_done=done, on_failed=self._failed)
