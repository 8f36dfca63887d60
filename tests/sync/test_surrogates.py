"""A sync server's JSON may escape half of a surrogate pair ("\\ud800") in a title: json.loads
keeps it, SQLite's UTF-8 cannot, and the sync failed with UnicodeEncodeError. The half becomes
U+FFFD and everything else is synced (the Google Reader double writes the escape itself:
json.dumps with ensure_ascii)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from reader.core.jsontext import load_json
from reader.store.db import Store
from reader.usecases.sync import Syncer
from tests.greader_server import GReaderServer
from tests.props import PROPERTY

USER, PASSWORD = "reader", "api password"
PIECES = st.sampled_from(["\ud800", "\udfff", "\U0001f600", "a", "\u00e9", '"', "\\"])
VALUES = st.recursive(
    st.text(PIECES, max_size=6) | st.integers() | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(PIECES, max_size=3), inner),
    max_leaves=12,
)


@PROPERTY
@given(VALUES, st.booleans())
def test_property_loaded_json_holds_only_storable_text(value: object, as_bytes: bool) -> None:
    text = json.dumps(value)
    loaded = load_json(text.encode() if as_bytes else text)
    json.dumps(loaded, ensure_ascii=False).encode("utf-8")  # raises on a lone surrogate


def test_a_title_with_a_lone_surrogate_is_synced(syncer: Syncer, store: Store) -> None:
    server = GReaderServer(USER, PASSWORD)
    feed = server.subscribe("http://127.0.0.1:9/odd.xml", "Odd \ud800 feed")
    server.add_item(feed, "Half \udfff pair", "http://127.0.0.1:9/odd/1", "<p>x\ud800y</p>")
    server.add_item(feed, "Whole", "http://127.0.0.1:9/odd/2")
    server.start()
    try:
        syncer.add_account("greader", server.url, USER, PASSWORD)
        [summary] = syncer.sync()
    finally:
        server.stop()
    assert summary.error is None, summary.error
    assert sorted(a.title for a in store.articles()) == ["Half \ufffd pair", "Whole"]
    assert [f.title for f in store.feeds()] == ["Odd \ufffd feed"]
