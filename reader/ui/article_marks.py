"""The reader's marks on articles: read, starred, and the view an article was switched to.

Each change shows at once (the list and the counts) and is written to the store in the
background by :class:`~reader.ui.user_writes.UserWrites`. Until a change is written,
:attr:`ArticleMarks.pending_state` holds it, so whoever reads the article from the store
(the navigation, the list's pinned rows) sees the new value; when the write fails, the list and
the counts are put back and the failure is said through :attr:`ArticleMarks.status_message`.

:class:`ArticleMarks` receives only the panes, the user writes and the actions (for the labels
of the changes); the navigation says what was done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.core.models import Article
from reader.ui.i18n import translate

if TYPE_CHECKING:
    from reader.store.db import Store
    from reader.ui.panes import Panes
    from reader.ui.user_writes import Change, UserWrites
    from reader.ui.window_actions import WindowActions


class ArticleMarks(QObject):
    """Marks articles read, unread, starred or not at once and writes the marks in the
    background; a write that fails is put back and said."""

    status_message = Signal(object, int)
    """Words for the status bar (a function that makes them in the current language) and how
    long they stay (ms): a change could not be written."""

    def __init__(
        self,
        panes: Panes,
        writes: UserWrites,
        actions: WindowActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panes = panes
        self._writes = writes
        self._actions = actions
        self.pending_state: dict[int, dict[str, bool]] = {}
        """Read/starred changes queued but not yet in the store: {article id: {key: value}}."""
        self._seqs: dict[tuple[int, str], int] = {}
        self._undo: dict[tuple[int, str], Callable[[], None]] = {}

    def set_read(self, article: Article, read: bool) -> None:
        """Mark one article read or unread: list and counts at once, the store in the
        background (put back if that fails)."""
        was = article.read
        article_id = article.id
        self._write_state(
            article_id,
            "read",
            read,
            self._actions.label("toggle_read"),
            lambda store: store.set_read([article_id], read),
        )
        self._panes.article_model.set_state(article_id, read=read)
        if was != read:
            self._panes.adjust_unread(article.feed_id, -1 if read else 1)

        def undo() -> None:
            self._panes.article_model.set_state(article_id, read=was)
            if was != read:
                self._panes.adjust_unread(article.feed_id, 1 if read else -1)

        self._undo[(article_id, "read")] = undo

    def set_starred(self, article: Article, starred: bool) -> None:
        """Star or unstar one article: list and starred count at once, the store in the
        background (put back if that fails)."""
        was = article.starred
        article_id = article.id
        self._write_state(
            article_id,
            "starred",
            starred,
            self._actions.label("star"),
            lambda store: store.set_starred(article_id, starred),
        )
        self._panes.article_model.set_state(article_id, starred=starred)
        self._panes.feed_model.adjust_starred(1 if starred else -1)

        def undo() -> None:
            self._panes.article_model.set_state(article_id, starred=was)
            self._panes.feed_model.adjust_starred(-1 if starred else 1)

        self._undo[(article_id, "starred")] = undo

    def mark_all_read(self) -> None:
        """Mark everything in the list read (the feed, the folder, or all): the list at once,
        the store in the background (the list and counts are read again if that fails)."""
        model_filter = self._panes.article_model.filter
        label = self._actions.label("mark_all_read")
        if (
            model_filter.query
            or model_filter.starred
            or model_filter.tag_id is not None
            or model_filter.audio
        ):
            listed = self._panes.article_model.ids_job()  # read in the writer thread

            def change(store: Store) -> object:
                return store.set_read(listed(store), True)

        else:
            # Articles that arrive before the write lands stay unread.
            seen = datetime.now(UTC)
            feed_id, folder_id = model_filter.feed_id, model_filter.folder_id

            def change(store: Store) -> object:
                return store.mark_all_read(feed_id=feed_id, folder_id=folder_id, seen_before=seen)

        def failed(words: str) -> None:
            self._panes.reload_articles()
            self._writes_settled()
            self._write_failed(label, words)

        self._writes.submit(label, change, on_done=self._writes_settled, on_failed=failed)
        self._panes.article_model.set_all_read()

    def save_view(self, article_id: int, mode: str) -> None:
        """Remember the view ``mode`` an article was switched to (written in the background;
        the article shows in it already)."""
        label = self._actions.label("toggle_view")
        self._writes.submit(
            label,
            lambda store: store.set_article_view(article_id, mode),
            on_failed=lambda words: self._write_failed(label, words),
        )

    def _write_state(
        self, article_id: int, key: str, value: bool, label: str, change: Change
    ) -> None:
        """Queue a read/starred change; until it is written, :attr:`pending_state` and the
        list show ``value`` (the store still has the old one)."""
        slot = (article_id, key)
        self.pending_state.setdefault(article_id, {})[key] = value
        counts_read = self._panes.counts_reads

        def done() -> None:
            self._settle(slot, seq)
            # The counts were adjusted at once; read them again only when they were read
            # from the store meanwhile (without this change). Not after every j/k: with
            # 100,000 articles that read costs ~15 ms.
            if self._panes.counts_reads != counts_read:
                self._writes_settled()

        def failed(words: str) -> None:
            undo = self._undo.get(slot) if self._seqs.get(slot) == seq else None
            self._settle(slot, seq)
            if undo is not None:
                undo()
            self._write_failed(label, words)

        seq = self._writes.submit(label, change, on_done=done, on_failed=failed)
        self._seqs[slot] = seq

    def _settle(self, slot: tuple[int, str], seq: int) -> None:
        """The write of ``slot`` numbered ``seq`` is over: forget its overlay unless a newer
        change of the same slot is still on its way."""
        if self._seqs.get(slot) != seq:
            return
        del self._seqs[slot]
        self._undo.pop(slot, None)
        article_id, key = slot
        state = self.pending_state.get(article_id)
        if state is not None:
            state.pop(key, None)
            if not state:
                del self.pending_state[article_id]

    def _writes_settled(self) -> None:
        """A queued change reached the store: when none is left, show the store's counts."""
        if not self._panes.closed and not self._writes.pending():
            self._panes.reload_counts()

    def _write_failed(self, label: str, words: str) -> None:
        """A change could not be written (the list showed it already and put it back)."""
        self.status_message.emit(
            lambda: (
                translate("MainWindow", "Not saved: %1 (%2)")
                .replace("%1", label)
                .replace("%2", words)
            ),
            15000,
        )
