"""Refresh status with the real panes, worker host and actions, without a MainWindow: it asks
the worker, shows progress in its own bar and says what happened through its signal."""

from __future__ import annotations

import re
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.refresh_results import FeedResult, RefreshSummary
from reader.ui import i18n
from reader.ui.feed_tree import Selection
from reader.ui.i18n import words
from reader.ui.refresh_status import RefreshStatus
from tests.ui.helperkit import TIMEOUT, Parts


def _status(qtbot: QtBot, parts: Parts) -> RefreshStatus:
    status = RefreshStatus(parts.panes, parts.host, parts.actions)
    qtbot.addWidget(status.progress)
    qtbot.addWidget(status.cancel_button)
    return status


def test_nothing_to_refresh_is_said(qtbot: QtBot, parts: Parts) -> None:
    status = _status(qtbot, parts)  # the tree is not filled: no subscriptions shown
    with qtbot.waitSignal(status.status_message, timeout=TIMEOUT) as said:
        status.refresh_all()
    assert words(said.args[0]) == "There are no subscriptions to refresh yet."
    assert not status.running


def test_a_refresh_shows_its_progress_and_its_summary(
    qtbot: QtBot, parts: Parts, qapp: QApplication
) -> None:
    i18n.install_language(qapp, "en")  # with its plural forms: "1 failed (see the marked feed)"
    status = _status(qtbot, parts)
    parts.panes.reload_tree()
    with (
        qtbot.waitSignal(parts.host.request_refresh, timeout=TIMEOUT) as asked,
        qtbot.waitSignal(status.status_message, timeout=TIMEOUT) as said,
    ):
        status.refresh_all()
    assert asked.args == [None]
    assert [words(said.args[0]), said.args[1]] == ["Refreshing…", 0]
    assert status.running and not status.progress.isHidden()
    assert not parts.actions["refresh"].isEnabled()
    with qtbot.waitSignal(status.status_message, timeout=TIMEOUT) as again:
        status.refresh_all()
    assert words(again.args[0]) == "A refresh is already running."
    status.on_refresh_started(2)
    failed = FeedResult(parts.news.id, "https://news.example/feed.xml", "News", error="gone")
    status.on_feed_refreshed(failed, 1, 2)
    assert (status.progress.value(), status.progress.maximum()) == (1, 2)
    marked = parts.panes.feed_model.feed(parts.news.id)
    assert marked is not None and marked.last_error == "gone"
    ok = FeedResult(parts.blog.id, "https://blog.example/feed.xml", "Blog", new_articles=3)
    with qtbot.waitSignal(status.status_message, timeout=TIMEOUT) as summary:
        status.on_refresh_finished(RefreshSummary(results=(failed, ok)))
    assert words(summary.args[0]) == (
        "Refresh done: 3 new articles. 1 feed updated, 1 feed failed (see the marked feeds)."
    )
    assert not status.running and status.progress.isHidden()
    assert parts.actions["refresh"].isEnabled()


def test_refreshing_a_folder_asks_for_its_feeds(qtbot: QtBot, parts: Parts) -> None:
    status = _status(qtbot, parts)
    parts.panes.reload_tree()
    assert parts.panes.feed_tree.select(Selection("folder", parts.folder.id))
    with qtbot.waitSignal(parts.host.request_refresh, timeout=TIMEOUT) as asked:
        status.refresh_selected()
    assert asked.args == [[parts.blog.id]]


def test_a_failed_refresh_is_said(qtbot: QtBot, parts: Parts) -> None:
    status = _status(qtbot, parts)
    with qtbot.waitSignal(status.status_message, timeout=TIMEOUT) as said:
        status.on_worker_failed("refresh", "no network")
    assert words(said.args[0]) == "Refresh failed: no network"


def _result(feed_id: int, *, new: int = 0, error: str | None = None) -> FeedResult:
    return FeedResult(feed_id, f"https://f{feed_id}.example/feed.xml", f"F{feed_id}", new, error)


