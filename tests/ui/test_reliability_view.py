"""RELIABILITY H4 (and H2 in every image-bearing shape): rendering an article makes no request.

Remote images, tracking pixels, ``srcset``, ``<picture>``, CSS ``url()`` / ``@import``,
``background=``, ``poster=``, ``<link rel=stylesheet>``, ``<input type=image>``: the fixture server
must see nothing while the article pane renders, and the pane asks our cache (``cache:`` keys)
for everything it shows, whether the text comes from a feed, the reader view, or is set raw.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.render.body import image_key
from reader.ui.article_view import ArticleView
from tests.httpserver import FixtureServer

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class TrackingCache:
    """Pretends every image is cached, so the page keeps every ``<img>`` and asks for it."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def image(self, key: str) -> bytes | None:
        self.asked.append(key)
        return None

    def has_image(self, url: str) -> bool:
        return True


def _hostile(server: FixtureServer) -> str:
    u = server.url
    return (
        f'<p>Text<img src="{u("/pixel.gif")}" width="1" height="1">'
        f'<img src="{u("/a.png")}" srcset="{u("/b.png")} 2x, {u("/c.png")} 600w">'
        f'<picture><source srcset="{u("/d.webp")}"><img src="{u("/e.png")}"></picture>'
        f'<span style="background:url({u("/f.png")})">styled</span>'
        f'<table background="{u("/g.png")}"><tr><td background="{u("/h.png")}">c</td></tr></table>'
        f'<video poster="{u("/i.png")}" src="{u("/j.mp4")}"></video>'
        f'<input type="image" src="{u("/k.png")}">'
        f'<object data="{u("/l.svg")}"></object><embed src="{u("/m.svg")}">'
        f'<iframe src="{u("/n.html")}"></iframe></p>'
        f'<link rel="stylesheet" href="{u("/o.css")}">'
        f'<style>@import url("{u("/p.css")}"); p {{ background-image: url({u("/q.png")}) }}</style>'
        f'<div style="list-style-image:url({u("/r.png")})"><ul><li>item</li></ul></div>'
    )


def _serve_everything(server: FixtureServer) -> None:
    for name in "abcdefghiklmnopqr":
        server.add(f"/{name}.png", PNG_1PX, content_type="image/png")
    for path in ("/pixel.gif", "/d.webp", "/j.mp4", "/l.svg", "/m.svg", "/n.html", "/o.css"):
        server.add(path, PNG_1PX, content_type="image/png")
    server.add("/p.css", b"body{background:url(/q.png)}", content_type="text/css")


@pytest.fixture
def view(qtbot: Any) -> tuple[ArticleView, TrackingCache]:
    cache = TrackingCache()
    v = ArticleView(cache)
    qtbot.addWidget(v)
    v.resize(1000, 800)
    v.show()
    return v, cache


def _layout(view: ArticleView) -> None:
    view.document().size()
    view.grab()
    QApplication.processEvents()


def _article(server: FixtureServer, **kw: Any) -> Article:
    base: dict[str, Any] = {
        "id": 7,
        "feed_id": 1,
        "entry_id": "e7",
        "title": "Pixels",
        "link": server.url("/story"),
        "author": "",
        "published": NOW,
        "first_seen": NOW,
        "summary_html": "",
        "content_html": "",
        "image_url": server.url("/a.png"),
        "feed_title": "Trackers Weekly",
    }
    base.update(kw)
    return Article(**base)


def test_feed_text_with_remote_images_makes_no_request(
    view: tuple[ArticleView, TrackingCache], server: FixtureServer
) -> None:
    pane, _ = view
    _serve_everything(server)
    pane.show_article(_article(server, content_html=_hostile(server)), None)
    _layout(pane)
    assert "Text" in pane.toPlainText()
    assert server.requests == []
    assert all(address.startswith("cache:") for address, _ in pane.resource_log)


def test_reader_view_with_remote_images_asks_only_the_cache(
    view: tuple[ArticleView, TrackingCache], server: FixtureServer
) -> None:
    pane, cache = view
    _serve_everything(server)
    page = SimplifiedArticle(
        title="Pixels",
        lead_image=server.url("/a.png"),
        html=_hostile(server),
        text="Text",
    )
    pane.show_article(_article(server), page)
    _layout(pane)
    assert server.requests == []
    assert pane.resource_log, "the page shows images: the view must have asked for them"
    assert all(address.startswith("cache:") for address, _ in pane.resource_log)
    assert image_key(server.url("/a.png")) in cache.asked


def test_raw_markup_set_straight_into_the_view_fetches_nothing(
    view: tuple[ArticleView, TrackingCache], server: FixtureServer
) -> None:
    pane, _ = view
    _serve_everything(server)
    pane.setHtml(_hostile(server))
    _layout(pane)
    assert server.requests == []
    assert not any(served for _, served in pane.resource_log)


def _point_on_link(pane: ArticleView, href: str) -> Any:
    from PySide6.QtCore import QPoint

    viewport = pane.viewport()
    for y in range(0, min(viewport.height(), 300), 4):
        for x in range(0, min(viewport.width(), 600), 4):
            if pane.anchorAt(QPoint(x, y)) == href:
                return QPoint(x, y)
    raise AssertionError(f"no link {href} on screen")


@pytest.mark.parametrize("href", ["file:///etc/passwd", "javascript:alert(1)", "smb://host/share"])
def test_a_real_click_on_another_kind_of_link_never_navigates(
    view: tuple[ArticleView, TrackingCache],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    href: str,
) -> None:
    """H3 with a real mouse click: Qt must not follow the link itself (setOpenLinks(False))."""
    from PySide6.QtCore import Qt

    from reader.ui import article_view as av

    opened: list[str] = []
    monkeypatch.setattr(av.QDesktopServices, "openUrl", lambda u: opened.append(u.toString()))
    pane, _ = view
    pane.setHtml(f'<p style="font-size:40px"><a href="{href}">THE LINK</a> and text</p>')
    _layout(pane)
    where = _point_on_link(pane, href)
    with qtbot.waitSignal(pane.link_refused, timeout=5000):
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=where)
    QApplication.processEvents()
    assert opened == []
    assert pane.source().isEmpty()
    assert "THE LINK and text" in pane.toPlainText()
    assert "root:" not in pane.toPlainText()
