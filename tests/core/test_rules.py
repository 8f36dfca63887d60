"""The rule matcher: words and regular expressions over each field, merged actions, and the
time limit that keeps a catastrophic pattern from freezing a refresh."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.rules import (
    Action,
    Candidate,
    Field,
    Kind,
    Matcher,
    Rule,
    RuleError,
    actions_text,
    check,
    needs_time_limit,
    parse_actions,
    words_of,
)


def rule(
    pattern: str, *, field: Field = Field.TITLE, kind: Kind = Kind.WORDS, **kw: object
) -> Rule:
    actions = kw.pop("actions", frozenset({Action.READ}))
    return Rule(field, kind, pattern, actions, id=int(kw.pop("id", 1)), **kw)  # type: ignore[arg-type]


def test_words_match_whole_words_in_any_order_ignoring_case_and_accents() -> None:
    matcher = Matcher([rule("Café football")])
    assert matcher.match(Candidate(title="FOOTBALL news from the cafe"))
    assert not matcher.match(Candidate(title="Footballer in a café"))
    assert not matcher.match(Candidate(title="football only"))


def test_a_trailing_star_matches_a_prefix() -> None:
    matcher = Matcher([rule("football*")])
    assert matcher.match(Candidate(title="Footballers strike"))
    assert not matcher.match(Candidate(title="Foot ball"))


@pytest.mark.parametrize("which", list(Field))
def test_each_field_is_looked_at_and_only_that_field(which: Field) -> None:
    matcher = Matcher([rule("zebra", field=which)])
    for other in ("title", "text", "author", "link", "feed"):
        hit = matcher.match(Candidate(**{other: "a zebra here"}))
        expected = other == which.value or (which is Field.ANY and other in ("title", "text"))
        assert bool(hit) is expected, other


def test_regex_matches_case_insensitively() -> None:
    matcher = Matcher([rule(r"\bsponsored\b|^ad:", kind=Kind.REGEX, field=Field.TITLE)])
    assert matcher.match(Candidate(title="AD: buy now"))
    assert matcher.match(Candidate(title="A Sponsored post"))
    assert not matcher.match(Candidate(title="Unsponsored"))


def test_actions_merge_over_every_matching_rule() -> None:
    matcher = Matcher(
        [
            rule("rust", actions=frozenset({Action.STAR, Action.TAG}), tag="Rust", id=1),
            rule("release", actions=frozenset({Action.NOTIFY, Action.TAG}), tag="News", id=2),
            rule("python", actions=frozenset({Action.HIDE}), id=3),
        ]
    )
    outcome = matcher.match(Candidate(title="Rust release notes"))
    assert outcome.star and outcome.notify and not outcome.hide and not outcome.read
    assert outcome.tags == {"Rust", "News"}
    assert outcome.rule_ids == [1, 2]
    hidden = matcher.match(Candidate(title="python"))
    assert hidden.hide and hidden.read  # a hidden article never counts as unread


def test_disabled_and_broken_rules_are_skipped_and_broken_ones_reported() -> None:
    matcher = Matcher(
        [rule("x", enabled=False, id=1), rule("(unclosed", kind=Kind.REGEX, id=2), rule("x", id=3)]
    )
    assert matcher.match(Candidate(title="x")).rule_ids == [3]
    assert 2 in matcher.broken and "regular expression" in matcher.broken[2]


@pytest.mark.parametrize(
    "bad",
    [
        rule("(", kind=Kind.REGEX),
        rule("   ", kind=Kind.REGEX),
        rule("!!! ---"),
        rule("x", actions=frozenset()),
        rule("x", actions=frozenset({Action.TAG}), tag=" "),
        rule("a" * 2000, kind=Kind.REGEX),
    ],
)
def test_rules_that_cannot_work_are_refused_in_words(bad: Rule) -> None:
    with pytest.raises(RuleError):
        check(bad)


@pytest.mark.parametrize("pattern", [r"(a+)+b", r"(a|aa)+b", r"(\w*)*\d$", r"(x+x+)+y"])
def test_a_catastrophic_pattern_is_stopped_and_skipped_afterwards(pattern: str) -> None:
    matcher = Matcher([rule(pattern, kind=Kind.REGEX, field=Field.TEXT, id=7), rule("word", id=8)])
    hostile = Candidate(title="word", text="a" * 5000 + "x" * 5000 + "!")
    outcome = matcher.match(hostile)
    assert outcome.rule_ids == [8]  # the slow rule counted as no match; the others still ran
    assert matcher.timed_out == {7}
    # From then on the slow rule is not tried again, even where it would match quickly.
    assert matcher.match(Candidate(text="ab", title="word")).rule_ids == [8]


def test_actions_round_trip_through_their_stored_form() -> None:
    actions = frozenset({Action.TAG, Action.READ})
    assert parse_actions(actions_text(actions)) == actions
    assert parse_actions("read,bogus,") == frozenset({Action.READ})


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
_fields = st.sampled_from(list(Field))


@settings(max_examples=200, deadline=None)
@given(text=_text, pattern=_text, which=_fields, kind=st.sampled_from(list(Kind)))
def test_any_input_never_raises(text: str, pattern: str, which: Field, kind: Kind) -> None:
    matcher = Matcher([rule(pattern, field=which, kind=kind)])
    candidate = Candidate(title=text, text=text, author=text, link=text, feed=text)
    matcher.match(candidate)  # a broken pattern is reported, never raised


@settings(max_examples=200, deadline=None)
@given(text=_text, which=_fields)
def test_every_word_of_a_field_matches_that_field(text: str, which: Field) -> None:
    words = sorted(words_of(text))
    candidate = Candidate(**{(which.value if which is not Field.ANY else "text"): text})
    for word in words[:5]:
        assert Matcher([rule(word, field=which)]).match(candidate), word


@settings(max_examples=200, deadline=None)
@given(text=_text, extra=st.from_regex(r"[a-z]{3,8}", fullmatch=True))
def test_a_word_absent_from_the_text_never_matches(text: str, extra: str) -> None:
    candidate = Candidate(title=text)
    matched = bool(Matcher([rule(extra)]).match(candidate))
    assert matched == (extra in words_of(text))


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=200),
    literal=st.from_regex(r"[a-z0-9 ]{1,10}", fullmatch=True),
)
def test_an_escaped_literal_regex_matches_exactly_where_the_text_contains_it(
    text: str, literal: str
) -> None:
    import re

    matcher = Matcher([rule(re.escape(literal), kind=Kind.REGEX)])
    assert bool(matcher.match(Candidate(title=text))) == (literal in text.lower())


@pytest.mark.parametrize(
    ("pattern", "limited"),
    [
        (r"\b(story|item) 5\b|zz5$", False),
        (r"(ab|a)?c", False),
        (r"[*+]x", False),
        (r"foo(?=bar)", False),
        (r"(a+)+b", True),
        (r"a*a*a*b", True),
        (r"(a)\1", True),
        (r"x{2,}", True),
        (r"(?!x)y+", True),
        ("a?" * 9, True),
        (r"\p{L}", True),  # the regex module's own syntax: not provably cheap
    ],
)
def test_only_patterns_that_cannot_backtrack_much_run_without_the_timer(
    pattern: str, limited: bool
) -> None:
    assert needs_time_limit(pattern) is limited


@settings(max_examples=200, deadline=None)
@given(
    left=st.from_regex(r"[a-z()|?]{0,6}", fullmatch=True),
    right=st.from_regex(r"[a-z()|?]{0,6}", fullmatch=True),
    repeat=st.sampled_from(["*", "+", "{2,}", "{3,9}", "*?", "+?"]),
)
def test_any_unbounded_or_large_repetition_gets_the_timer(
    left: str, right: str, repeat: str
) -> None:
    import re

    pattern = f"{left}(?:x){repeat}{right}"
    try:
        re.compile(pattern)
    except re.error:
        return
    assert needs_time_limit(pattern)


_patterns = st.sampled_from(
    [r"\bstory 5\b", r"zz$", r"^a", r"(?i)B", r"x?y", r"[0-9]", r"cat|dog", r"(a+)+b", r"é"]
)


@settings(max_examples=150, deadline=None)
@given(
    patterns=st.lists(_patterns, min_size=1, max_size=6),
    words=st.lists(st.sampled_from(["story", "cat", "zz", "café", "number"]), max_size=3),
    text=st.text(st.sampled_from("abcdxyzBé5 story"), max_size=40),
    which=_fields,
)
def test_many_rules_together_match_as_each_rule_alone(
    patterns: list[str], words: list[str], text: str, which: Field
) -> None:
    # The word index and the combined patterns are shortcuts: they must never change a result.
    rules = [rule(p, kind=Kind.REGEX, field=which, id=i + 1) for i, p in enumerate(patterns)]
    rules += [rule(w, field=which, id=100 + i) for i, w in enumerate(words)]
    candidate = Candidate(title=text, text=text, author=text, link=text, feed=text)
    together = Matcher(rules).match(candidate).rule_ids
    alone = [r.id for r in rules if Matcher([r]).match(candidate)]
    assert together == alone