def test_the_summary_counts_updated_unchanged_and_failed_apart(qtbot: QtBot, parts: Parts) -> None:
    status = _status(qtbot, parts)
    all_failed = RefreshSummary(results=tuple(_result(i, error="gone") for i in range(9)))
    assert status.describe(all_failed) == (
        "Refresh done: 0 new articles. 9 feeds failed (see the marked feeds)."
    )
    one = RefreshSummary(results=(_result(1, new=1),))
    assert status.describe(one) == "Refresh done: 1 new article. 1 feed updated."
    mixed = RefreshSummary(
        results=(_result(1, new=4), _result(2, new=1), _result(3), _result(4, error="timed out"))
    )
    assert status.describe(mixed) == (
        "Refresh done: 5 new articles. 2 feeds updated, 1 feed unchanged, "
        "1 feed failed (see the marked feeds)."
    )
    cancelled = RefreshSummary(results=(_result(1, new=1),), cancelled=True)
    assert status.describe(cancelled) == "Refresh cancelled: 1 new article kept."
    for summary in (all_failed, one, mixed, cancelled):
        assert not re.search(r"\b1 (feeds|articles)\b", status.describe(summary))


def test_the_summary_uses_the_languages_plural_forms(
    qtbot: QtBot, parts: Parts, qapp: QApplication
) -> None:
    status = _status(qtbot, parts)
    two = RefreshSummary(results=(_result(1, new=1), _result(2, new=1)))
    i18n.install_language(qapp, "ar")
    try:
        assert "موجزان" in status.describe(two)  # Arabic has a dual
    finally:
        i18n.install_language(qapp, "en")
    assert status.describe(two) == "Refresh done: 2 new articles. 2 feeds updated."


def test_a_summary_queued_when_the_window_closed_reads_nothing(qtbot: QtBot, parts: Parts) -> None:
    status = _status(qtbot, parts)
    parts.panes.reload_tree()
    status.refresh_all()
    parts.panes.closed = True  # the window closed; its store goes away
    parts.panes.store.close()
    late = RefreshSummary(results=(FeedResult(parts.news.id, "https://news.example/f", "News"),))
    with qtbot.assertNotEmitted(status.status_message):
        status.on_refresh_finished(late)
    assert status.last_summary is None


def test_a_refresh_of_many_feeds_redraws_the_bar_a_few_times_and_ends_on_the_total(
    qtbot: QtBot, parts: Parts
) -> None:
    status = _status(qtbot, parts)
    parts.panes.reload_tree()
    status.refresh_all()
    status.on_refresh_started(300)
    shown: list[int] = []
    status.progress.valueChanged.connect(shown.append)
    for done in range(1, 301):  # faster than the bar's tick: each would repaint at once
        status.on_feed_refreshed(
            FeedResult(parts.news.id, "https://news.example/f", "N"), done, 300
        )
    assert status.progress.value() == 300  # the last one of the phase at once
    assert 2 <= len(shown) < 30
    status.on_pages_progress(0, 8)  # a new phase shows its first count at once
    assert (status.progress.value(), status.progress.maximum()) == (0, 8)


def test_a_status_left_in_mid_refresh_dies_with_its_last_reference(
    qtbot: QtBot, parts: Parts
) -> None:
    """Its bar's timer running, as a refresh leaves it: once nothing holds the status, nothing
    of it may fire later (kept alive by its own timer, it once redrew a deleted bar in the
    next test, tests/ui/test_main_window.py's first)."""
    status = _status(qtbot, parts)
    parts.panes.reload_tree()
    status.refresh_all()
    status.on_refresh_started(300)
    for done in (1, 2):  # the second waits for the bar's timer
        status.on_feed_refreshed(
            FeedResult(parts.news.id, "https://news.example/f", "N"), done, 300
        )
    gone = weakref.ref(status)
    del status
    assert gone() is None  # freed at once, here in the GUI thread, never by a later collection
