"""OPML import and subscribing by hand share one rule for "the same feed": an address that
differs only by tracking parameters, the case of the host, a default port, a fragment or http
vs https is a duplicate, against the subscriptions and within one OPML file."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.parsed import OpmlDocument, OpmlFeed, OpmlFolder
from reader.errors import DuplicateFeedError
from reader.net.http import Fetcher
from reader.store.db import Store
from reader.usecases.subscribe import Subscriber
from tests.feedkit import opml
from tests.props import PROPERTY_SLOW

_BASES = st.sampled_from(
    [
        "https://example.org/feed.xml",
        "http://news.example.net/rss?id=3",
        "https://blog.example.com:8443/atom",
        "https://example.org/",
    ]
)
_TRACKING = st.lists(
    st.sampled_from(["utm_source=x", "utm_medium=rss", "fbclid=AbC", "UTM_Campaign=y", "gclid=1"]),
    min_size=0,
    max_size=3,
)


@st.composite
def _spellings(draw: st.DrawFn) -> tuple[str, str]:
    """A feed address and another spelling of it."""
    base = draw(_BASES)
    scheme, _, rest = base.partition("://")
    netloc, slash, path = rest.partition("/")
    host, _, port = netloc.partition(":")
    if draw(st.booleans()):
        scheme = "https" if scheme == "http" else "http"
    cased = "".join(c.upper() if draw(st.booleans()) else c for c in host)
    if not port and draw(st.booleans()):
        port = "443" if scheme == "https" else "80"
    address = f"{scheme.upper() if draw(st.booleans()) else scheme}://{cased}"
    address += f":{port}" if port else ""
    address += slash + path
    tracking = draw(_TRACKING)
    if tracking:
        address += ("&" if "?" in address else "?") + "&".join(tracking)
    if draw(st.booleans()):
        address += "#" + draw(st.sampled_from(["top", "x?utm_source=1", ""]))
    return base, address


def _store(tmp_path: Path) -> Store:
    folder = tmp_path / "profile"
    folder.mkdir(exist_ok=True)
    path = folder / "broadsheet.sqlite3"
    for leftover in folder.iterdir():
        leftover.unlink()
    return Store(path)


@PROPERTY_SLOW
@given(_spellings())
def test_a_subscribed_feed_spelled_otherwise_is_a_duplicate(
    tmp_path: Path, pair: tuple[str, str]
) -> None:
    base, other = pair
    store = _store(tmp_path)
    fetcher = Fetcher(connect_timeout=1, read_timeout=1, deadline=2)
    try:
        kept = store.add_feed(base, "Mine")
        subscriber = Subscriber(store, fetcher)
        # By hand: refused before any fetch (example.* names never resolve here).
        with pytest.raises(DuplicateFeedError):
            subscriber.subscribe(other)
        data = opml(f'<outline text="Again" type="rss" xmlUrl="{escape(other)}"/>')
        report = subscriber.import_opml(data)
        assert (report.added, report.duplicates) == (0, 1)
        assert [f.id for f in store.feeds()] == [kept.id]
    finally:
        fetcher.close()
        store.close()


@PROPERTY_SLOW
@given(_spellings())
def test_two_spellings_in_one_file_are_one_feed(tmp_path: Path, pair: tuple[str, str]) -> None:
    base, other = pair
    store = _store(tmp_path)
    fetcher = Fetcher(connect_timeout=1, read_timeout=1, deadline=2)
    try:
        data = opml(
            f'<outline text="A" type="rss" xmlUrl="{escape(base)}"/>'
            f'<outline text="F"><outline text="B" type="rss" xmlUrl="{escape(other)}"/></outline>'
        )
        report = Subscriber(store, fetcher).import_opml(data)
        assert report.added == 1
        assert "1 duplicate feeds were merged" in report.skipped
        assert [f.title for f in store.feeds()] == ["A"]
    finally:
        fetcher.close()
        store.close()


def test_the_store_applies_the_rule_to_a_document_it_is_given(tmp_path: Path) -> None:
    store = _store(tmp_path)
    try:
        store.add_feed("https://example.org/feed.xml", "Mine")
        document = OpmlDocument(
            root=OpmlFolder(
                feeds=(
                    OpmlFeed(url="https://EXAMPLE.org:443/feed.xml?utm_source=x#a", title="1"),
                    OpmlFeed(url="https://example.org/other.xml", title="2"),
                    OpmlFeed(url="http://example.org/other.xml?fbclid=z", title="3"),
                )
            )
        )
        assert store.import_opml(document) == (1, 2)
        assert sorted(f.title for f in store.feeds()) == ["2", "Mine"]
    finally:
        store.close()


def test_a_real_query_parameter_still_names_another_feed(tmp_path: Path) -> None:
    store = _store(tmp_path)
    fetcher = Fetcher(connect_timeout=1, read_timeout=1, deadline=2)
    try:
        store.add_feed("https://example.org/rss?id=3", "Three")
        data = opml(
            '<outline text="Four" type="rss" xmlUrl="https://example.org/rss?id=4&amp;utm_source=a"/>'
            '<outline text="Four again" type="rss" xmlUrl="https://example.org/rss?id=4"/>'
            '<outline text="Path" type="rss" xmlUrl="https://example.org/RSS?id=3"/>'
        )
        report = Subscriber(store, fetcher).import_opml(data)
        assert report.added == 2
        assert "1 duplicate feeds were merged" in report.skipped
    finally:
        fetcher.close()
        store.close()
