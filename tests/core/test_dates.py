"""reader.core.feeds.dates and dates in feeds (RELIABILITY row F6): invalid -> None, never raises."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from reader.core.feeds.dates import parse_date
from reader.core.feeds.parse import parse_feed
from tests.conftest import FIXTURES

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tue, 10 Jun 2003 04:00:00 GMT", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2003 04:00:00 +0200", datetime(2003, 6, 10, 2, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2003 04:00:00 -05:30", datetime(2003, 6, 10, 9, 30, tzinfo=UTC)),
        ("Tue, 10 Jun 03 04:00 EDT", datetime(2003, 6, 10, 8, 0, tzinfo=UTC)),
        ("10 June 2003 04:00:00 PST", datetime(2003, 6, 10, 12, 0, tzinfo=UTC)),
        ("Tuesday, 10-Jun-2003 04:00:00 UT", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
        ("10 Jun 2003", datetime(2003, 6, 10, tzinfo=UTC)),
        ("Sun, 29 Feb 2024 12:00:00 -0800", datetime(2024, 2, 29, 20, 0, tzinfo=UTC)),
        ("Sat, 31 Dec 2016 23:59:60 GMT", datetime(2016, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2003-12-13T18:30:02Z", datetime(2003, 12, 13, 18, 30, 2, tzinfo=UTC)),
        ("2003-12-13T18:30:02.25+01:00", datetime(2003, 12, 13, 17, 30, 2, tzinfo=UTC)),
        ("2003-12-13T18:30:02+0100", datetime(2003, 12, 13, 17, 30, 2, tzinfo=UTC)),
        ("2003-12-13T18:30:02+01", datetime(2003, 12, 13, 17, 30, 2, tzinfo=UTC)),
        ("2003-12-13T18:30", datetime(2003, 12, 13, 18, 30, tzinfo=UTC)),
        ("2003-12-13 18:30:02", datetime(2003, 12, 13, 18, 30, 2, tzinfo=UTC)),
        ("2003-12-13 18:30:02 UTC", datetime(2003, 12, 13, 18, 30, 2, tzinfo=UTC)),
        ("2003/12/13 18:30", datetime(2003, 12, 13, 18, 30, tzinfo=UTC)),
        ("20031213T183002Z", datetime(2003, 12, 13, 18, 30, 2, tzinfo=UTC)),
        ("2003-12-13", datetime(2003, 12, 13, tzinfo=UTC)),
        ("2003-12", datetime(2003, 12, 1, tzinfo=UTC)),
        ("2003", datetime(2003, 1, 1, tzinfo=UTC)),
        ("June 10, 2003", datetime(2003, 6, 10, tzinfo=UTC)),
        ("Jun 10, 2003 4:05", datetime(2003, 6, 10, 4, 5, tzinfo=UTC)),
        ("Tue Jun 10 04:00:00 2003", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
        ("Tue Jun 10 04:00:00 UTC 2003", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
        ("  Tue,  10 Jun 2003\n 04:00:00 GMT ", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
    ],
)
def test_usual_formats(raw: str, expected: datetime) -> None:
    assert parse_date(raw, NOW) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "32 Foo 2024 25:61:61",
        "0000-00-00T00:00:00Z",
        "10000-01-01",
        "Mon, 01 Jan 2024 10:00:00 +2500",
        "Fri, 30 Feb 2024 10:00:00 GMT",
        "2024-02-30",
        "2024-13-01T10:00:00Z",
        "2023-02-29",
        "2024-01-01T24:30:00Z",
        "2024-01-01T10:60:00Z",
        "Mon, 01 Foo 2024 10:00:00 GMT",
        "Mon, 01 Jan 2024 10:00:00 XYZT",
        "0001-01-01",
        "-2024-01-01",
        "yesterday",
        "",
        "   ",
        "13/01/2024",
        "99999999999999999999",
        "2024-01-01T10:00:00Z" * 10,
        "\x00\ud800",
    ],
)
def test_invalid_dates_are_none(raw: str) -> None:
    assert parse_date(raw, NOW) is None


def test_future_dates_are_clamped_to_now() -> None:
    assert parse_date("9999-12-31", NOW) == NOW
    assert parse_date("2027-01-01T00:00:00Z", NOW) == NOW
    soon = NOW + timedelta(hours=20)
    assert parse_date(soon.strftime("%Y-%m-%dT%H:%M:%SZ"), NOW) == soon  # within a day: kept


def test_naive_now_is_taken_as_utc() -> None:
    assert parse_date("9999-12-31", NOW.replace(tzinfo=None)) == NOW


def test_feedparser_fallback_is_used_only_when_the_raw_string_backs_it() -> None:
    # A format we do not read ourselves, feedparser's parse plausible: used.
    parsed = time.strptime("2004-02-28 10:00", "%Y-%m-%d %H:%M")
    assert parse_date("Sat 28 of Feb, A.D. 2004", NOW, parsed) == datetime(
        2004, 2, 28, 10, 0, tzinfo=UTC
    )
    # feedparser's nonsense for "10000-01-01" (2010-11-01) and "0000-00-00" (year -1): refused.
    nonsense = time.strptime("2010-11-01", "%Y-%m-%d")
    assert parse_date("10000-01-01", NOW, nonsense) is None
    assert parse_date("the 10000th of January", NOW, nonsense) is None
    # A normalised day (Feb 30 -> Mar 1) shows as a day missing from the string.
    march = time.strptime("2024-03-01", "%Y-%m-%d")
    assert parse_date("le 30 février 2024", NOW, march) is None


def test_f6_dates_in_a_feed() -> None:
    body = (FIXTURES / "feeds" / "dates.xml").read_bytes()
    feed = parse_feed(body, "https://dates.example/feed", "application/rss+xml", now=NOW)
    by_title = {e.title: e for e in feed.entries}
    assert len(by_title) == 15
    expected = {
        "good rfc822": datetime(2024, 3, 5, 8, 30, tzinfo=UTC),
        "good iso": datetime(2024, 3, 5, 8, 30, tzinfo=UTC),
        "two-digit year, zone name": datetime(2024, 3, 5, 8, 30, tzinfo=UTC),
        "no seconds": datetime(2024, 3, 5, 8, 30, tzinfo=UTC),
        "far future": NOW,
    }
    for title, entry in by_title.items():
        assert entry.published == expected.get(title), title
    assert by_title["zero"].published_raw == "0000-00-00T00:00:00Z"
    assert by_title["year 10000"].published_raw == "10000-01-01"
    assert by_title["offset 2500"].published_raw == "Mon, 01 Jan 2024 10:00:00 +2500"
    assert by_title["no date"].published_raw == ""
