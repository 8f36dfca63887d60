"""Property-based test of the article pane (issue 9, "Done when"): whatever markup an article
holds, the pane asks only for ``cache:`` images and makes no request of its own (the loopback
server, named in every image and link, sees nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.models import Article
from reader.ui.article_view import ArticleView
from tests.htmlgen import fragment
from tests.httpserver import FixtureServer
from tests.imagekit import SVG_USE_BOMB, big_png
from tests.props import PROPERTY_SLOW

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)


class EveryImageCache:
    """Says it has every image; hands out a real PNG or an SVG bomb labelled as one."""

    def __init__(self) -> None:
        self.png = big_png(40, 30)
        self.asked: list[str] = []

    def image(self, key: str) -> bytes:
        self.asked.append(key)
        return SVG_USE_BOMB if int(key[0], 16) % 2 else self.png

    def has_image(self, url: str) -> bool:
        return True


@pytest.fixture(scope="module")
def module_server() -> Iterator[FixtureServer]:
    server = FixtureServer().start()
    try:
        yield server
    finally:
        server.stop()


@st.composite
def article_html(draw: st.DrawFn, server: FixtureServer) -> str:
    local = [
        server.url("/x.png"),
        f"//127.0.0.1:{server.port}/y.png",
        "/dev/zero",
        "file:///etc/passwd",
    ]
    images = "".join(
        f'<img src="{draw(st.sampled_from(local))}">' for _ in range(draw(st.integers(0, 3)))
    )
    return draw(fragment()) + images + f'<a href="{server.url("/link")}">l</a>' + draw(fragment())


@settings(PROPERTY_SLOW, max_examples=25)
@given(data=st.data())
def test_property_the_pane_asks_only_the_cache_and_fetches_nothing(
    qtbot: Any, module_server: FixtureServer, data: st.DataObject
) -> None:
    html = data.draw(article_html(module_server))
    view = ArticleView(EveryImageCache())
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    article = Article(
        id=1, feed_id=1, entry_id="e", title="t", link=module_server.url("/story"), author="",
        published=NOW, first_seen=NOW, summary_html=html, content_html="", feed_title="f",
    )  # fmt: skip
    view.show_article(article, None)
    view.document().size()
    view.grab()
    qtbot.waitUntil(lambda: view.pictures.pending() == 0)
    assert all(address.startswith("cache:") for address, _ in view.resource_log), view.resource_log
    served = {address for address, ok in view.resource_log if ok}
    assert served <= {f"cache:{key}" for key in view.pictures.images}
    for key, shown in view.pictures.images.items():
        if int(key[0], 16) % 2:  # the SVG bombs: never decoded
            assert shown.state == "refused"
    view.resource_log.clear()
    view.setHtml(html)  # straight into the widget: asked, never read or fetched
    view.document().size()
    view.grab()
    assert not any(ok for address, ok in view.resource_log if not address.startswith("cache:"))
    assert module_server.requests == []
