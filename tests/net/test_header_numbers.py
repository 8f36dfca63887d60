"""Numbers in headers come from strangers: "²" or "٣" pass str.isdigit() yet int() refuses the
first, so every number a server sends is parsed without ever raising."""

from __future__ import annotations

from datetime import UTC, datetime

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
@given(st.text(max_size=20))
def test_any_retry_after_header_gives_a_moment_within_a_day_or_none(value: str) -> None:
    when = parse_retry_after(value, NOW)
    assert when is None or when <= NOW + MAX_HOLD
