"""Answers that are valid HTTP yet carry nothing to read, said in words: a redirect without a
Location header ("server answered 302 (found)" before, which reads as if the feed was found)
and a 204/205 "no content" (before: "no feed found on this page" when subscribing, "empty
response" on a refresh)."""

from __future__ import annotations

import pytest

from reader.errors import FetchError
from reader.net.http import Fetcher
from tests.httpserver import FixtureServer


def _refusal(url: str) -> FetchError:
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    try:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(url)
    finally:
        fetcher.close()
    return caught.value


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("location", [None, "", "   "])
def test_a_redirect_without_a_location_says_so(
    server: FixtureServer, status: int, location: str | None
) -> None:
    headers = {} if location is None else {"Location": location}
    server.add("/moved", status=status, headers=headers)
    error = _refusal(server.url("/moved"))
    assert str(error).startswith(f"server answered {status} (")
    assert str(error).endswith("without saying where to (no Location header)")
    assert error.status == status


@pytest.mark.parametrize(("status", "phrase"), [(204, "no content"), (205, "reset content")])
def test_no_content_says_nothing_was_sent(server: FixtureServer, status: int, phrase: str) -> None:
    server.add("/empty", status=status)
    error = _refusal(server.url("/empty"))
    assert str(error) == f"server answered {status} ({phrase}): nothing was sent"
