"""A feed's notification choice: as the global switch says, always (opt in) or never (opt out);
any stored value reads as one of the three."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feed_settings import FeedSettings, Notify, notifies, notify_choice


@pytest.mark.parametrize(
    ("choice", "by_default", "told"),
    [
        (Notify.DEFAULT, True, True),
        (Notify.DEFAULT, False, False),
        (Notify.ALWAYS, False, True),
        (Notify.ALWAYS, True, True),
        (Notify.NEVER, True, False),
        (Notify.NEVER, False, False),
    ],
)
def test_each_choice_against_the_global_switch(
    choice: Notify, by_default: bool, told: bool
) -> None:
    assert notifies(choice, by_default) is told


def test_the_older_yes_no_reads_as_always_and_default() -> None:
    assert FeedSettings(notify=True).validated().notify is Notify.ALWAYS  # type: ignore[arg-type]
    assert FeedSettings(notify=False).validated().notify is Notify.DEFAULT  # type: ignore[arg-type]


@settings(max_examples=80, deadline=None)
@given(
    st.one_of(
        st.integers(),
        st.text(max_size=5),
        st.none(),
        st.floats(allow_nan=True),
        st.just(float("inf")),
    )
)
def test_any_stored_value_is_one_of_the_three(value: object) -> None:
    choice = notify_choice(value)
    assert choice in set(Notify)
    if isinstance(value, int) and value in (0, 1, 2):
        assert choice == value
