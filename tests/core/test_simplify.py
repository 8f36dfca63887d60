"""Reader view: safety (RELIABILITY H1, H5, H6, H7, H9), structure, metadata and charsets."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import html as lxml_html

import reader
from reader.core.render.sanitize import MAX_TABLE_ROWS, sanitize_html
from reader.core.simplify.pipeline import MAX_PAGE_BYTES, decode_html, html_to_text, simplify
from reader.errors import ExtractError

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
URL = "https://news.example.org/2024/03/story.html"
PARA = (
    "<p>The council met on Tuesday, and after a long debate, agreed to repair the old library "
    "roof before winter, to hire two more librarians, and to open the reading room on Sundays.</p>"
)


def page(body: str, head: str = "<title>A story</title>") -> str:
    """A whole page around ``body``."""
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def max_depth(fragment: str) -> int:
    """The deepest element nesting of an HTML fragment (html/body not counted)."""
    root = lxml_html.document_fromstring("<html><body><div>" + fragment + "</div></body></html>")
    body = root.find("body")
    deepest = 0
    stack = [(body, 0)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element if isinstance(child.tag, str))
    return deepest - 1


HOSTILE_BODY = (
    "<article><h1>A story</h1>"
    + PARA * 3
    + """
<script>alert(1)</script><script src="https://evil.example/x.js"></script>
<style>body{background:url(javascript:alert(1))}</style>
<p onclick="alert(1)" onmouseover="alert(2)" style="width:expression(alert(3));position:fixed">
 Handlers and <img src="x.png" onerror="alert(4)"> an image with a handler.</p>
<p><a href="javascript:alert(5)">one</a> <a href="JaVaScRiPt:alert(6)">two</a>
 <a href=" javascript:alert(7)">three</a> <a href="java&#x09;script:alert(8)">four</a>
 <a href="&#106;avascript:alert(9)">five</a> <a href="javascript&colon;alert(10)">six</a>
 <a href="&#x6A;&#x61;vascript:alert(11)">seven</a> <a href="vbscript:msgbox(12)">vb</a>
 <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4=">data</a>
 <a href="file:///etc/passwd">file</a> <a href="ms-msdt:/id">msdt</a></p>
