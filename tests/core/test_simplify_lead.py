"""The standfirst above the article block is article text (synthetic pages of the pattern)."""

from __future__ import annotations

from lxml import html as lxml_html

from reader.core.simplify import lead
from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL

BODY = PROSE[:3]
LEAD = "HARBOR CITY - The old library will open on Sundays from next spring, the council decided."
TITLE = "Library to open on Sundays"


def page(header: str, after_body: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<!DOCTYPE html><html><head><title>{TITLE}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"{header}<div class='main'><div class='col'><div class='article-body'>{body}</div>"
        f"<div class='tags'><a href='/t'>Town</a></div></div></div>{after_body}</body></html>"
    )


def test_the_lead_in_its_own_header_block_is_kept_first() -> None:
    header = f"<div class='top'><h1>{TITLE}</h1><div class='intro'><p>{LEAD}</p></div></div>"
    text = simplify(page(header), URL).text
    assert text.startswith(LEAD)
    assert BODY[2] in text


def test_a_headline_with_a_topic_before_the_title_also_marks_where_the_lead_starts() -> None:
    header = (
        f"<div class='top'><h1>Town hall and council news: {TITLE}</h1>"
        + "<div class='share'><a href='/s'><svg><path d='M0'/></svg></a></div>" * 20
        + f"<div class='intro'><p>{LEAD}</p></div></div>"
    )
    text = simplify(page(header), URL).text
    assert text.startswith(LEAD)


def test_no_lead_without_the_headline_or_when_the_text_is_far_away() -> None:
    far = f"<div class='intro'><p>{LEAD}</p></div>" + "<div><span>x</span></div>" * 120
    text = simplify(page(f"<h1>{TITLE}</h1>{far}"), URL).text
    assert LEAD not in text
    assert LEAD not in simplify(page(f"<div class='intro'><p>{LEAD}</p></div>"), URL).text


def test_the_sites_header_and_comments_still_go() -> None:
    masthead = (
        "<header class='site-header'><a href='/'>Harbor City Chronicle</a> "
        "<a href='/news'>News</a> <a href='/sport'>Sport</a></header>"
    )
    comments = "<div class='comments-area'>" + "<p>I disagree with the council, honestly.</p>" * 40
    text = simplify(page(masthead + f"<h1>{TITLE}</h1>", comments + "</div>"), URL).text
    assert "Harbor City Chronicle" not in text and "I disagree" not in text
    assert BODY[0] in text


def test_an_author_line_under_the_headline_is_not_a_lead() -> None:
    author = (
        "By Jane Roe, a deputy editor and the author of our weekly newsletter on the town hall."
    )
    assert not lead._is_lead(lxml_html.fragment_fromstring(f"<p>{author}</p>"))
    assert lead._is_lead(lxml_html.fragment_fromstring(f"<p>{LEAD}</p>"))


LONG_LEAD = (
    "The old library will open on Sundays from next spring, the council decided on Tuesday "
    "after a long debate. The money comes from the parking fund, and two librarians will be hired."
)
RUN_ON_LEAD = (
    "The old library will open on Sundays from next spring, the council decided on Tuesday "
    "after a long debate about the parking fund, the librarians and the leaking roof of the hall"
)


def test_a_long_lead_set_as_a_heading_or_without_a_full_stop_is_kept() -> None:
    text = simplify(page(f"<div class='top'><h1>{TITLE}</h1><h3>{LONG_LEAD}</h3></div>"), URL).text
    assert text.startswith(LONG_LEAD)
    header = f"<div class='top'><h1>{TITLE}</h1><div class='intro'><p>{RUN_ON_LEAD}</p></div></div>"
    assert simplify(page(header), URL).text.startswith(RUN_ON_LEAD)


def test_a_short_subtitle_heading_and_a_writers_bio_are_no_lead() -> None:
    dek = "The old library will open on Sundays from next spring, the council decided."
    text = simplify(page(f"<div class='top'><h1>{TITLE}</h1><h2>{dek}</h2></div>"), URL).text
    assert dek not in text
    bio = (
        "Jane Doe is a staff reporter at the Harbor City Courier and writes about the town "
        "council, its budget and the schools of the northern districts since the year of the flood"
    )
    header = f"<div class='top'><h1>{TITLE}</h1><div class='intro'><p>{bio}</p></div></div>"
    assert bio not in simplify(page(header), URL).text


def test_a_long_lead_inside_the_article_header_that_goes_is_kept() -> None:
    header = (
        f"<header class='entry-header'><h1>{TITLE}</h1><div class='excerpt'><p>{LONG_LEAD}</p>"
        "</div><span class='date'>12.03.2024</span></header>"
    )
    text = simplify(page(header), URL).text
    assert text.startswith(LONG_LEAD) and "12.03.2024" not in text
    dek = header.replace(LONG_LEAD, LEAD)
    assert LEAD not in simplify(page(dek), URL).text
