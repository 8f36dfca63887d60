"""The words of a notification: one grouped text per refresh, feed titles plain, cut,
bidi-isolated and escaped (the body is markup in many daemons); quiet hours."""

from __future__ import annotations

import html
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ui.notify import (
    FSI,
    NAMED_FEEDS,
    PDI,
    TITLE_CHARS,
    NewInFeed,
    grouped_text,
    in_quiet_hours,
    plain_title,
)


def test_one_text_groups_every_feed() -> None:
    news = [NewInFeed(1, "Alpha", 2), NewInFeed(2, "Beta", 7), NewInFeed(3, "Gamma", 3)]
    summary, body = grouped_text(news)
    assert summary == "12 new articles"
    # The feeds with the most new articles first.
    assert body == f"in 3 feeds: {FSI}Beta{PDI}, {FSI}Gamma{PDI}, {FSI}Alpha{PDI}"


def test_many_feeds_are_named_up_to_a_few_then_counted() -> None:
    news = [NewInFeed(i, f"Feed {i:02}", 1) for i in range(NAMED_FEEDS + 5)]
    summary, body = grouped_text(news)
    assert summary == f"{NAMED_FEEDS + 5} new articles"
    assert body.count(FSI) == NAMED_FEEDS
    assert body.endswith(" and 5 more")


def test_one_article_in_one_feed_is_singular() -> None:
    assert grouped_text([NewInFeed(1, "Solo", 1)]) == (
        "1 new article",
        f"in 1 feed: {FSI}Solo{PDI}",
    )


def test_rule_matches_are_a_line_of_their_own() -> None:
    news = [NewInFeed(1, "Alpha", 2)]
    summary, body = grouped_text(news, ["Big <b>news</b>", "Small"], 2)
    assert summary == "2 new articles"
    assert body.split("\n") == [
        f"in 1 feed: {FSI}Alpha{PDI}",
        f"2 matched your rules: {FSI}Big &lt;b&gt;news&lt;/b&gt;{PDI}, {FSI}Small{PDI}",
    ]


def test_only_rule_matches_more_than_named_end_in_an_ellipsis() -> None:
    titles = [f"Story {i}" for i in range(NAMED_FEEDS)]
    summary, body = grouped_text([], titles, 9)
    assert summary == "9 new articles"
    assert body.startswith("9 matched your rules: ") and body.endswith(f"{PDI}…")
    assert body.count(FSI) == NAMED_FEEDS and "\n" not in body
    assert grouped_text([], [], 1) == ("1 new article", "1 matched your rules: …")


def test_markup_in_a_title_is_shown_never_applied() -> None:
    _summary, body = grouped_text([NewInFeed(1, '<img src="x"><b>Big</b> & co', 3)])
    assert "<" not in body and ">" not in body
    assert '&lt;img src="x"&gt;&lt;b&gt;Big&lt;/b&gt; &amp; co' in body


def test_a_long_title_is_cut_and_isolated() -> None:
    title = plain_title("שלום " * 30)
    assert title.startswith(FSI) and title.endswith(PDI)
    assert len(title) == TITLE_CHARS + 2 and title[-2] == "…"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_title_becomes_one_plain_isolated_line(raw: str) -> None:
    title = plain_title(raw)
    inner = title[1:-1]
    assert title[0] == FSI and title[-1] == PDI
    assert len(inner) <= TITLE_CHARS
    # No line breaks, no controls and no bidi overrides or isolates of the feed's own.
    assert not any(
        ord(ch) < 32 or ch in "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        for ch in inner
    )
    # Escaped, it survives a markup body unchanged.
    assert html.unescape(html.escape(inner, quote=False)) == inner


def test_quiet_hours_across_midnight_and_within_a_day() -> None:
    at = lambda hour: datetime(2026, 1, 1, hour, 30)  # noqa: E731
    assert in_quiet_hours(at(23), 22, 7) and in_quiet_hours(at(3), 22, 7)
    assert not in_quiet_hours(at(7), 22, 7) and not in_quiet_hours(at(12), 22, 7)
    assert in_quiet_hours(at(13), 12, 14) and not in_quiet_hours(at(14), 12, 14)
    assert not any(in_quiet_hours(at(h), 5, 5) for h in range(24))
