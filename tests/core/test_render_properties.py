"""Property-based tests of the sanitizer and the renderer (issue 9, "Done when"): for any
hostile markup, stored HTML holds no script, handler or non-web URL and is stable when
sanitized again; the rendered page asks only for ``cache:`` images and links only to the web,
mail or our own ``broadsheet:`` actions."""

from __future__ import annotations

import html as htmllib
import re
from datetime import UTC, datetime

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.render.body import rewrite_body
from reader.core.render.document import render_article
from reader.core.render.sanitize import sanitize_html
from reader.core.render.spoofing import spoofing_problems
from tests.core.test_feeds_hostile import assert_harmless
from tests.htmlgen import TEXT, fragment, xml_safe
from tests.props import PROPERTY, PROPERTY_SLOW

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
BASE = "https://hostile.example/a/"
CACHE_SRC = re.compile(r"cache:[0-9a-f]{64}")
LINK = re.compile(r"(https?://|mailto:|broadsheet:)", re.IGNORECASE)
NEVER_TAGS = {"script", "iframe", "object", "embed", "form", "base", "link", "frame", "svg", "math"}


def _assert_page_is_inert(page: str) -> None:
    """The oracle for what reaches the QTextBrowser."""
    root = lxml.html.document_fromstring(xml_safe(page))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag.lower() not in NEVER_TAGS, element.tag
        if element.tag == "meta":
            assert "http-equiv" not in element.attrib
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (name, page[:300])
            assert name.lower() not in ("srcset", "srcdoc", "formaction", "background")
            if element.tag == "img" and name == "src":
                assert CACHE_SRC.fullmatch(value), value
            elif name in ("href", "src", "cite", "action", "data"):
                assert LINK.match(value), (name, value)
                assert "javascript:" not in htmllib.unescape(value).lower().replace("\t", "")


@PROPERTY
@given(fragment(), st.sampled_from([BASE, "", "http://h.example", "javascript:alert(1)"]))
def test_property_sanitized_html_is_harmless_and_stable(html: str, base: str) -> None:
    clean = sanitize_html(html, base)
    assert sanitize_html(clean, base) == clean
    assert_harmless(xml_safe(clean))


@PROPERTY
@given(fragment())
def test_property_the_rewritten_body_asks_only_for_cache_images(html: str) -> None:
    body, images, _ = rewrite_body(sanitize_html(html, BASE), column_px=600)
    _assert_page_is_inert(f"<html><body>{body}</body></html>")
    assert all(url.startswith(("http://", "https://")) for url in images)


@PROPERTY
@given(fragment())
def test_property_raw_unsanitized_html_is_inert_after_the_rewrite(html: str) -> None:
    """Even HTML that never went through the sanitizer (an old cache, a bug upstream)."""
    body, _, _ = rewrite_body(html, column_px=600)
    assert "<script" not in body.lower()
    for match in re.finditer(r'<img [^>]*src="([^"]*)"', body):
        assert CACHE_SRC.fullmatch(match.group(1)), match.group(0)


@PROPERTY_SLOW
@given(
    fragment(),
    fragment(),
    TEXT,
    TEXT,
    st.sampled_from(["https://x.example/lead.png", "", "javascript:x"]),
)
def test_property_the_article_page_is_inert(
    summary: str, body: str, title: str, author: str, lead: str
) -> None:
    article = Article(
        id=1, feed_id=1, entry_id="e", title=title, link="https://x.example/story", author=author,
        published=NOW, first_seen=NOW, summary_html=summary, content_html="", feed_title=title,
    )  # fmt: skip
    for simplified in (
        None,
        SimplifiedArticle(
            title=title,
            byline=author,
            html=sanitize_html(body, BASE),
            text="",
            published=NOW,
            lead_image=lead,
            lang="en",
        ),
    ):
        page = render_article(article, simplified, column_px=600, has_image=lambda _u: True)
        _assert_page_is_inert(page)
        heading = lxml.html.document_fromstring(xml_safe(page)).findtext(".//h1") or ""
        assert spoofing_problems(heading) == [], heading
