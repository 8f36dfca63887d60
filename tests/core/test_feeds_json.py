"""JSON feeds we used to refuse (issue 11): RSS-in-JSON, and JSON Feed items with only an id."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feeds.entries import UNTITLED_LENGTH, untitled
from reader.core.feeds.parse import parse_feed
from reader.errors import FeedError

NOW = datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
URL = "https://json.example/feed.json"


def parse(data: object, content_type: str = "application/json") -> object:
    return parse_feed(json.dumps(data).encode(), URL, content_type, now=NOW)


def rss_json(items: object, **channel: object) -> dict[str, object]:
    return {"rss": {"version": "2.0", "channel": {"title": "Scripting", "link": "/", **channel,
                                                    "item": items}}}  # fmt: skip


def test_rss_in_json_is_read_like_rss() -> None:
    feed = parse(
        rss_json(
            [
                {"title": "One &amp; <b>two</b>", "link": "/a/1", "description": "<p>Hi <a href='x'>x</a></p>",
                 "pubDate": "Tue, 10 Jun 2003 04:00:00 GMT", "guid": "https://json.example/a/1",
                 "enclosure": {"url": "/img.png", "type": "image/png", "length": 1}},
                {"description": "<p>An untitled thought that goes on for a while.</p>",
                 "guid": {"isPermaLink": False, "value": "id-2"}},
                {"title": "Guid is the link", "guid": "https://json.example/a/3"},
            ],
            image={"url": "/icon.png"},
        )
    )  # fmt: skip
    assert feed.title == "Scripting" and feed.kind == "rss"
    assert feed.site_url == "https://json.example/"
    assert feed.icon_url == "https://json.example/icon.png"
    one, two, three = feed.entries
    assert (one.entry_id, one.title, one.link) == (
        "https://json.example/a/1", "One & two", "https://json.example/a/1"
    )  # fmt: skip
    assert one.published == datetime(2003, 6, 10, 4, tzinfo=UTC)
    assert 'href="https://json.example/a/x"' in one.summary_html
    assert one.image_url == "https://json.example/img.png"
    assert two.entry_id == "id-2" and two.title == "An untitled thought that goes on for a while."
    assert two.link == ""  # not a permalink
    assert three.link == "https://json.example/a/3"


def test_rss_in_json_with_one_item_as_an_object_and_junk_items() -> None:
    feed = parse(rss_json({"title": "Only", "link": "https://json.example/o"}))
    assert [e.title for e in feed.entries] == ["Only"]
    feed = parse(rss_json([1, "x", None, {"title": "Kept"}]))
    assert [e.title for e in feed.entries] == ["Kept"]
    assert feed.warnings


@pytest.mark.parametrize("data", [{"rss": {}}, {"rss": {"channel": []}}, {"rss": "x"}])
def test_rss_in_json_without_a_channel_is_refused(data: object) -> None:
    with pytest.raises(FeedError):
        parse(data)


def test_json_feed_items_with_only_an_id_are_kept_and_titled() -> None:
    items = [
        {"id": "1", "content_html": ""},
        {"id": 2, "content_text": "", "date_published": "2026-10-01T08:30:00Z"},
        {"id": "3", "content_html": "<p>" + "word " * 40 + "</p>"},
        {"id": "4"},
    ]
    feed = parse({"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": items})
    assert [e.entry_id for e in feed.entries] == ["1", "2", "3", "4"]
    titles = [e.title for e in feed.entries]
    assert titles[0] == "" and titles[3] == ""
    assert titles[1] == "2026-10-01 08:30"
    assert titles[2].startswith("word word") and titles[2].endswith("…")
    assert len(titles[2]) <= UNTITLED_LENGTH + 1


def test_json_feed_item_with_nothing_at_all_is_still_dropped() -> None:
    feed = parse({"version": "https://jsonfeed.org/version/1", "items": [{}, {"id": "k"}]})
    assert [e.entry_id for e in feed.entries] == ["k"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.datetimes(timezones=st.just(UTC))))
def test_untitled_is_plain_short_and_never_raises(text: str, when: datetime | None) -> None:
    title = untitled(text, when)
    assert "\n" not in title  # one line, plain text
    assert len(title) <= UNTITLED_LENGTH + 1
    if not title:
        assert when is None


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda kids: (
            st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_any_rss_in_json_shape_parses_or_says_why(junk: object) -> None:
    for data in ({"rss": {"channel": {"item": junk}}}, {"rss": {"channel": junk}}):
        with contextlib.suppress(FeedError):
            parse(data)
