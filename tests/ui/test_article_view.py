"""The article view: what it shows, and what it refuses to open or load (RELIABILITY H2-H4)."""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.render.body import image_key
from reader.settings import Settings
from reader.ui import article_view as av
from reader.ui.article_view import ArticleView
from tests.httpserver import FixtureServer

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
LEAD = "https://news.example/lead.png"


class FakeCache:
    """The one method the view uses: ``image(key)``."""

    def __init__(self) -> None:
        self.images: dict[str, bytes] = {}
        self.asked: list[str] = []

    def put(self, url: str, data: bytes) -> None:
        self.images[image_key(url)] = data

    def image(self, key: str) -> bytes | None:
        self.asked.append(key)
        return self.images.get(key)

    def has_image(self, url: str) -> bool:
        return image_key(url) in self.images


def png(width: int, height: int, colour: str = "#336699") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(array.data())


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size (decoding it would allocate gigabytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def article(**kw: Any) -> Article:
    base: dict[str, Any] = {
        "id": 3,
        "feed_id": 1,
        "entry_id": "e",
        "title": "Feed title",
        "link": "https://news.example/story",
        "author": "Feed Author",
        "published": NOW,
        "first_seen": NOW,
        "summary_html": "<p>Summary from the feed.</p>",
        "content_html": "",
        "feed_title": "Harbor City Chronicle",
    }
    base.update(kw)
    return Article(**base)


def simplified(**kw: Any) -> SimplifiedArticle:
    base: dict[str, Any] = {
        "title": "Reservoir to host a floating solar farm",
        "byline": "Maya Okafor",
        "published": NOW,
        "lead_image": LEAD,
        "lang": "en",
        "html": "<p>The council voted on Tuesday.</p><p>Second paragraph.</p>",
        "text": "The council voted on Tuesday.\n\nSecond paragraph.",
    }
    base.update(kw)
    return SimplifiedArticle(**base)


@pytest.fixture
def cache() -> FakeCache:
    c = FakeCache()
    c.put(LEAD, png(1600, 900))
    return c


@pytest.fixture
def view(qtbot: Any, cache: FakeCache) -> ArticleView:
    v = ArticleView(cache)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    return v


def decoded(view: ArticleView, qtbot: Any, url: str) -> QImage:
    """What the view shows for a cached image once its decoder (a worker thread) answered."""
    address = QUrl("cache:" + image_key(url))
    view.loadResource(2, address)
    qtbot.waitUntil(lambda: view.pictures.pending() == 0)
    result = view.loadResource(2, address)
    assert isinstance(result, QImage)
    return result


def layout(view: ArticleView) -> None:
    """Make Qt lay the document out (which is when it asks for images)."""
    view.document().size()
    view.grab()


def test_shows_title_byline_source_and_body(view: ArticleView, cache: FakeCache) -> None:
    view.show_article(article(), simplified())
    layout(view)
    text = view.toPlainText()
    for part in ("Reservoir to host", "Maya Okafor", "HARBOR CITY CHRONICLE", "council voted"):
        assert part.lower() in text.lower()
    assert view.current_article_id() == 3
    assert image_key(LEAD) in cache.asked
    assert all(address.startswith("cache:") for address, _ in view.resource_log)
    assert (f"cache:{image_key(LEAD)}", True) in view.resource_log


def test_feed_text_until_simplified(view: ArticleView) -> None:
    view.show_article(article(), None)
    assert "Summary from the feed." in view.toPlainText()
    assert "being prepared" in view.toPlainText()
    view.show_article(article(), simplified())
    assert "being prepared" not in view.toPlainText()


def test_hostile_images_are_never_read_or_fetched(
    view: ArticleView, cache: FakeCache, server: FixtureServer
) -> None:
    server.add("/x.png", png(10, 10), content_type="image/png")
    remote = server.url("/x.png")
    hostile = (
        f'<p>a<img src="/dev/zero"><img src="file:///etc/passwd"><img src="etc/passwd">'
        f'<img src="{remote}"><img src="//127.0.0.1:{server.port}/x.png"></p>'
    )
    # through our renderer: only cache keys are asked for
    for url in ("https://news.example/dev/zero", server.url("/dev/zero"), remote):
        cache.put(url, b"not an image")  # pretend cached: the page then asks for them
    view.show_article(article(link=server.url("/story")), simplified(html=hostile))
    layout(view)
    assert view.resource_log
    assert all(address.startswith("cache:") for address, _ in view.resource_log)
    # straight into the widget: asked, but nothing is read or fetched
    view.resource_log.clear()
    view.setHtml(hostile)
    layout(view)
    asked = [address for address, _ in view.resource_log]
    assert any("/dev/zero" in a for a in asked) and any("passwd" in a for a in asked)
    assert not any(served for _, served in view.resource_log)
    assert server.requests == []
    assert "root:" not in view.toPlainText()


def test_huge_images_are_refused_before_decoding(view: ArticleView, cache: FakeCache) -> None:
    bomb = "https://news.example/bomb.png"
    cache.put(bomb, png_header_only(50_000, 50_000))
    result = view.loadResource(2, QUrl("cache:" + image_key(bomb)))
    assert isinstance(result, QImage) and result.width() < 100  # the placeholder
    assert view.resource_log[-1][1] is False


def test_big_images_are_scaled_to_the_column(view: ArticleView, qtbot: Any) -> None:
    result = decoded(view, qtbot, LEAD)
    assert view.pictures.images[image_key(LEAD)].state == "decoded"
    logical = result.width() / result.devicePixelRatio()
    assert logical <= view.column_px() + 1
    assert abs(result.width() / result.height() - 16 / 9) < 0.02


def test_non_image_resources_are_refused(view: ArticleView) -> None:
    assert view.loadResource(3, QUrl("file:///etc/passwd")) is None  # StyleSheetResource
    missing = view.loadResource(2, QUrl("cache:" + "0" * 64))
    assert isinstance(missing, QImage) and not missing.isNull()


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,hi",
        "ms-msdt:/id",
        "search-ms:query=x",
        "smb://host/share",
        "feed:https://x.example/",
        "broadsheet:format-disk",
    ],
)
def test_other_links_are_refused(
    view: ArticleView, qtbot: Any, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(av.QDesktopServices, "openUrl", lambda u: opened.append(u.toString()))
    view.show_article(article(), simplified())
    with qtbot.waitSignal(view.link_refused) as blocker:
        view.anchorClicked.emit(QUrl(url))
    assert "not opened" in blocker.args[0]
    assert opened == []
    assert "Reservoir" in view.toPlainText()  # still showing the article


@pytest.mark.parametrize("url", ["https://x.example/", "http://x.example/a", "mailto:a@x.example"])
def test_web_links_go_to_the_system_browser(
    view: ArticleView, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(av.QDesktopServices, "openUrl", lambda u: opened.append(u.toString()))
    view.anchorClicked.emit(QUrl(url))
    assert opened == [url]


def test_open_original_and_copy_link(
    view: ArticleView, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(av.QDesktopServices, "openUrl", lambda u: opened.append(u.toString()))
    view.show_article(article(), simplified())
    view.anchorClicked.emit(QUrl("broadsheet:open"))
    assert opened == ["https://news.example/story"]
    with qtbot.waitSignal(view.link_copied):
        view.anchorClicked.emit(QUrl("broadsheet:copy"))
    assert QGuiApplication.clipboard().text() == "https://news.example/story"


@pytest.mark.parametrize("action", ["add", "import", "suggested"])
def test_welcome_links(view: ArticleView, qtbot: Any, action: str) -> None:
    view.show_welcome()
    assert view.current_article_id() is None
    assert f"broadsheet:{action}" in view.toHtml()
    with qtbot.waitSignal(view.welcome_action) as blocker:
        view.anchorClicked.emit(QUrl(f"broadsheet:{action}"))
    assert blocker.args == [action]


def test_message_is_plain(view: ArticleView) -> None:
    view.show_message('<img src="/dev/zero"> <b>x</b>')
    assert '<img src="/dev/zero"> <b>x</b>' in view.toPlainText()
    assert view.resource_log == []


def test_apply_settings(view: ArticleView) -> None:
    view.show_article(article(), simplified())
    view.apply_settings(Settings(reading_mode="light", font_size=14, line_width="wide"))
    small = view.document().defaultFont().pixelSize()
    wide_margin = view.document().rootFrame().frameFormat().leftMargin()
    view.apply_settings(Settings(reading_mode="light", font_size=14, line_width="narrow"))
    assert view.document().rootFrame().frameFormat().leftMargin() > wide_margin
    view.apply_settings(Settings(reading_mode="dark", font_size=24, line_width="narrow"))
    assert view.document().defaultFont().pixelSize() == 24 > small
    assert view.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert "#18191b" in view.toHtml().lower() or "Reservoir" in view.toPlainText()
    view.apply_settings(Settings(font_family="sans"))
    assert view.document().defaultFont().family()


def test_column_recomputed_on_resize(view: ArticleView, qtbot: Any) -> None:
    view.show_article(article(), simplified())
    view.resize(1400, 800)
    qtbot.waitUntil(lambda: view.viewport().width() > 1300)
    big = view.document().rootFrame().frameFormat().leftMargin()
    view.resize(700, 800)
    qtbot.waitUntil(lambda: view.viewport().width() < 720)
    small = view.document().rootFrame().frameFormat().leftMargin()
    assert big > small >= av.SIDE_PADDING
    text_width = view.viewport().width() - 2 * small
    assert text_width <= view.column_px() + 2


def test_rtl_article_reads_right_to_left(view: ArticleView) -> None:
    rtl = simplified(lang="ar", direction="rtl", title="عنوان", html="<p>نص عربي طويل</p>")
    view.show_article(article(), rtl)
    option = view.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    block = view.document().begin()
    directions = set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.textDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}


def test_structure_bomb_renders(view: ArticleView) -> None:
    bomb = "<blockquote>" * 10_000 + "deep inside" + "</blockquote>" * 10_000
    view.show_article(article(), simplified(html=bomb + "<p>after the bomb</p>"))
    layout(view)
    assert "Reservoir" in view.toPlainText()


def test_scroll_page(view: ArticleView) -> None:
    long_html = "".join(f"<p>Paragraph {i} of a long article.</p>" for i in range(200))
    view.show_article(article(), simplified(html=long_html, lead_image=""))
    QApplication.processEvents()
    steps = 0
    while view.scroll_page():
        steps += 1
        assert steps < 1000
    assert steps > 1
    assert view.scroll_page() is False


def test_ctrl_wheel_asks_for_a_font_step(view: ArticleView, qtbot: Any) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    view.show_article(article(), simplified())
    size = view.document().defaultFont().pixelSize()
    event = QWheelEvent(
        QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    with qtbot.waitSignal(view.font_step_requested) as blocker:
        view.wheelEvent(event)
    assert blocker.args == [1]
    assert view.document().defaultFont().pixelSize() == size  # no unsaved zoom


def test_uncached_images_are_left_out(view: ArticleView, cache: FakeCache) -> None:
    html = '<p>Text <img src="https://news.example/later.png"></p>'
    view.show_article(article(), simplified(lead_image="https://news.example/nope.jpg", html=html))
    layout(view)
    assert view.resource_log == []
    assert "Text" in view.toPlainText()


@pytest.mark.parametrize("family", ["serif", "sans"])
def test_medium_line_is_65_to_75_characters(view: ArticleView, family: str) -> None:
    from PySide6.QtGui import QFontMetricsF

    text = (
        "The city council voted on Tuesday to build a floating solar farm on the Riverside "
        "Reservoir, the first of its kind in the region. About 12,000 panels will cover a fifth "
        "of the water's surface and supply power to the water treatment plant next door. "
    ) * 3
    view.apply_settings(Settings(font_family=family, font_size=18, line_width="medium"))
    metrics = QFontMetricsF(view.document().defaultFont())
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) > view.column_px():
            lines.append(current)
            current = word
        else:
            current = candidate
    average = sum(len(line) for line in lines) / len(lines)
    assert 62 <= average <= 75


def test_tall_images_are_capped_in_height(view: ArticleView, cache: FakeCache, qtbot: Any) -> None:
    tall = "https://news.example/tall.png"
    cache.put(tall, png(300, 3000))
    result = decoded(view, qtbot, tall)
    assert view.pictures.images[image_key(tall)].state == "decoded"
    ratio = result.devicePixelRatio()
    assert result.height() / ratio <= view.column_px() * 1.1 + 1
    assert abs(result.width() / result.height() - 0.1) < 0.01


def test_system_mode_follows_the_desktop(
    view: ArticleView, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    from reader.ui import themes

    dark = [False]
    monkeypatch.setattr(themes, "system_is_dark", lambda: dark[0])
    view.apply_settings(Settings(reading_mode="system"))
    view.show_article(article(), simplified())
    assert view.palette().color(QPalette.ColorRole.Base).lightness() > 200
    themes.apply_theme(qapp, "system")
    dark[0] = True
    themes._on_color_scheme_changed(Qt.ColorScheme.Dark)
    assert view.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert "Reservoir" in view.toPlainText()
    themes.apply_theme(qapp, "light")


def test_images_are_dimmed_on_the_dark_page(
    view: ArticleView, cache: FakeCache, qtbot: Any
) -> None:
    white = "https://news.example/white.png"
    cache.put(white, png(100, 50, "#ffffff"))
    view.apply_settings(Settings(reading_mode="light"))
    light = decoded(view, qtbot, white)
    view.apply_settings(Settings(reading_mode="dark"))
    dark = decoded(view, qtbot, white)
    assert light.pixelColor(10, 10).lightness() == 255
    assert 180 < dark.pixelColor(10, 10).lightness() < 255
