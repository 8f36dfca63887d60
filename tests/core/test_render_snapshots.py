"""The article, welcome and message pages stay byte for byte what they were: a refactor of
:mod:`reader.core.render.document` must not change one character of the page or its CSS.

Each case's page is compared with the SHA-256 recorded in ``render_snapshots.json`` (next to
this file). A change of the pages made on purpose records the new digests with
``python -m tests.core.test_render_snapshots`` (say in the commit why the pages changed).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.core.models import Article, Enclosure
from reader.core.parsed import SimplifiedArticle
from reader.core.render.document import (
    render_article,
    render_message,
    render_welcome,
    stylesheet,
)
from reader.core.render.enclosures import DownloadState
from reader.core.render.palette import colours_for

SNAPSHOTS = Path(__file__).with_name("render_snapshots.json")
NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
HOSTILE = '<img src="/dev/zero"><b>bold</b>\u202e<script>x</script>'
BODY = (
    "<h2>A section</h2><p>First <a href='https://news.example/b'>link</a> and <em>words</em>.</p>"
    "<blockquote><p>A quotation.</p></blockquote><ul><li>one</li><li>two</li></ul>"
    "<figure><img src='https://news.example/fig.jpg' width='800' height='600'>"
    "<figcaption>A caption.</figcaption></figure><pre>code()</pre>"
    "<table><tr><th>a</th><td>1</td></tr></table>"
)


class Size:
    """Render settings (the fields :class:`~reader.core.render.document.RenderSettings` reads)."""

    def __init__(self, font_size: int = 18, line_width: str = "medium") -> None:
        self.font_size = font_size
        self.line_width = line_width


def _article(**kw: object) -> Article:
    base: dict[str, object] = {
        "id": 7,
        "feed_id": 1,
        "entry_id": "e",
        "title": "Feed title",
        "link": "https://news.example/a",
        "author": "Feed Author",
        "published": NOW,
        "first_seen": NOW,
        "summary_html": "<p>The summary.</p>",
        "content_html": "",
        "feed_title": "Harbor City Chronicle",
    }
    base.update(kw)
    return Article(**base)  # type: ignore[arg-type]


def _simplified(**kw: object) -> SimplifiedArticle:
    base: dict[str, object] = {
        "title": "A real headline - Harbor City Chronicle",
        "byline": "Maya Okafor | 26 November 2026",
        "published": NOW,
        "lead_image": "https://news.example/lead.jpg",
        "lang": "en",
        "html": BODY,
        "text": "First link and words. A quotation. one two",
    }
    base.update(kw)
    return SimplifiedArticle(**base)  # type: ignore[arg-type]


GERMAN = {"open": "Original öffnen", "by": "Von {}", "minutes": "{} Min. Lesezeit"}
EPISODE = Enclosure("https://news.example/ep.mp3", "audio/mpeg", 12_345_678, 3723)
PAPER = Enclosure("https://news.example/paper.pdf", "application/pdf")
ARABIC = "<p>" + "مرحبا بالعالم " * 40 + "</p>"

CASES: dict[str, Callable[[], str]] = {
    "feed text": lambda: render_article(
        _article(content_html=BODY), None, Size(), date_text="26 November 2026"
    ),
    "reader view, sepia, lead image": lambda: render_article(
        _article(),
        _simplified(),
        Size(21, "wide"),
        mode="sepia",
        font_family="Noto Serif",
        column_px=600,
        date_text="26 Nov",
        has_image=lambda url: True,
    ),
    "reader view, images not cached": lambda: render_article(
        _article(), _simplified(), Size(), date_text="x", has_image=lambda url: False
    ),
    "right to left, dark, sans": lambda: render_article(
        _article(title="عنوان", feed_title="", link="https://www.akhbar.example/x"),
        _simplified(title="عنوان المقال", lang="ar", direction="rtl", html=ARABIC, text=""),
        Size(14, "narrow"),
        mode="dark",
        font_family="sans",
        date_text="",
    ),
    "right to left guessed from the feed": lambda: render_article(
        _article(summary_html=ARABIC, author=""), None, Size(), mode="contrast", date_text=""
    ),
    "failed, no text": lambda: render_article(
        _article(simplified="failed", summary_html="", link="javascript:alert(1)"),
        None,
        date_text="1 May",
    ),
    "enclosures, downloads, translated labels": lambda: render_article(
        _article(enclosures=(EPISODE, PAPER)),
        _simplified(lead_image=""),
        Size(),
        labels=GERMAN,
        date_text="26.11.2026",
        format_number=lambda n: f"<{n}>",
        downloads={EPISODE.url: DownloadState("active", 1_000_000, 12_345_678)},
    ),
    "editions": lambda: render_article(
        _article(),
        _simplified(
            alternates=(("fr", "https://news.example/fr/a"), ("de", "https://news.example/de/a")),
            editions=(_simplified(lang="fr", title="Un titre"),),
        ),
        date_text="today",
    ),
    "hostile feed text": lambda: render_article(
        _article(title=HOSTILE, author=HOSTILE, feed_title=HOSTILE, summary_html=HOSTILE),
        _simplified(title=HOSTILE, byline=HOSTILE, html=HOSTILE, lead_image="file:///etc/x"),
        Size(200),
        font_family="Evil'; } body { color: red",
        date_text=HOSTILE,
    ),
    "welcome": lambda: render_welcome(Size(16), mode="dark", labels=GERMAN),
    "welcome, right to left": lambda: render_welcome(rtl=True, font_family="sans-serif"),
    "message": lambda: render_message(f"First line\n\n{HOSTILE}\nLast", Size(30), mode="sepia"),
}
for _mode in ("light", "sepia", "dark", "contrast"):
    for _rtl in (False, True):
        for _size in (4, 18, 100):
            CASES[f"stylesheet {_mode} {_size} rtl={_rtl}"] = (
                lambda mode=_mode, size=_size, rtl=_rtl: stylesheet(
                    colours_for(mode), size, "DejaVu Serif", rtl
                )
            )


def digest(page: str) -> str:
    """The SHA-256 of a page's UTF-8 bytes."""
    return hashlib.sha256(page.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_page_is_unchanged(case: str) -> None:
    recorded = json.loads(SNAPSHOTS.read_text(encoding="utf-8"))
    assert digest(CASES[case]()) == recorded[case]


def test_every_recorded_case_still_exists() -> None:
    assert sorted(json.loads(SNAPSHOTS.read_text(encoding="utf-8"))) == sorted(CASES)


def record() -> None:
    """Write the digests of today's pages (after a change of the pages made on purpose)."""
    digests = {case: digest(make()) for case, make in sorted(CASES.items())}
    SNAPSHOTS.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    record()
