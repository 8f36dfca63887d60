"""No picture can break the window (issue 9 items 1-2).

Hostile images (an SVG ``<use>`` bomb labelled ``image/png``, a 30000 x 30000 PNG header, a
truncated PNG, a GIF of 5000 frames, garbage) are refused at the decode door or decode to
nothing but a placeholder; big pictures decode off the GUI thread to the size they are shown,
and one article decodes a bounded number of pixels. The window starts, lists and shows
articles on a profile whose cache is full of such images, and a bad feed icon stays a letter
tile. No assertion here is about time: states and sizes only.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from reader.cli import main as cli
from reader.core.images import ARTICLE_PIXEL_BUDGET, fit_within
from reader.core.models import Article
from reader.core.render.body import MAX_IMAGE_HEIGHT_RATIO, image_key
from reader.paths import resolve
from reader.ui import icons
from reader.ui.article_view import ArticleView
from reader.ui.feed_tree import Selection
from reader.ui.reading_resources import ImagePlan, decode_image, plan_image, read_planned
from tests.feedkit import RSS_TYPE, Item, rss
from tests.httpserver import FixtureServer
from tests.imagekit import (
    GARBAGE,
    SVG_USE_BOMB,
    big_png,
    gif_many_frames,
    png_header,
    truncated_png,
)
from tests.ui.windowkit import TIMEOUT, open_window

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
HOSTILE = {
    "svg-as-png": SVG_USE_BOMB,
    "header-30000": png_header(30_000, 30_000),
    "truncated": truncated_png(),
    "gif-5000-frames": gif_many_frames(5000),
    "garbage": GARBAGE,
}
REFUSED_UP_FRONT = ("svg-as-png", "header-30000", "garbage")
_IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture(scope="module")
def huge_png() -> bytes:
    """One 8000 x 8000 PNG (about 200 kB here, 256 MB decoded), made once."""
    return big_png(8000, 8000)


class DictCache:
    """The two methods the view asks a cache: ``image(key)`` and ``has_image(url)``."""

    def __init__(self, images: dict[str, bytes]) -> None:
        self.by_key = {image_key(url): data for url, data in images.items()}

    def image(self, key: str) -> bytes | None:
        return self.by_key.get(key)

    def has_image(self, url: str) -> bool:
        return image_key(url) in self.by_key


def _article(html: str) -> Article:
    return Article(
        id=7, feed_id=1, entry_id="e", title="Pictures", link="https://news.example/story",
        author="", published=NOW, first_seen=NOW, summary_html=html, content_html="",
        feed_title="Picture Desk",
    )  # fmt: skip


def _view(qtbot: Any, images: dict[str, bytes]) -> ArticleView:
    view = ArticleView(DictCache(images))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    html = "".join(f'<p>Picture {i}</p><p><img src="{url}"></p>' for i, url in enumerate(images))
    view.show_article(_article(html), None)
    view.document().size()  # lay out: this is when Qt asks for the images
    view.grab()
    return view


def _shown(view: ArticleView, url: str) -> QImage:
    resource = view.document().resource(_IMAGE, QUrl("cache:" + image_key(url)))
    assert isinstance(resource, QImage)
    return resource


# --- the decode door ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_bytes_never_decode_to_more_than_a_small_picture(qapp: Any, name: str) -> None:
    data = HOSTILE[name]
    plan = plan_image(data, 700, 770)
    if name in REFUSED_UP_FRONT:
        assert plan is None
    image = decode_image(data, 700, 770)
    assert image is None or image.width() * image.height() <= 64 * 64
    assert icons.icon_image(data) is None or name == "gif-5000-frames"


def test_svg_bytes_never_reach_the_svg_decoder_even_with_a_forged_plan(qapp: Any) -> None:
    """The decode door does not trust the plan: only the named format's reader runs."""
    from reader.core.images import ImageHeader

    forged = ImagePlan(ImageHeader("png", 32, 32), 32, 32)
    assert read_planned(SVG_USE_BOMB, forged) is None
    assert icons.image_icon(SVG_USE_BOMB) is None


def test_the_first_frame_of_a_many_frame_gif_is_all_that_is_decoded(qapp: Any) -> None:
    image = decode_image(gif_many_frames(5000), 700, 770)
    assert image is not None and (image.width(), image.height()) == (64, 64)


