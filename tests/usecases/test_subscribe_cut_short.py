"""Subscribing to a feed whose answer ends inside an item (a feed file still being written, a
compressed body cut short: gzip gives what it decoded so far without an error): a refresh
refused such a body ("cut short inside its last item"), subscribing stored it, with its last
item half-written and every item after it missing, and said nothing."""

from __future__ import annotations

import gzip

import pytest

from reader.errors import FeedError
from tests.feedkit import RSS_TYPE, Item, rss
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env

FEED = rss(
    "Feed",
    [
        Item(guid=str(i), title=f"Story {i}", link=f"https://e.org/{i}", description="d" * 300)
        for i in range(40)
    ],
).encode()
WORDS = (
    "the feed was cut short inside its last item (an incomplete answer); "
    "not subscribed, try again later"
)


@pytest.mark.parametrize("cut", [0.3, 0.5, 0.8])
def test_a_gzip_body_cut_short_is_not_subscribed(
    env: Env, server: FixtureServer, cut: float
) -> None:
    packed = gzip.compress(FEED)
    body = packed[: int(len(packed) * cut)]
    server.add("/feed.xml", body, content_type=RSS_TYPE, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FeedError) as caught:
        env.refresher.subscribe(server.url("/feed.xml"))
    assert str(caught.value) == WORDS
    assert env.store.feeds() == []


def test_a_document_that_ends_inside_an_item_is_not_subscribed(
    env: Env, server: FixtureServer
) -> None:
    cut = FEED[: FEED.index(b"<title>Story 7</title>") + 12]
    server.add("/feed.xml", cut, content_type=RSS_TYPE)
    with pytest.raises(FeedError) as caught:
        env.refresher.subscribe(server.url("/feed.xml"))
    assert str(caught.value) == WORDS
    assert env.store.feeds() == []


def test_a_whole_feed_missing_only_its_closing_tags_is_subscribed(
    env: Env, server: FixtureServer
) -> None:
    server.add(
        "/feed.xml", FEED.replace(b"</channel>", b"").replace(b"</rss>", b""), content_type=RSS_TYPE
    )
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    assert len(env.store.articles(feed_id=feed.id)) == 40
