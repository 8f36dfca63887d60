"""The article page's list of files: facts in words, links by position, nothing from the
feed interpreted as markup."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.models import Enclosure
from reader.core.render.enclosures import DownloadState, duration_text, enclosure_list, kind_of

MP3 = Enclosure("https://cdn.example.org/show/ep%2012.mp3", "audio/mpeg", 57_671_680, 3723)
PDF = Enclosure("https://example.org/notes.pdf", "application/pdf")


def test_rows_name_kind_size_duration_and_links() -> None:
    page = enclosure_list((MP3, PDF), {})
    assert "ep 12.mp3" in page and "Audio · 55 MB · 1:02:03" in page
    assert 'href="broadsheet:play/0">Play<' in page
    assert 'href="broadsheet:download/1">Download<' in page
    assert 'href="broadsheet:play/1">Open<' in page  # not playable: opened
    assert "Document" in page


def test_the_state_of_a_download_shows() -> None:
    active = enclosure_list((MP3,), {MP3.url: DownloadState("active", 25, 100)})
    assert "Downloading: 25 %" in active and "broadsheet:cancel/0" in active
    assert "broadsheet:download/0" not in active
    failed = enclosure_list((MP3,), {MP3.url: DownloadState("failed", words="timed out")})
    assert "Download failed: timed out" in failed and "broadsheet:download/0" in failed
    done = enclosure_list((MP3,), {MP3.url: DownloadState("done", path="/tmp/x.mp3")})
    assert "Downloaded" in done and "/tmp/x.mp3" not in done


def test_no_files_no_list_and_non_web_addresses_are_left_out() -> None:
    assert enclosure_list((), {}) == ""
    assert enclosure_list((Enclosure("file:///etc/passwd", "audio/mpeg"),), {}) == ""


def test_kinds_and_durations() -> None:
    assert [kind_of(Enclosure("https://x.example/a", t)) for t in ("video/mp4", "image/png", "", "text/plain")] == ["video", "image", "file", "document"]  # fmt: skip
    assert (duration_text(59), duration_text(3600), duration_text(-4)) == (
        "0:59",
        "1:00:00",
        "0:00",
    )


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.text(max_size=40), st.text(max_size=40))
def test_feed_text_never_becomes_markup(path: str, mime: str, words: str) -> None:
    enclosure = Enclosure("https://x.example/" + path, mime, 1, 1)
    page = enclosure_list((enclosure,), {enclosure.url: DownloadState("failed", words=words)})
    tags = set(re.findall(r"<\s*([a-zA-Z0-9]+)", page))
    assert tags <= {"h3", "p", "b", "span", "br", "a"}
    assert all(href.startswith("broadsheet:") for href in re.findall(r'href="([^"]*)"', page))
