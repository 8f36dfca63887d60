"""Numbers in headers come from strangers: "²" or "٣" pass str.isdigit() yet int() refuses the
first, so every number a server sends is parsed without ever raising."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.net.failures import MAX_HOLD, parse_retry_after

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def test_a_superscript_digit_is_not_a_number_of_seconds() -> None:
    assert parse_retry_after("²", NOW) is None
    assert parse_retry_after("1²", NOW) is None


def test_digits_of_other_scripts_are_read_as_their_value() -> None:
    assert parse_retry_after("٣", NOW) == parse_retry_after("3", NOW)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=20),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.datetimes(timezones=st.just(UTC)).map(format_datetime),
    )
)
def test_any_retry_after_header_gives_a_moment_within_a_day_or_none(value: str) -> None:
    """Never a moment in the past (a date before now or 0 seconds said 'next try after
    1970-01-01 00:00 UTC'), never more than a day ahead."""
    when = parse_retry_after(value, NOW)
    assert when is None or NOW < when <= NOW + MAX_HOLD
