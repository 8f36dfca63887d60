"""The reader view against a page address that answers with nothing: the user is told the page
was empty (not that it 'could not be simplified', which sends them looking at the page), and
the feed's own text still shows."""

from __future__ import annotations

import queue
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main as cli
from reader.errors import ExtractError, FetchError
from reader.net.http import Fetcher
from reader.usecases.editions import fetch_page
from reader.usecases.pages import simplify_page
from tests.feedkit import RSS_TYPE, Item, article_page, rss
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env


@pytest.mark.parametrize("body", [b"", b"   \r\n\t ", b"\xef\xbb\xbf\n"])
def test_an_empty_page_is_said_to_be_empty(body: bytes) -> None:
    with pytest.raises(ExtractError) as caught:
        simplify_page(body, "text/html; charset=utf-8", "https://example.org/story")
    assert str(caught.value) == "the server sent an empty page"


def test_the_command_line_says_so(
    profile: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.add("/story", b"")
    assert cli.main(["simplify", server.url("/story")]) == 1
    assert "the server sent an empty page" in capsys.readouterr().err


def _serving(size: int, content_type: str, hung_up: queue.Queue[bool]) -> Any:
    """A handler that sends the headers of a ``size``-byte answer and its first 64 KiB, then
    notes whether the client hangs up within 3 s (it refused the answer from its headers)
    before sending the rest. Kernel buffers on loopback hold megabytes, so what the server got
    out says nothing; whether the client hung up does."""

    def handler(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", content_type)
        req.send_header("Content-Length", str(size))
        req.end_headers()
        req.wfile.write(bytes(64 * 1024))
        req.wfile.flush()
        req.connection.settimeout(3)
        try:
            closed = req.connection.recv(1) == b""
        except TimeoutError:
            closed = False
        except OSError:
            closed = True
        hung_up.put(closed)
        if not closed:
            req.wfile.write(bytes(size - 64 * 1024))

    return handler


def test_episodes_linked_as_articles_are_not_downloaded_as_pages(
    profile: Path, server: FixtureServer
) -> None:
    """A podcast feed whose items link to the episode files: each article's 'page' was read
    whole (up to the 5 MiB page cap) before being refused as not a web page; five 4 MiB
    episodes cost 20 MiB a first refresh, 50 of them would cost 200 MiB. The type the server
    declares is enough: now a few header bytes an episode, and the show notes still show."""
    hung_up: queue.Queue[bool] = queue.Queue()
    items = []
    for i in range(5):
        server.add(f"/ep{i}.mp3", handler=_serving(4 * 1024 * 1024, "audio/mpeg", hung_up))
        items.append(Item(str(i), f"Episode {i}", server.url(f"/ep{i}.mp3"), "Show notes. " * 30))
    server.add("/pod.xml", rss("Podcast", items), content_type=RSS_TYPE)
    env = Env(profile, max_workers=2)
    try:
        feed = env.refresher.subscribe(server.url("/pod.xml"))
        env.refresher.refresh(simplify=True)
        assert all(server.hits[f"/ep{i}.mp3"] == 1 for i in range(5))
        # before: each read whole, then refused
        assert [hung_up.get(timeout=10) for _ in range(5)] == [True] * 5
        for article in env.store.articles(feed_id=feed.id):
            shown = env.cache.get_article(article.id)
            assert shown is not None and "Show notes." in shown.text
    finally:
        env.close()


@pytest.mark.parametrize("content_type", ["video/mp4", "application/octet-stream", "image/png"])
def test_a_page_address_of_another_type_is_refused_before_its_body(
    server: FixtureServer, content_type: str
) -> None:
    hung_up: queue.Queue[bool] = queue.Queue()
    server.add("/story", handler=_serving(3 * 1024 * 1024, content_type, hung_up))
    fetcher = Fetcher(connect_timeout=2, read_timeout=2, deadline=5)
    try:
        with pytest.raises(FetchError) as caught:
            fetch_page(fetcher, server.url("/story"), allow_private=True)
    finally:
        fetcher.close()
    assert str(caught.value) == f"the article's address is not a web page ({content_type})"
    assert hung_up.get(timeout=10) is True


@pytest.mark.parametrize(
    "content_type", ["text/html; charset=utf-8", "text/plain", "", "TEXT/HTML"]
)
def test_pages_and_pages_without_a_type_are_still_read(
    server: FixtureServer, content_type: str
) -> None:
    server.add("/story", b"<p>Words</p>", content_type=content_type)
    fetcher = Fetcher(connect_timeout=2, read_timeout=2, deadline=5)
    try:
        assert fetch_page(fetcher, server.url("/story"), allow_private=True).body == b"<p>Words</p>"
    finally:
        fetcher.close()


@pytest.mark.parametrize("content_type", ["video/mp4", "text/html", ""])
def test_an_image_address_serving_something_else_is_refused_before_its_body(
    profile: Path, server: FixtureServer, content_type: str
) -> None:
    """An article's picture whose address answers with a video (or a hotlink-protection page):
    before, read whole (up to the 5 MiB image cap) and then not cached."""
    hung_up: queue.Queue[bool] = queue.Queue()
    server.add("/pic.jpg", handler=_serving(4 * 1024 * 1024, content_type, hung_up))
    sentence = "This is a long sentence about the story at hand, with words."
    server.add("/story", article_page("Story", sentence, image=server.url("/pic.jpg")))
    server.add(
        "/f.xml", rss("F", [Item("1", "Story", server.url("/story"))]), content_type=RSS_TYPE
    )
    env = Env(profile, max_workers=2)
    try:
        env.refresher.subscribe(server.url("/f.xml"))
        env.refresher.refresh(simplify=True)
        assert server.hits["/pic.jpg"] == 1
        assert hung_up.get(timeout=10) is True
        assert not env.cache.has_image(server.url("/pic.jpg"))
    finally:
        env.close()