# --- item 2: decode to the size shown, within the article's budget -----------------------------


def test_twelve_huge_pictures_decode_to_the_column_and_past_the_budget_get_placeholders(
    qtbot: Any, huge_png: bytes
) -> None:
    urls = [f"https://news.example/huge-{i}.png" for i in range(12)]
    view = _view(qtbot, dict.fromkeys(urls, huge_png))
    states = [view.pictures.images[image_key(url)].state for url in urls]
    admitted = ARTICLE_PIXEL_BUDGET // (8000 * 8000)
    assert 0 < admitted < 12
    # Laid out, back in the event loop's hands: nothing was decoded on the GUI thread.
    assert states == ["pending"] * admitted + ["over budget"] * (12 - admitted)
    column = view.column_px()
    ratio = view.devicePixelRatioF()
    box = fit_within(
        8000, 8000, round(column * ratio), round(column * MAX_IMAGE_HEIGHT_RATIO * ratio)
    )
    pending = _shown(view, urls[0])
    assert (pending.width(), pending.height()) == box  # the page keeps its layout meanwhile

    qtbot.waitUntil(lambda: view.pictures.pending() == 0, timeout=120_000)
    for url in urls[:admitted]:
        assert view.pictures.images[image_key(url)].state == "decoded"
        shown = _shown(view, url)
        assert (shown.width(), shown.height()) == box  # decoded to the size shown
        assert shown.pixelColor(box[0] // 2, box[1] // 2).name() == "#285aa0"
    placeholder = view._placeholder()
    for url in urls[admitted:]:
        assert _shown(view, url).size() == placeholder.size()
    assert "Picture 11" in view.toPlainText()


def test_the_budget_is_per_article(qtbot: Any, huge_png: bytes) -> None:
    urls = [f"https://news.example/huge-{i}.png" for i in range(4)]
    view = _view(qtbot, dict.fromkeys(urls, huge_png))
    first = [view.pictures.images[image_key(u)].state for u in urls]
    other = dataclasses.replace(_article(f'<p><img src="{urls[-1]}"></p>'), id=8)
    view.show_article(other, None)
    view.document().size()
    assert first[-1] == "over budget"
    assert view.pictures.images[image_key(urls[-1])].state == "pending"
    qtbot.waitUntil(lambda: view.pictures.pending() == 0, timeout=120_000)


def test_hostile_pictures_in_an_article_become_placeholders(qtbot: Any) -> None:
    images = {f"https://news.example/{name}": data for name, data in HOSTILE.items()}
    images["https://news.example/fine.png"] = big_png(300, 200)
    view = _view(qtbot, images)
    qtbot.waitUntil(lambda: view.pictures.pending() == 0, timeout=TIMEOUT)
    states = {url.rsplit("/", 1)[1]: view.pictures.images[image_key(url)].state for url in images}
    assert states == {
        "svg-as-png": "refused",
        "header-30000": "refused",
        "truncated": "refused",
        "gif-5000-frames": "decoded",
        "garbage": "refused",
        "fine.png": "decoded",
    }
    assert _shown(view, "https://news.example/fine.png").size().width() == 300
    assert "Picture 5" in view.toPlainText()


# --- the window on a profile whose cache is full of hostile images -----------------------------


def _write_cached_image(profile: Path, url: str, data: bytes, declared: str = "image/png") -> None:
    """Put bytes in the cache as an older version (or anyone) could have: no checks."""
    key = image_key(url)
    path = resolve(profile).cache / "images" / key[:2] / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(declared.encode() + b"\n" + data)


def _feed(server: FixtureServer, name: str, icon: str, images: list[str]) -> str:
    items = [
        Item(
            f"{name}-{i}",
            f"{name} story {i}",
            link=server.url(f"/{name}/story-{i}"),  # 404: the feed's text stays on show
            description=f"<p>{name} text {i}.</p>" + "".join(f'<img src="{u}">' for u in images),
        )
        for i in range(3)
    ]
    document = rss(name.title(), items, site=server.url("/"))
    image = f"<image><url>{icon}</url><title>{name}</title><link>{server.url('/')}</link></image>"
    return document.replace("<description>A test feed</description>", image, 1)


def test_the_window_starts_lists_and_shows_articles_on_a_hostile_cache(
    qtbot: Any, profile: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile_urls = [server.url(f"/img/{name}") for name in HOSTILE]
    bad_icon, good_icon = server.url("/bad-icon.png"), server.url("/good-icon.png")
    server.add("/bad.xml", _feed(server, "bad", bad_icon, hostile_urls), content_type=RSS_TYPE)
    server.add("/good.xml", _feed(server, "good", good_icon, []), content_type=RSS_TYPE)
    for path in ("/bad.xml", "/good.xml"):
        assert cli.main(["add", server.url(path)]) == 0, capsys.readouterr()
    _write_cached_image(profile, bad_icon, SVG_USE_BOMB)
    _write_cached_image(profile, good_icon, big_png(48, 48, (200, 40, 40)))
    for url, data in zip(hostile_urls, HOSTILE.values(), strict=True):
        _write_cached_image(profile, url, data)

    with open_window(qtbot, profile) as window:
        feeds = {feed.title: feed for feed in window.feed_model.feeds()}
        assert set(feeds) == {"Bad", "Good"}
        qtbot.waitUntil(lambda: icons.icon_loads_pending() == 0, timeout=TIMEOUT)
        delivered = window.feed_model._icons
        assert feeds["Good"].id in delivered  # a real icon is shown ...
        assert feeds["Bad"].id not in delivered  # ... a hostile one stays a letter tile

        window.feed_tree.select(Selection("feed", feeds["Bad"].id))
        qtbot.waitUntil(lambda: window.article_model.rowCount() == 3, timeout=TIMEOUT)
        window.article_list.select_row(0)
        view = window.article_view
        qtbot.waitUntil(lambda: "bad text 2." in view.toPlainText(), timeout=TIMEOUT)
        view.document().size()
        view.grab()
        qtbot.waitUntil(lambda: view.pictures.pending() == 0, timeout=TIMEOUT)
        states = sorted(shown.state for shown in view.pictures.images.values())
        assert states == ["decoded", "refused", "refused", "refused", "refused"], states
        assert "bad text 2." in view.toPlainText()


def test_an_icon_arriving_after_its_tree_was_deleted_touches_nothing(qtbot: Any) -> None:
    """Icons decode in their own thread: the window may close (and its tree be deleted)
    before one arrives; delivering it then must not touch the tree's deleted items."""
    import shiboken6

    from reader.core.models import Feed
    from reader.ui.feed_tree import FeedTreeModel

    url = "https://news.example/icon.png"
    cache = DictCache({url: big_png(32, 32)})
    model = FeedTreeModel()
    model.rebuild([], [Feed(id=1, url="https://news.example/feed", title="N", icon_url=url)], {}, 0)
    icons.request_feed_icons(cache, [(1, url)], model.set_feed_icon)
    shiboken6.delete(model)  # before the event loop could hand the icon over
    qtbot.waitUntil(lambda: icons.icon_loads_pending() == 0, timeout=TIMEOUT)
    alive = FeedTreeModel()  # and a living tree still gets its icon
    alive.rebuild([], [Feed(id=2, url="https://news.example/f2", title="M", icon_url=url)], {}, 0)
    icons.request_feed_icons(cache, [(2, url)], alive.set_feed_icon)
    qtbot.waitUntil(lambda: icons.icon_loads_pending() == 0, timeout=TIMEOUT)
    assert 2 in alive._icons


def test_a_picture_past_its_time_budget_gets_the_placeholder(qtbot: Any, huge_png: bytes) -> None:
    """The budget is shortened to nothing: the page never waits on a decode, and an answer
    that comes after the budget is dropped (no timing asserted: states only)."""
    url = "https://news.example/slow.png"
    view = ArticleView(DictCache({url: huge_png}))
    qtbot.addWidget(view)
    view.pictures.decode_seconds = 0
    view.resize(1200, 800)
    view.show()
    view.show_article(_article(f'<p>Slow</p><p><img src="{url}"></p>'), None)
    view.document().size()
    assert view.pictures.images[image_key(url)].state == "pending"
    qtbot.waitUntil(lambda: view.pictures.pending() == 0, timeout=TIMEOUT)
    assert view.pictures.images[image_key(url)].state == "too slow"
    assert _shown(view, url).size() == view._placeholder().size()
