"""Reading: open the selected article, mark it read, move with j/k/n/p/space, star, open, copy.

An article opened before it was simplified shows the feed's own text at once; the worker is asked
to simplify it first (it jumps the queue) and the pane is updated when ``article_ready`` arrives.

Each feed opens its articles in the view its settings choose (reader view, feed text, or the
original page in the browser); ``v`` switches the open article between reader view and feed
text at once, from what is stored and cached, and the article keeps that view.

Marking read and starring show at once and are written in the background by
:class:`~reader.ui.article_marks.ArticleMarks`; the navigation decides when and says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.errors import NotFoundError, ReaderError
from reader.settings import Settings
from reader.ui.article_marks import ArticleMarks
from reader.ui.i18n import Text, translate
from reader.ui.smart_views import Views

if TYPE_CHECKING:
    from reader.store.cache import ArticleCache
    from reader.ui.article_view import ArticleView
    from reader.ui.panes import Panes
    from reader.ui.user_writes import UserWrites
    from reader.ui.window_actions import WindowActions
    from reader.ui.worker_host import WorkerHost

log = logging.getLogger(__name__)


class Navigation(QObject):
    """The reading actions: what the list selects is shown in the article view and marked read;
    changes of read/starred show at once and are written by :attr:`marks`."""

    status_message = Signal(object, int)
    """Words for the status bar (:data:`~reader.ui.i18n.Text`: a function that makes them in the
    current language, or plain words) and how long they stay (ms, 0: until replaced)."""

    def __init__(
        self,
        panes: Panes,
        article_view: Callable[[], ArticleView],
        cache: Callable[[], ArticleCache],
        host: WorkerHost,
        writes: UserWrites,
        actions: WindowActions,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panes = panes
        self._view = article_view
        self._cache = cache
        self._host = host
        self._actions = actions
        self._mark_read_delay_s = settings.mark_read_delay_s
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.timeout.connect(self._on_mark_timer)
        self._pending_read: int | None = None
        self._restoring = False
        self.marks = ArticleMarks(panes, writes, actions, self)
        """Read, starred and view changes: shown at once, written in the background."""
        self.marks.status_message.connect(self.status_message)
        self.pending_state = self.marks.pending_state
        """Read/starred changes queued but not yet in the store: {article id: {key: value}}
        (the list pins them)."""
        self._modes: dict[int, str] = {}
        """Articles switched with ``v`` (written to the store in the background)."""
        # Sort, unread only, smart views, tree keys and undo (issue 11); made here, before the
        # window connects its actions, so "Mark all read" can be undone.
        self.views = Views(panes, writes, actions, self)
        self.views.status_message.connect(self.status_message)
        self._article_language: str | None = None
        self._edition_asked: tuple[int, str] | None = None
        panes.list_reloaded.connect(self.list_reloaded)
        panes.list_replaced.connect(self.list_replaced)
        self.settings_changed(settings)

    # -- opening -------------------------------------------------------------------------
    def open_article(self, article_id: int | None) -> None:
        """Show the article selected in the list (and mark it read per the setting)."""
        if self._restoring or self._panes.closed:
            return
        self._mark_timer.stop()
        self._pending_read = None
        if article_id is None:
            return
        article = self._fresh(article_id)
        if article is None:
            self._view().show_message(self.tr("This article is no longer there."))
            return
        simplified = self._cached(article_id)
        mode = self._modes.get(article_id) or self._view_of(article)
        self._show(article, simplified, mode)
        if mode == "original":
            self.open_url(article.link)
        if article.read:
            return
        delay = self._mark_read_delay_s
        if delay == 0:
            self.marks.set_read(article, True)
        elif delay > 0:
            self._pending_read = article_id
            self._mark_timer.start(delay * 1000)

    def _fresh(self, article_id: int) -> Article | None:
        if self._panes.closed:
            return None
        try:
            article = self._panes.store.article(article_id)
        except NotFoundError:
            return None
        except ReaderError:
            log.exception("reading article %d failed", article_id)
            return None
        pending = self.pending_state.get(article_id)
        return replace(article, **cast(dict[str, Any], pending)) if pending else article

    def _cached(self, article_id: int) -> SimplifiedArticle | None:
        try:
            return self._cache().get_article(article_id)
        except Exception:
            log.exception("reading the cached article %d failed", article_id)
            return None

    def on_article_ready(self, article_id: int) -> None:
        """The worker simplified an article: show it if it is the one being read."""
        if self._view().current_article_id() != article_id:
            return
        article = self._fresh(article_id)
        if article is None:
            return
        simplified = self._cached(article_id)
        self._show(article, simplified, self._view().shown_mode)
        asked, self._edition_asked = self._edition_asked, None
        if asked is None or asked[0] != article_id:
            return
        from reader.core.simplify.alternates import same_language  # start-up time

        if simplified is None or not same_language(simplified.lang, asked[1]):
            self._say(lambda: self.tr("That edition of the article could not be fetched."))

    def _show(self, article: Article, simplified: SimplifiedArticle | None, mode: str) -> None:
        """Show ``article`` in ``mode``; in reader view, ask for the reader view when it was
        never made (it jumps the worker's queue)."""
        view = self._view()
        view.show_article(article, simplified, mode=mode)
        self._actions["toggle_view"].setChecked(view.shown_mode == "reader")
        if mode == "reader" and simplified is None and article.simplified is None:
            self._host.open_article(article.id)

    def _view_of(self, article: Article) -> str:
        """How an article opens: as the reader switched it, else as its feed's settings say
        (the reader view when neither can be read)."""
        try:
            store = self._panes.store
            return store.article_view(article.id) or store.feed_settings(article.feed_id).view
        except ReaderError:
            log.warning("reading the view of article %d failed", article.id, exc_info=True)
            return "reader"

    def toggle_view(self) -> None:
        """v or the toolbar: the open article in reader view or in the feed's text, at once."""
        article = self.current()
        if article is None:
            self._actions["toggle_view"].setChecked(True)
            return
        mode = "feed" if self._view().shown_mode == "reader" else "reader"
        self._modes[article.id] = mode
        self.marks.save_view(article.id, mode)
        self._show(article, self._cached(article.id), mode)
        self._say(self.tr("Reader view.") if mode == "reader" else self.tr("Feed text."))

    def feed_view_changed(self, feed_id: int) -> None:
        """A feed's view was chosen in its properties: its open article follows at once
        (unless the reader switched that article with ``v``: that choice stays)."""
        article = self.current()
        if article is None or article.feed_id != feed_id:
            return
        mode = self._view_of(article)
        # Choosing "original" opens nothing by itself: the next article opened goes there.
        self._show(article, self._cached(article.id), "feed" if mode == "original" else mode)

    def _on_mark_timer(self) -> None:
        article_id = self._pending_read
        self._pending_read = None
        if article_id is not None and self._view().current_article_id() == article_id:
            article = self._fresh(article_id)
            if article is not None and not article.read:
                self.marks.set_read(article, True)

    def settings_changed(self, settings: Settings) -> None:
        """A new mark-read delay applies to the next article opened; a new article language
        to the next article simplified."""
        self._mark_read_delay_s = settings.mark_read_delay_s
        wanted = settings.wanted_article_language()
        if wanted != self._article_language:
            self._article_language = wanted
            self._host.request_article_language.emit(wanted)

    def switch_edition(self, tag: str) -> None:
        """Show another language edition of the open article: from the cache at once, else
        fetched by the worker (the pane changes when ``article_ready`` arrives)."""
        # Imported here for start-up time: editions brings the simplifier's modules.
        from reader.usecases.editions import switch_cached

        article = self._view().current_article()
        if article is None:
            return
        try:
            switched = switch_cached(self._cache(), article.id, tag)
        except Exception:  # the cache must never break reading
            log.exception("switching article %d to %s failed", article.id, tag)
            switched = None
        if switched is not None:
            self._view().show_article(article, switched)
            return
        self._edition_asked = (article.id, tag)
        self._host.request_edition.emit(article.id, tag)

    def flush(self) -> None:
        """Forget a pending delayed mark-read (the window closes)."""
        self._mark_timer.stop()
        self._pending_read = None

    def list_reloaded(self, keep: int | None) -> None:
        """The list was reloaded: select ``keep`` again without reopening it."""
        if keep is None:
            return
        row = self._panes.article_model.row_of(keep)
        if row is None:
            return
        self._restoring = True
        try:
            self._panes.article_list.select_row(row)
        finally:
            self._restoring = False

    def list_replaced(self) -> None:
        """Another list is shown: the open article stays (selected) when it is in it; else the
        pane is emptied, so it never shows an article (or the welcome page) of another list."""
        shown = self._view().current_article_id()
        if shown is not None and self._panes.article_model.row_of(shown) is not None:
            self.list_reloaded(shown)
            return
        if self._panes.has_subscriptions():
            self._mark_timer.stop()
            self._pending_read = None
            self._view().show_message("")

    # -- state -------------------------------------------------------------------------------
    def current(self) -> Article | None:
        """The article in the pane (with its latest state)."""
        article_id = self._view().current_article_id()
        return self._fresh(article_id) if article_id is not None else None

    def toggle_read(self) -> None:
        """m: mark the current article read/unread."""
        article = self.current()
        if article is None:
            return
        self.flush()
        self.marks.set_read(article, not article.read)
        read = article.read
        self._say(lambda: self.tr("Marked read.") if not read else self.tr("Marked unread."))

    def toggle_star(self) -> None:
        """s: star or unstar the current article."""
        article = self.current()
        if article is None:
            return
        starred = not article.starred
        self.marks.set_starred(article, starred)
        self._say(lambda: self.tr("Starred.") if starred else self.tr("Star removed."))

    def mark_all_read(self) -> None:
        """Mark everything in the list read (the feed, the folder, or all)."""
        self.marks.mark_all_read()
        self._say(lambda: self.tr("All marked read."))

    # -- moving ------------------------------------------------------------------------------
    def step(self, direction: int, *, unread: bool = False) -> None:
        """j/k (any article) or n/p (unread only) from the current row."""
        model = self._panes.article_model
        row = self._panes.article_list.current_row()
        if row < 0:
            row = -1 if direction > 0 else model.rowCount()
        target = model.next_row(row, direction, unread=unread)
        if target is None:
            if unread:
                self._say(lambda: self.tr("No more unread articles here."))
            return
        self._panes.article_list.select_row(target)

    def space(self) -> None:
        """Space: scroll the article a page; at its end go to the next unread."""
        view = self._view()
        if view.current_article_id() is not None and view.scroll_page():
            return
        self.step(1, unread=True)

    def open_in_browser(self) -> None:
        """o / Enter: the original article in the system browser."""
        article = self.current()
        if article is not None:
            self.open_url(article.link)

    def copy_link(self) -> None:
        """Copy the current article's address."""
        article = self.current()
        if article is not None and article.link:
            QGuiApplication.clipboard().setText(article.link)
            self._say(lambda: self.tr("Link copied."))

    def show_list_menu(self, pos: QPoint) -> None:
        """The article list's context menu."""
        names = ["open_browser", "copy_link", None, "star", "toggle_read", None, "mark_all_read"]
        article_list = self._panes.article_list
        menu = self._actions.menu(names, article_list)
        menu.exec(article_list.viewport().mapToGlobal(pos))

    def open_url(self, url: str) -> bool:
        """Open an http(s) address in the system browser."""
        from reader.core.render.sanitize import is_web_url

        if not is_web_url(url):
            self._say(lambda: translate("MainWindow", "This article has no web address."))
            return False
        if QDesktopServices.openUrl(QUrl(url)):
            return True
        self._say(self.tr("No web browser could be opened for this address."), 10000)
        return False

    def _say(self, text: Text, timeout_ms: int = 6000) -> None:
        """Words for the status bar: a function that makes them again after a language switch."""
        self.status_message.emit(text, timeout_ms)
