"""The refresh path's shortcuts for plain text give what the full work gives (issue 14):
each is checked against the work it skips, over generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=60),
        st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=60),
        st.from_regex(r"[ A-Za-z0-9.,!?'-]{0,40}", fullmatch=True),
    )
)
def test_plain_titles_skip_the_markup_work_with_the_same_result(value: str) -> None:
    """plain_text's shortcut (no markup, entity or control: spaces folded) is its full work."""
    from reader.core.render import sanitize

    assert sanitize.plain_text(value, limit=10**6) == (sanitize._unmarked(value) if value else "")
