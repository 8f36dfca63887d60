"""The reader view against a page address that answers with nothing: the user is told the page
was empty (not that it 'could not be simplified', which sends them looking at the page), and
the feed's own text still shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.errors import ExtractError
from reader.usecases.pages import simplify_page
from tests.httpserver import FixtureServer


@pytest.mark.parametrize("body", [b"", b"   \r\n\t ", b"\xef\xbb\xbf\n"])
def test_an_empty_page_is_said_to_be_empty(body: bytes) -> None:
    with pytest.raises(ExtractError) as caught:
        simplify_page(body, "text/html; charset=utf-8", "https://example.org/story")
    assert str(caught.value) == "the server sent an empty page"


def test_the_command_line_says_so(
    profile: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.add("/story", b"")
    assert cli.main(["simplify", server.url("/story")]) == 1
    assert "the server sent an empty page" in capsys.readouterr().err
