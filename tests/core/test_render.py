"""The article page: escaping, typography, images through the cache, RTL, contrast."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.render.body import MAX_DEPTH, rewrite_body
from reader.core.render.document import (
    column_width_px,
    is_rtl,
    render_article,
    render_message,
    render_welcome,
    stylesheet,
)
from reader.core.render.palette import READING_COLOURS, contrast_ratio

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
HOSTILE = '<img src="/dev/zero"><b>bold</b>\u202e<script>x</script>'


@dataclass
class S:
    font_size: int = 18
    line_width: str = "medium"


def article(**kw: object) -> Article:
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


def simplified(**kw: object) -> SimplifiedArticle:
    base: dict[str, object] = {
        "title": "A real headline",
        "byline": "Maya Okafor",
        "published": NOW,
        "lead_image": "https://news.example/lead.jpg",
        "lang": "en",
        "direction": "ltr",
        "html": "<p>First paragraph.</p><p>Second.</p>",
        "text": "First paragraph.\n\nSecond.",
    }
    base.update(kw)
    return SimplifiedArticle(**base)  # type: ignore[arg-type]


def key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def test_header_has_title_byline_source_date_and_links() -> None:
    page = render_article(article(), simplified(), S(), date_text="26 November 2026")
    assert "<h1>A real headline</h1>" in page
    assert "Maya Okafor" in page and "Harbor City Chronicle" in page
    assert "26 November 2026" in page
    assert 'href="broadsheet:open"' in page and 'href="broadsheet:copy"' in page
    assert "First paragraph." in page


def test_feed_text_is_escaped_everywhere() -> None:
    a = article(title=HOSTILE, author=HOSTILE, feed_title=HOSTILE)
    page = render_article(a, None, S())
    assert "/dev/zero" not in page
    assert "<b>bold</b>" not in page.split("</style>")[1].split("<p class")[0]
    assert "<script" not in page
    page2 = render_article(a, simplified(title=HOSTILE, byline=HOSTILE), S())
    head = page2.split("</style>")[1]
    assert "<b>bold" not in head and "/dev/zero" not in head and "<script" not in head


def test_body_is_sanitized_again_and_images_point_at_the_cache() -> None:
    body = (
        '<p>x<img src="https://news.example/a.png" width="1200" height="600">'
        '<img src="/dev/zero"><img src="file:///etc/passwd"><img src="etc/passwd">'
        '<img srcset="https://t.example/p.png 2x"><script>alert(1)</script>'
        '<a href="javascript:alert(1)">j</a><span style="background:url(http://t.example/x)">s</span></p>'
    )
    page = render_article(article(), simplified(html=body, lead_image=""), S(), column_px=600)
    srcs = re.findall(r'src="([^"]*)"', page)
    # relative sources resolve against the article's page (and are then only cache keys)
    assert srcs[0] == "cache:" + key("https://news.example/a.png")
    assert all(re.fullmatch(r"cache:[0-9a-f]{64}", s) for s in srcs)
    assert "cache:" + key("https://news.example/dev/zero") in srcs
    assert len(srcs) == 3  # file: and srcset-only images are gone
    assert "javascript:" not in page and "<script" not in page and "srcset" not in page
    assert "url(" not in page.split("</style>")[1]
    assert 'width="600"' in page and 'height="300"' in page  # scaled, in proportion


def test_lead_image_first_and_not_repeated() -> None:
    lead = "https://news.example/lead.jpg"
    html = f'<p>One.</p><img src="{lead}" width="1600" height="900"><p>Two.</p>'
    page = render_article(article(), simplified(html=html, lead_image=lead), S())
    assert page.count("cache:" + key(lead)) == 1
    assert page.index("cache:" + key(lead)) < page.index("One.")


def test_image_width_never_exceeds_the_column() -> None:
    html = '<img src="https://x.example/w.png" width="5000" height="100">'
    page = render_article(article(), simplified(html=html, lead_image=""), S(), column_px=640)
    widths = [int(w) for w in re.findall(r'<img[^>]*width="(\d+)"', page)]
    assert widths and max(widths) <= 640
    tall = '<img src="https://x.example/t.png" width="400" height="4000">'
    page = render_article(article(), simplified(html=tall, lead_image=""), S(), column_px=640)
    heights = [int(h) for h in re.findall(r'<img[^>]*height="(\d+)"', page)]
    assert heights and max(heights) <= 640 * 1.1 + 1


def test_image_block_keeps_single_line_height() -> None:
    out, images, _ = rewrite_body('<p><img src="https://x.example/a.png"></p>', column_px=600)
    assert images == ("https://x.example/a.png",)
    assert 'style="line-height: 100%"' in out


def test_feed_text_shown_with_a_note_when_not_simplified() -> None:
    labels = {"feed_note": "NOTE-TRANSLATED"}
    page = render_article(article(content_html="<p>Full feed body</p>"), None, S(), labels=labels)
    assert "Full feed body" in page and "NOTE-TRANSLATED" in page
    page = render_article(article(), None, S())
    assert "The summary." in page and "being prepared" in page
    failed = render_article(article(simplified="failed"), None, S())
    assert "could not be prepared" in failed


@pytest.mark.parametrize("factor_range", [(1.6, 2.0)])
def test_headline_is_1_6_to_2_times_the_body(factor_range: tuple[float, float]) -> None:
    for size in (13, 18, 28):
        css = stylesheet(READING_COLOURS["light"], size, "serif")
        body = int(re.search(r"body \{[^}]*font-size: (\d+)px", css).group(1))  # type: ignore[union-attr]
        h1 = int(re.search(r"h1 \{[^}]*font-size: (\d+)px", css).group(1))  # type: ignore[union-attr]
        assert body == size
        assert factor_range[0] <= h1 / body <= factor_range[1]
        assert "line-height: 155%" in css


@pytest.mark.parametrize("mode", ["light", "sepia", "dark"])
def test_body_text_contrast_at_least_7(mode: str) -> None:
    c = READING_COLOURS[mode]
    assert contrast_ratio(c.text, c.background) >= 7.0
    assert contrast_ratio(c.heading, c.background) >= 7.0
    assert contrast_ratio(c.quote, c.background) >= 7.0
    assert contrast_ratio(c.muted, c.background) >= 4.5
    assert contrast_ratio(c.link, c.background) >= 4.5
    css = stylesheet(c, 18, "serif")
    assert f"background-color: {c.background}; color: {c.text}" in css


def test_contrast_formula() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_rtl_article() -> None:
    rtl = simplified(lang="ar", direction="rtl", html="<p>نص عربي</p>", title="عنوان")
    page = render_article(article(), rtl, S())
    assert '<body dir="rtl">' in page and '<p dir="rtl">نص عربي</p>' in page
    by_lang = render_article(article(), simplified(lang="he-IL", direction="ltr"), S())
    assert '<body dir="rtl">' in by_lang
    assert '<body dir="rtl">' not in render_article(article(), simplified(), S())
    assert is_rtl("fa") and is_rtl("ar_EG") and not is_rtl("fr")


def test_line_width_column() -> None:
    narrow, medium, wide = (column_width_px(18, w, 9.0) for w in ("narrow", "medium", "wide"))
    assert narrow < medium < wide
    assert 65 <= medium / 9.0 <= 75


def test_structure_bomb_is_flattened() -> None:
    bomb = "<blockquote>" * 10_000 + "deep" + "</blockquote>" * 10_000
    out, _, _ = rewrite_body(bomb + "<p>after</p>")
    assert "deep" in out and "after" in out
    assert out.count("<blockquote") <= MAX_DEPTH
    page = render_article(article(), simplified(html=bomb + "<p>after</p>"), S())
    assert page.count("<blockquote") <= MAX_DEPTH
    assert "A real headline" in page


def test_huge_body_is_truncated_with_a_note() -> None:
    huge = "<p>" + "word " * 800_000 + "</p>"
    page = render_article(article(), simplified(html=huge, lead_image=""), S())
    assert len(page) < 3_200_000
    assert "too long to show in full" in page


def test_font_family_is_quoted_safely() -> None:
    css = stylesheet(READING_COLOURS["light"], 18, "Evil'; } body { color: red")
    assert "color: red" not in css
    assert "font-family: sans-serif" in stylesheet(READING_COLOURS["light"], 18, "sans")


def test_welcome_and_message() -> None:
    page = render_welcome(S())
    for action in ("add", "import", "suggested"):
        assert f'href="broadsheet:{action}"' in page
    msg = render_message('<img src="/dev/zero"> failed\x00', S())
    assert "<img" not in msg.split("</style>")[1] and "&lt;img" in msg and "\x00" not in msg


def test_rtl_quote_bar_on_the_right_and_no_italics() -> None:
    html = "<blockquote><p>اقتباس <em>مهم</em></p></blockquote>"
    page = render_article(article(), simplified(html=html, lang="ar", direction="rtl"), S())
    body = page.split("</style>")[1]
    assert body.index('class="quote"') < body.index('class="bar"')
    assert "<em>" not in body and "<b>مهم</b>" in body
    assert "font-style: italic" not in page.split("</style>")[0]
    ltr = render_article(article(), simplified(html="<blockquote><p>q</p></blockquote>"), S())
    ltr_body = ltr.split("</style>")[1]
    assert ltr_body.index('class="bar"') < ltr_body.index('class="quote"')


def test_feed_text_in_arabic_reads_right_to_left_before_simplifying() -> None:
    a = article(title="عنوان الخبر", summary_html="<p>نص الخبر باللغة العربية</p>")
    assert '<body dir="rtl">' in render_article(a, None, S())
    assert '<body dir="rtl">' not in render_article(article(), None, S())


def test_nested_tables_are_flattened() -> None:
    nested = "<table><tr><td>" * 12 + "cell" + "</td></tr></table>" * 12
    out, _, _ = rewrite_body(nested)
    assert out.count("<table") <= 2 and "cell" in out
    assert out.count("<table") == out.count("</table>")
    quotes = "<blockquote>" * 30 + "q" + "</blockquote>" * 30
    out, _, _ = rewrite_body(quotes)
    assert out.count("<table") == 1 and out.count("</table>") == 1


def test_images_missing_from_the_cache_are_left_out() -> None:
    html = '<p>a<img src="https://x.example/in.png"><img src="https://x.example/out.png"></p>'
    cached = {"https://x.example/in.png"}
    page = render_article(
        article(), simplified(html=html), S(), has_image=lambda url: url in cached
    )
    assert "cache:" + key("https://x.example/in.png") in page
    assert "cache:" + key("https://x.example/out.png") not in page
    assert "cache:" + key("https://news.example/lead.jpg") not in page  # lead not cached


def test_source_falls_back_to_the_site() -> None:
    page = render_article(article(feed_title="", link="https://www.harbor.example/a"), None, S())
    assert '<p class="source">harbor.example</p>' in page


def test_untitled_article_gets_a_visible_title() -> None:
    page = render_article(article(title=""), simplified(title=""), S())
    assert "<h1>(no title)</h1>" in page