<iframe src="https://evil.example/frame"></iframe><iframe srcdoc="<script>alert(14)</script>"></iframe>
<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">
<meta http-equiv="refresh" content="0;url=javascript:alert(15)"><base href="javascript:alert(16)//">
<form action="javascript:alert(17)"><input name="q"><button formaction="javascript:alert(18)">go</button></form>
<noscript><p title="</noscript><img src=x onerror=alert(19)>">x</p></noscript>
<math><mtext><table><mglyph><style><img src=x onerror=alert(20)>
<svg><script>alert(21)</script></svg><![CDATA[<script>alert(22)</script>]]>
"""
    + PARA * 3
    + "</article>"
)


FORBIDDEN = re.compile(
    r"<script|<style|<iframe|<object|<embed|<form|<input|<button|<meta|<base|<svg|<math|"
    r"\son\w+\s*=|javascript|vbscript|data:|file:|ms-msdt|expression\(|style\s*=|srcdoc|formaction",
    re.I,
)


def test_hostile_page_nothing_dangerous_survives() -> None:
    article = simplify(page(HOSTILE_BODY), URL)
    assert "council met" in article.text
    assert not FORBIDDEN.findall(article.html), FORBIDDEN.findall(article.html)
    for href in re.findall(r'href="([^"]*)"', article.html):
        assert href.startswith(("https://", "http://", "mailto:")), href


def test_image_sources_are_web_addresses_only() -> None:
    images = "".join(
        f'<img src="{src}" width="600" height="400">'
        for src in (
            "/dev/zero",
            "file:///etc/passwd",
            "etc/passwd",
            "//host/share/x.png",
            "\\\\host\\share\\x.png",
            "javascript:alert(1)",
        )
    )
    article = simplify(page("<article>" + PARA * 3 + f"<p>{images}</p>" + PARA + "</article>"), URL)
    sources = re.findall(r'src="([^"]*)"', article.html)
    assert sources
    for src in sources:
        assert src.startswith(("https://", "http://")), src
    assert "file:" not in article.html
    assert "javascript" not in article.html


def test_base_href_is_honoured_only_when_it_is_a_web_address() -> None:
    body = "<article>" + PARA * 3 + '<p><a href="next.html">next</a> part of it.</p></article>'
    good = simplify(
        page(body, '<title>A story</title><base href="https://cdn.example.net/x/">'), URL
    )
    assert 'href="https://cdn.example.net/x/next.html"' in good.html
    bad = simplify(page(body, '<title>A story</title><base href="javascript:alert(1)//">'), URL)
    assert 'href="https://news.example.org/2024/03/next.html"' in bad.html


def test_hostile_fragment_sanitized_twice_is_unchanged() -> None:
    once = sanitize_html(HOSTILE_BODY, URL)
    assert not FORBIDDEN.findall(once)
    assert sanitize_html(once, URL) == once
    article = simplify(page(HOSTILE_BODY), URL)
    assert sanitize_html(article.html, URL) == article.html


def test_relative_urls_become_absolute_and_structure_stays() -> None:
    article = simplify((PAGES / "article_meta.html").read_text(encoding="utf-8"), URL)
    assert 'src="https://news.example.org/2024/03/img/bridge-night.jpg"' in article.html
    for tag in ("<h2", "<ul", "<li", "<blockquote", "<table", "<td", "<figure", "<figcaption"):
        assert tag in article.html, tag
    assert "The rebuilt bridge at night." in article.text
    assert "Copyright" not in article.text
    assert "Home" not in article.text


@pytest.mark.parametrize(
    ("bomb", "tag"),
    [("<div>" * 100_000, "div"), ("<blockquote>" * 10_000, "blockquote")],
)
def test_nesting_bombs_are_capped(bomb: str, tag: str) -> None:
    out = sanitize_html(PARA + bomb + "deep text" + f"</{tag}>" * 1000, URL)
    assert max_depth(out) <= 255
    article = simplify(page(PARA * 4 + bomb + PARA), URL)
    assert max_depth(article.html) <= 255


def test_huge_table_is_truncated_with_a_note() -> None:
    table = "<table>" + "<tr><td>cell</td><td>value</td></tr>" * 100_000 + "</table>"
    out = sanitize_html(PARA + table, URL)
    assert out.count("<tr>") == MAX_TABLE_ROWS
    assert "table truncated" in out
    wide = "<table><tr>" + "<td>c</td>" * 5000 + "</tr></table>"
    out = sanitize_html(wide, URL)
    assert out.count("<td>") < 100
    assert "table truncated" in out
    table = table.replace("<table>", "<table><thead><tr><th>Name</th><th>Value</th></tr></thead>")
    article = simplify(page(PARA * 6 + table + PARA), URL)
    assert MAX_TABLE_ROWS - 1 <= article.html.count("<tr>") <= MAX_TABLE_ROWS
    assert "table truncated" in article.text


def test_page_over_the_cap_is_refused() -> None:
    big = page(PARA * (10 * 1024 * 1024 // len(PARA)))
    with pytest.raises(ExtractError, match="page too large"):
        simplify(big, URL)
    # Counted in UTF-8 bytes: fewer characters than the cap, more bytes.
    wide_chars = page("<p>" + "é" * (MAX_PAGE_BYTES // 2 + 10) + "</p>")
    assert len(wide_chars) < MAX_PAGE_BYTES
    with pytest.raises(ExtractError, match="page too large"):
        reader.simplify(wide_chars, URL)


def test_one_huge_text_node_is_no_article() -> None:
    with pytest.raises(ExtractError, match="could not simplify"):
        simplify("<html><body>" + "a" * (4 * 1024 * 1024) + "</body></html>", URL)


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html></html>", page(""), page("<nav><a href='/'>Home</a></nav>"), "\x00\x01"],
)
def test_empty_pages_raise(html: str) -> None:
    with pytest.raises(ExtractError, match="could not simplify"):
        simplify(html, URL)


def test_metadata_from_meta_tags_and_json_ld() -> None:
    article = simplify((PAGES / "article_meta.html").read_text(encoding="utf-8"), URL)
    assert article.title == "The bridge that came back"
    assert article.byline == "Alice Marsh"
    assert article.published == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert article.published.tzinfo is not None
    assert article.lead_image == "https://news.example.org/images/bridge-lead.jpg"
    assert article.lang == "en-GB"
    assert article.direction == "ltr"
    # The view shows the title itself: the body does not repeat it.
    assert not article.text.startswith("The bridge that came back")


def test_metadata_from_page_markup() -> None:
    article = simplify((PAGES / "article_markup.html").read_text(encoding="utf-8"), URL)
    assert article.title == "Ein neuer Weg durch den alten Wald"
    assert article.byline == "Jonas Berg"
    assert article.published == datetime(2023, 11, 2, 14, 0, tzinfo=UTC)
    assert article.lead_image == "https://news.example.org/bilder/wald.jpg"
    assert article.lang == "de"


def test_rtl_page() -> None:
    article = simplify((PAGES / "article_rtl.html").read_text(encoding="utf-8"), URL)
    assert article.direction == "rtl"
    assert article.lang == "ar"
    assert "مكتبة" in article.text


def test_dir_attribute_wins() -> None:
    html = page("<div>" + PARA * 4 + "</div>").replace("<html>", '<html dir="rtl">')
    assert simplify(html, URL).direction == "rtl"


def test_text_has_paragraphs() -> None:
    text = html_to_text(
        "<h2>Head</h2><p>one <b>bold</b>\n word</p><ul><li>a</li><li>b</li></ul>x<br>y"
    )
    assert text == "Head\n\none bold word\n\na\n\nb\n\nx\ny"
    article = simplify(page(PARA * 3), URL)
    assert article.text.count("\n\n") == 2


CAFE = "Café crème à côté"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"\xef\xbb\xbf<p>" + CAFE.encode("utf-8"), ""),
        (b"\xff\xfe" + f"<p>{CAFE}".encode("utf-16-le"), "text/html; charset=iso-8859-1"),
        (f"<p>{CAFE}".encode("utf-16-le"), "text/html; charset=utf-16le"),
        (f"<p>{CAFE}".encode("cp1252"), "text/html; charset=windows-1252"),
        (f"<p>{CAFE}".encode("cp1252"), 'text/html; charset="ISO-8859-1"'),
        (f'<meta charset="windows-1252"><p>{CAFE}'.encode("cp1252"), ""),
        (
            f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>{CAFE}'.encode(
                "cp1252"
            ),
            "text/html",
        ),
        # Wrong declarations: UTF-8 bytes labelled Latin-1 (HTTP and meta) ...
        (f"<p>{CAFE}".encode(), "text/html; charset=iso-8859-1"),
        (f'<meta charset="iso-8859-1"><p>{CAFE}'.encode(), ""),
        # ... and Latin-1 bytes labelled UTF-8.
        (f'<meta charset="utf-8"><p>{CAFE} {CAFE} {CAFE}'.encode("cp1252"), ""),
        # UTF-8 bytes labelled with a multi-byte legacy charset.
        (f'<meta charset="gb2312"><p>{CAFE} 新电脑已可利用记忆自学'.encode(), ""),
        # Nothing declared.
        (f"<p>{CAFE}".encode(), ""),
        (f"<p>{CAFE} et une très belle journée à la fenêtre".encode("cp1252"), ""),
    ],
)
def test_decode_html(body: bytes, content_type: str) -> None:
    text = decode_html(body, content_type)
    assert CAFE in text
    assert "Ã" not in text
    assert "\ufffd" not in text


def test_decode_then_simplify_has_no_mojibake() -> None:
    raw = page(PARA * 3 + "<p>Né à Zürich, élevé à Genève, il a étudié à Besançon.</p>")
    body = raw.replace("<head>", '<head><meta charset="iso-8859-1">').encode("utf-8")
    article = simplify(decode_html(body, "text/html"), URL)
    assert "Zürich" in article.text
    assert "Ã" not in article.text


def test_realistic_5mib_page_finishes() -> None:
    """A page just under the cap is simplified (the time is measured by the bench, not here)."""
    item = '<li><a href="/topics/{i}">Topic {i}</a> <span class="count">{i}</span></li>'
    farm = "<ul>" + "".join(item.format(i=i) for i in range(60_000)) + "</ul>"
    html = page("<nav>" + farm + "</nav><article>" + PARA * 20 + "</article>")
    html = html[: MAX_PAGE_BYTES - 200] if len(html) > MAX_PAGE_BYTES else html
    article = simplify(html, URL)
    assert "council met" in article.text


def test_section_front_is_not_an_article() -> None:
    """A list of headline links with short blurbs is a listing: no reader view."""
    html = (PAGES / "section_front.html").read_text(encoding="utf-8")
    with pytest.raises(ExtractError, match="could not simplify"):
        simplify(html, URL)


def test_page_of_links_is_not_an_article() -> None:
    links = "".join(
        f'<p><a href="/topic/{i}">Topic number {i} of the site</a></p>' for i in range(40)
    )
    with pytest.raises(ExtractError, match="could not simplify"):
        simplify(page("<div>" + links + "</div>"), URL)


def test_intro_list_and_table_outside_the_main_block_are_kept() -> None:
    """readability-lxml keeps one best block; an intro and a data table beside it must stay."""
    html = page(
        '<div class="wrap"><p class="intro">An introduction that sets the scene before the story '
        "begins, long enough to count as a real paragraph of the article.</p>"
        '<div class="story-body">' + PARA * 6 + "</div>"
        "<table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody>"
        + "".join(f"<tr><td>Roof part {i}</td><td>{i * 100}</td></tr>" for i in range(6))
        + "</tbody></table></div>"
    )
    article = simplify(html, URL)
    assert "An introduction that sets the scene" in article.text
    assert "Roof part 5" in article.text


def test_byline_line_and_share_bar_leave_the_body() -> None:
    html = page(
        '<article><h1>A story</h1><div class="byline">By Jane Doe</div>'
        '<div class="share-tools"><a href="https://social.example/share?u=1">Share</a> '
        '<a href="https://social.example/tweet?u=1">Tweet</a></div>' + PARA * 5 + "</article>"
    )
    article = simplify(html, URL)
    assert article.byline == "Jane Doe"
    assert "Jane Doe" not in article.text
    assert "Tweet" not in article.text


def test_teasers_newsletter_box_date_line_and_repeated_caption_leave_the_body() -> None:
    html = page(
        '<article><h1>A story</h1><p class="byline">By Jane Doe</p><p>March 5, 2024 at 10:30 am</p>'
        + PARA * 3
        + '<p>Read more: <a href="/other-story">Another story about the library</a></p>'
        + '<figure><img src="/a.jpg" width="800" height="400"><figcaption>The old reading room.'
        "</figcaption><p>The old reading room.</p></figure>"
        + '<div class="newsletter-signup"><p>Get our daily newsletter in your inbox.</p></div>'
        + PARA * 3
        + "<p>More local news:</p><ul>"
        + "".join(f'<li><a href="/n/{i}">Headline of teaser number {i}</a></li>' for i in range(4))
        + "</ul>"
        + "</article>"
    )
    article = simplify(html, URL)
    assert "Another story" not in article.text
    assert "teaser number" not in article.text
    assert "More local news" not in article.text
    assert "newsletter" not in article.text
    assert "March 5, 2024" not in article.text
    assert "Jane Doe" not in article.text
    assert article.text.count("The old reading room.") == 1
    assert "<figcaption>" in article.html
    assert 'src="https://news.example.org/a.jpg"' in article.html


def test_mathml_keeps_its_text() -> None:
    math = "<math><mi>x</mi><mo>=</mo><mn>42</mn><annotation>x=42</annotation></math>"
    article = simplify(page(PARA * 4 + f"<p>The answer is {math} exactly.</p>"), URL)
    assert "The answer is x = 42 exactly." in article.text
    assert "<math" not in article.html


def test_lazy_images_get_their_real_address() -> None:
    html = page(
        "<article>"
        + PARA * 3
        + '<figure><div><img src="/tiny-blur.jpg?q=20" width="800" height="400"></div><img width="800">'
        '<noscript><img src="/real-1.jpg" width="800"></noscript><figcaption>First.</figcaption></figure>'
        '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real-2.jpg?format=jpg"></p>'
        '<figure data-image="/real-3.png"><figcaption>Third, named only by the figure.</figcaption></figure>'
        + PARA * 3
        + "</article>"
    )
    article = simplify(html, URL)
    for name in ("real-1.jpg", "real-2.jpg", "real-3.png"):
        assert f"https://news.example.org/{name}" in article.html, name
    assert "tiny-blur" not in article.html
    assert "data:" not in article.html


def test_direction_from_the_article_ancestors() -> None:
    html = page("<div>" + PARA * 4 + "</div>").replace("<body>", '<body dir="rtl">')
    html = html.replace("<html>", '<html dir="ltr">')
    assert simplify(html, URL).direction == "rtl"


def test_markup_indentation_is_collapsed_but_pre_is_kept() -> None:
    html = page(
        "<article>\n    <p>one\n        two</p>" + PARA * 3 + "<pre>a\n    b</pre></article>"
    )
    article = simplify(html, URL)
    assert "<p>one two</p>" in article.html
    assert "<pre>a\n    b</pre>" in article.html


def test_a_link_farm_does_not_outscore_the_article() -> None:
    item = '<div class="item"><a href="/p/{i}">Headline number {i} about the town</a> <span>{h} hours ago</span></div>'
    farm = (
        '<div class="links">' + "".join(item.format(i=i, h=i % 24) for i in range(3000)) + "</div>"
    )
    article = simplify(page(farm + "<article>" + PARA * 8 + "</article>"), URL)
    assert "council met" in article.text
    assert "Headline number" not in article.text
    with pytest.raises(ExtractError, match="could not simplify"):
        simplify(page(farm), URL)


def test_comments_sidebar_and_footer_stay_out() -> None:
    comment = '<li class="comment"><p>I disagree with the council, strongly, and at length, because reasons matter.</p></li>'
    html = page(
        '<header class="site-header"><a href="/">Gazette</a></header>'
        '<div class="layout"><main><article class="post"><h1>A story</h1>'
        + PARA * 6
        + '</article><section id="comments"><h3>12 comments</h3><ol class="comment-list">'
        + comment * 12
        + '</ol></section></main><aside class="sidebar"><h3>Popular</h3><p>'
        "A sidebar paragraph that is long enough to be scored, with commas, and more words.</p>"
        '</aside></div><footer class="site-footer"><p>Copyright 2024, the Gazette, all rights reserved.</p></footer>'
    )
    article = simplify(html, URL)
    assert article.text.count("council met") == 6
    for unwanted in ("I disagree", "sidebar paragraph", "Copyright", "12 comments"):
        assert unwanted not in article.text, unwanted
