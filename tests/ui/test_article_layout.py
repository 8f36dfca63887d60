"""The article pane's layout in the real window (issue 11 bugs 1-2): the first window gives the
article 60-75 characters a line on a 1366x768 and a 1920x1080 screen, measured from the laid-out
body paragraph, with readable list titles; images are scaled to the text column and the pane
never needs a horizontal scroll bar, at the default size, at 28 px and at Wide line width."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QTextBlock
from pytestqt.qtbot import QtBot

from reader.core.parsed import ParsedEntry
from reader.paths import resolve
from reader.store.db import Store
from reader.ui.article_list import TITLE
from reader.ui.feed_tree import ALL
from reader.ui.main_window import MainWindow
from reader.ui.window_state import first_layout
from tests.ui.windowkit import TIMEOUT

SCREENS = {
    "1366x768": QRect(0, 0, 1366, 738),  # less a 30 px panel
    "1920x1080": QRect(0, 0, 1920, 1040),
}
WIDE_IMAGE = "https://pictures.example/wide.png"
PLAIN_IMAGE = "https://pictures.example/plain.png"
SENTENCE = (
    "The harbour council met on Tuesday evening to discuss the new ferry timetable, which "
    "residents say leaves too little time between the early boats and the first train. "
)
BODY = (
    f"<p>{SENTENCE * 6}</p>"
    f'<p><img src="{WIDE_IMAGE}" width="2400" height="1200" alt="Wide"></p>'
    f"<p>{SENTENCE * 2}</p>"
    f'<p><img src="{PLAIN_IMAGE}" alt="Plain"></p>'
    f'<blockquote><p>{SENTENCE}</p><p><img src="{WIDE_IMAGE}" alt="Quoted"></p></blockquote>'
    f'<ul><li><img src="{PLAIN_IMAGE}" alt="Listed"> {SENTENCE}</li></ul>'
)


def png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(array.data())


def _fill(profile: Path) -> None:
    paths = resolve(profile).ensure()
    store = Store(paths.database)
    try:
        feed = store.add_feed("https://harbour.example/feed.xml", "Harbour News")
        entry = ParsedEntry(
            entry_id="ferry",
            title="Ferry timetable",
            link="https://harbour.example/ferry",
            published=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
            content_html=BODY,
        )
        store.add_entries(feed.id, [entry], now=datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
    finally:
        store.close()


@contextmanager
def first_window(qtbot: QtBot, profile: Path, screen: QRect) -> Iterator[MainWindow]:
    """A first start's window on ``screen`` with the article open (feed text and images)."""
    _fill(profile)
    window = MainWindow(
        resolve(profile), start_worker=False, worker_options={"cpu_factory": lambda: None}
    )
    qtbot.addWidget(window)
    assert "geometry" not in window.settings.window  # a first start
    window.state.first_start(window.settings, screen)
    window.cache.put_image(WIDE_IMAGE, png(2400, 1200), "image/png")
    window.cache.put_image(PLAIN_IMAGE, png(1800, 900), "image/png")
    window.show()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 1, timeout=TIMEOUT)
    window.feed_tree.select(ALL)
    window.article_list.select_row(0)
    qtbot.waitUntil(lambda: window.article_view.current_article_id() is not None)
    try:
        yield window
    finally:
        window.close()


def _body_block(window: MainWindow) -> QTextBlock:
    block = window.article_view.document().begin()
    while block.isValid():
        if block.text().startswith(SENTENCE[:40]) and len(block.text()) > 500:
            return block
        block = block.next()
    raise AssertionError("the body paragraph is not in the page")


