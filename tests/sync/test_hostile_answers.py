"""Whatever JSON a server sends, the protocol readers never raise anything but our errors and
never let a malformed id through (property-based)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.sync import fever, greader
from reader.usecases.sync import to_entry

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=30,
)
item_keys = st.sampled_from(
    ["id", "feed_id", "title", "url", "author", "html", "created_on_time", "is_read",
     "is_saved", "categories", "origin", "canonical", "alternate", "summary", "content",
     "published"]
)  # fmt: skip
items = st.dictionaries(item_keys, json_values, max_size=12)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_fever_id_lists_are_digits_only(value: Any) -> None:
    assert all(i.isascii() and i.isdigit() for i in fever._ids(value))


@settings(max_examples=300, deadline=None)
@given(items | json_values)
def test_fever_items_are_read_or_left_out(raw: Any) -> None:
    item = fever._item(raw)
    if item is not None:
        assert item.id.isascii() and item.id.isdigit()
        assert isinstance(item.title, str) and isinstance(item.html, str)
        to_entry(item)  # sanitizing never raises either


@settings(max_examples=300, deadline=None)
@given(items | json_values)
def test_greader_items_are_read_or_left_out(raw: Any) -> None:
    item = greader._item(raw)
    if item is not None:
        assert item.id.isascii() and item.id.isdigit() and int(item.id) < 1 << 64
        assert isinstance(item.url, str) and isinstance(item.feed_id, str)
        to_entry(item)


def test_digits_of_other_scripts_are_not_ids() -> None:
    assert fever._ids("1,²,٣,4") == {"1", "4"}
    assert fever._item({"id": "٣"}) is None
    assert greader.normalize_id("٣") is None and greader.normalize_id("-٣") is None
    assert greader.normalize_id("1_000") is None and greader.normalize_id("0x10") is None


def test_script_and_javascript_links_from_a_server_never_reach_the_store() -> None:
    raw = {
        "id": "7",
        "feed_id": 1,
        "title": "<img src=x onerror=alert(1)>Title",
        "url": "javascript:alert(1)",
        "html": '<p onclick="x()">Hi<script>alert(1)</script><a href="javascript:x">l</a></p>',
    }
    item = fever._item(raw)
    assert item is not None
    entry = to_entry(item)
    assert entry.link == "" and entry.title == "Title"
    assert "script" not in entry.content_html and "onclick" not in entry.content_html
    assert "javascript" not in entry.content_html


@pytest.mark.parametrize(
    "categories", [5, 2.5, "user/-/state/com.google/read", {"a": 1}, None, True]
)
def test_a_list_field_that_is_no_list_is_read_as_empty(categories: object) -> None:
    item = greader._item({"id": "12", "categories": categories, "title": "T"})
    assert item is not None and not item.read and not item.starred
