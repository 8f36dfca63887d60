"""Drills against the command line with hostile arguments and files: every one ends with a
message in words (never "internal error"), and nothing stored changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reader.cli import main as cli
from tests.feedkit import page_with_alternates, serve_feed
from tests.httpserver import FixtureServer
from tests.props import PROPERTY


def _state(capsys: pytest.CaptureFixture[str]) -> list[tuple[int, bool, bool]]:
    capsys.readouterr()
    assert cli.main(["--json", "articles"]) == 0
    return [(a["id"], a["read"], a["starred"]) for a in json.loads(capsys.readouterr().out)]


@pytest.fixture
def subscribed(profile: Path, server: FixtureServer) -> Path:
    serve_feed(server, "/feed.xml", "Kept")
    assert cli.main(["add", server.url("/feed.xml")]) == 0
    assert cli.main(["star", "1"]) == 0 and cli.main(["read", "2"]) == 0
    return profile


NUMBER_COMMANDS = [
    ["read", "{n}"], ["unread", "{n}"], ["star", "{n}"], ["unstar", "{n}"], ["show", "{n}"],
    ["articles", "--limit", "{n}"], ["articles", "--feed", "{n}"], ["remove", "{n}"],
    ["refresh", "--feeds-only", "{n}"], ["search", "Kept", "--limit", "{n}"],
    ["account", "remove", "{n}"], ["sync", "{n}"], ["add", "https://x.example/", "--pick", "{n}"],
]  # fmt: skip


@PROPERTY
@given(st.integers(min_value=2**63 - 1, max_value=10**40), st.sampled_from(NUMBER_COMMANDS))
def test_property_a_number_too_large_for_the_database_is_refused_in_words(
    subscribed: Path, capsys: pytest.CaptureFixture[str], number: int, argv: list[str]
) -> None:
    before = _state(capsys)
    status = cli.main([part.format(n=number) for part in argv])
    err = capsys.readouterr().err
    assert status in (0, 1, 2), err
    assert "internal error" not in err and "Traceback" not in err, err
    assert err == "" or err.startswith("broadsheet: error: "), err
    assert _state(capsys) == before


def test_a_process_count_beyond_reason_is_refused_in_words(
    subscribed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert cli.main(["refresh", "--jobs", "100000"]) == 2
    assert capsys.readouterr().err.startswith("broadsheet: error: argument --jobs: at most 64")


def test_a_page_offering_twenty_thousand_feeds_lists_fifty_and_counts_the_rest(
    profile: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """'add' on a page announcing 20,000 feeds printed all of them (2 MB); now the first 50
    and how many more there are."""
    server.add("/", page_with_alternates(
        [(f"/f{i}.xml", "application/rss+xml", f"Feed {i}") for i in range(20_000)]
    ))  # fmt: skip
    assert cli.main(["add", server.url("/")]) == 2
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 52 and len(out) < 10_000
    assert "offers 20000 feeds (the first 50 listed)" in lines[0]
    assert "50. Feed 49" in lines[50] and "19950 more" in lines[51]
    assert "20000 feeds found" in err
    assert cli.main(["add", server.url("/"), "--pick", "51"]) == 1
    assert "only 50 of the page's feeds offered" in capsys.readouterr().err
    serve_feed(server, "/f49.xml", "Feed 49", 1)
    assert cli.main(["add", server.url("/"), "--pick", "50"]) == 0


@pytest.mark.parametrize("spelling", ["/feed.xml?utm_source=share", "/feed.xml#top"])
def test_another_spelling_of_a_subscribed_feed_names_it_in_every_command(
    subscribed: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    """ "add" called such an address "already subscribed", "remove" then said "not subscribed"."""
    capsys.readouterr()
    assert cli.main(["add", server.url(spelling)]) == 1
    assert "already subscribed" in capsys.readouterr().err
    assert cli.main(["--json", "articles", "--feed", server.url(spelling)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    assert cli.main(["remove", server.url(spelling)]) == 0
    assert "Removed Kept" in capsys.readouterr().out
    assert cli.main(["--json", "feeds"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("argv", NUMBER_COMMANDS)
def test_a_number_of_five_thousand_digits_is_refused_in_words(
    subscribed: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """int() refuses more than 4,300 digits (ValueError): 'remove 999...' and 'refresh 999...'
    ended in 'internal error (ValueError: Exceeds the limit ...)', others said 'not a number'."""
    before = _state(capsys)
    status = cli.main([part.format(n="9" * 5000) for part in argv])
    err = capsys.readouterr().err
    assert status in (0, 1, 2), err
    assert "internal error" not in err and "not a number" not in err, err[:300]
    assert err == "" or err.startswith("broadsheet: error: "), err[:300]
    assert _state(capsys) == before


@PROPERTY
@example("-" + "9" * 5000)
@example("+" + "0" * 5000 + "7")
@given(
    st.one_of(
        st.text(max_size=30),
        st.from_regex(r"\A[ +-]?[0-9]{1,5000}\Z"),
        st.integers().map(str),
    )
)
def test_a_typed_number_is_a_positive_int_or_a_usage_error(text: str) -> None:
    import argparse

    from reader.cli.numbers import MAX_NUMBER, positive

    try:
        value = positive(text)
    except argparse.ArgumentTypeError as err:
        assert str(err).startswith(("too large: ", "not a number: ", "must be 1 or more: "))
        assert len(str(err)) < 200  # thousands of digits are not echoed whole
    else:
        assert 1 <= value <= MAX_NUMBER
        assert value == int(text.strip().lstrip("+0") or "0")