def chars_per_line(window: MainWindow) -> float:
    """The body paragraph's characters per full line (its last line left out), as laid out."""
    layout = _body_block(window).layout()
    lengths = [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
    assert len(lengths) >= 3
    return sum(lengths) / len(lengths)


def assert_no_horizontal_scroll(qtbot: QtBot, window: MainWindow) -> None:
    view = window.article_view
    doc = view.document()

    def fits() -> bool:
        return doc.size().width() <= view.viewport().width() + 0.5

    qtbot.waitUntil(fits, timeout=TIMEOUT)  # a resize lays the page out again, a little later
    assert view.horizontalScrollBar().maximum() == 0
    # every image is scaled to the text column, its ratio kept
    column = doc.textWidth() - 2 * doc.rootFrame().frameFormat().leftMargin()
    block = doc.begin()
    images = 0
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                shown = view.loadResource(2, image.name())
                width = image.width() or shown.deviceIndependentSize().width()
                height = image.height() or shown.deviceIndependentSize().height()
                assert width <= column + 0.5
                assert abs(width / height - 2.0) < 0.02
                images += 1
            it += 1
        block = block.next()
    assert images == 4


@pytest.mark.parametrize("screen", SCREENS)
def test_first_window_reads_60_to_75_characters_a_line(
    qtbot: QtBot, profile: Path, screen: str
) -> None:
    with first_window(qtbot, profile, SCREENS[screen]) as window:
        per_line = chars_per_line(window)
        print(f"{screen}: {per_line:.1f} characters a line")
        assert 60 <= per_line <= 75
        # the article list's titles stay readable: room for 35 average characters or more
        table = window.article_list
        title_px = table.horizontalHeader().sectionSize(TITLE)
        assert title_px / QFontMetricsF(table.font()).averageCharWidth() >= 35
        assert window.feed_tree.width() >= 150
        assert_no_horizontal_scroll(qtbot, window)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize(
    "change",
    [{}, {"font_size": 28}, {"line_width": "wide"}, {"font_size": 28, "line_width": "wide"}],
)
def test_images_fit_the_column_and_nothing_scrolls_sideways(
    qtbot: QtBot, profile: Path, screen: str, change: dict[str, object]
) -> None:
    with first_window(qtbot, profile, SCREENS[screen]) as window:
        window.apply_settings(window.settings.with_changes(**change))
        assert_no_horizontal_scroll(qtbot, window)
        # a narrower pane (the user drags the splitter): laid out again, still no overflow
        sizes = window.splitter.sizes()
        window.splitter.setSizes([sizes[0], sizes[1] + sizes[2] - 420, 420])
        assert_no_horizontal_scroll(qtbot, window)


def test_first_layout_is_a_function_of_the_screen() -> None:
    for screen in SCREENS.values():
        geometry, sizes = first_layout(screen, 640)
        assert screen.contains(geometry)
        assert sizes[2] >= 640 and sizes[1] >= 420 and sizes[0] >= 180
        assert sum(sizes) <= geometry.width()
    for small in (QRect(0, 0, 1024, 600), QRect(0, 0, 800, 600)):  # every pane stays usable
        geometry, sizes = first_layout(small, 640)
        assert small.contains(geometry) and sum(sizes) <= geometry.width()
        assert min(sizes) >= 180 and sizes[2] >= 360


def test_the_pane_knows_its_viewport_width_without_asking_for_the_viewport(
    qtbot: QtBot, profile: Path
) -> None:
    """ArticleView.viewport_px (which centres the text column) is the viewport's laid-out
    width, with the vertical bar shown (a long article in a short pane) and without it."""
    with first_window(qtbot, profile, SCREENS["1366x768"]) as window:
        view = window.article_view
        seen_bar = set()
        for page in ("article", "welcome"):
            if page == "welcome":
                view.show_welcome()  # short: no vertical bar in a tall pane
            for width, height in ((1366, 738), (900, 300), (1200, 700), (700, 500)):
                window.resize(width, height)
                qtbot.waitUntil(lambda: view.viewport_px() == view.viewport().width())
                seen_bar.add(view.verticalScrollBar().isVisible())
                margin = view.document().rootFrame().frameFormat().leftMargin()
                assert margin == max(28, (view.viewport().width() - view.text_px()) // 2)
        assert seen_bar == {True, False}
