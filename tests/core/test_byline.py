"""Titles without the site's name, one date on the byline line, isolated runs (issue 11 bug 10)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from reader.core.render.byline import (
    FSI,
    PDI,
    drop_dates,
    isolate_names,
    site_names,
    strip_site_suffix,
)
from reader.core.render.byline import _date_words as date_words
from reader.core.simplify.metadata import extract_metadata


def test_a_suffix_that_is_the_sites_name_goes() -> None:
    names = site_names("Harbor City Chronicle", link="https://www.harborcity.example/a")
    assert strip_site_suffix("Council votes on ferries | Harbor City Chronicle", names) == (
        "Council votes on ferries"
    )
    assert strip_site_suffix("Council votes on ferries - Harbor City Chronicle", names) == (
        "Council votes on ferries"
    )
    by_host = site_names(link="https://www.newsx.example/story")
    assert strip_site_suffix("Floods close the coast road – NewsX", by_host) == (
        "Floods close the coast road"
    )
    cjk = site_names("腾讯网", link="https://new.qq.example/a")
    assert strip_site_suffix("深圳发布无人机新规_科技_腾讯网", cjk) == "深圳发布无人机新规"


def test_a_suffix_that_is_not_the_sites_name_stays() -> None:
    names = site_names("Harbor City Chronicle", link="https://harborcity.example/a")
    for title in (
        "Rust 1.80 released - what is new",
        "Interview: the mayor | Part 2",
        "Harbor City Chronicle",  # the whole title is the name: keep it
        "snake_case names_in titles",
        "Chronicle",
    ):
        assert strip_site_suffix(title, names) == title


def test_og_site_name_strips_the_pages_title() -> None:
    """The extractor reports the title as declared (as Readability does); the bare title, without
    the og:site_name suffix, is what finds the heading; the display strips by feed name and host."""
    page = (
        "<html><head><title>Ferries return - Coast Daily</title>"
        '<meta property="og:site_name" content="Coast Daily">'
        '<meta property="og:title" content="Ferries return to the harbour | Coast Daily">'
        "</head><body><h1>Ferries return to the harbour</h1></body></html>"
    )
    meta = extract_metadata(lxml_html.document_fromstring(page), "https://coast.example/f")
    assert meta.title == "Ferries return to the harbour | Coast Daily"
    assert meta.bare_title == "Ferries return to the harbour"
    shown = strip_site_suffix(meta.title, site_names("Coast Daily", link="https://coast.example/f"))
    assert shown == "Ferries return to the harbour"


def test_dates_leave_the_byline() -> None:
    assert drop_dates("NewsX Web Desk | October 22, 2024") == "NewsX Web Desk"
    assert drop_dates("Jane Roe · 22/10/2024 10:30") == "Jane Roe"
    assert drop_dates("记者 王伟 | 2024年10月22日") == "记者 王伟"
    assert drop_dates("Jane Roe, John Doe") == "Jane Roe, John Doe"
    assert drop_dates("Agent 007 - Reuters") == "Agent 007 - Reuters"


def test_each_name_is_isolated() -> None:
    assert isolate_names("محمد علي, Jane Roe") == f"{FSI}محمد علي{PDI}, {FSI}Jane Roe{PDI}"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=20))
def test_stripping_only_ever_shortens_to_a_prefix(title: str, name: str) -> None:
    out = strip_site_suffix(title, site_names(name))
    assert title.startswith(out)
    assert out == title or len(out) >= 4


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_dropping_dates_never_invents_text(byline: str) -> None:
    out = drop_dates(byline)
    assert out == byline or all(part in byline for part in out.split(" | "))


_NAME_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéøß", min_size=3, max_size=9).map(
    str.capitalize
)
_NAMES = st.lists(_NAME_WORD, min_size=1, max_size=3).map(" ".join)
_DATES = st.sampled_from(
    [
        "26 November 2026",
        "November 20, 2019",
        "Nov. 3, 2024",
        "Wednesday, November 20, 2019",
        "Updated 5:27 am CST, Wednesday, November 20, 2019",
        "22/10/2024 10:30",
        "2024-10-22",
        "19. Oktober 2019, 16:14 Uhr",
        "22 de octubre de 2024",
        "le 3 mars 2024 à 10h30",
    ]
)


@settings(max_examples=150, deadline=None)
@given(_NAMES, _DATES, st.sampled_from([", ", " ", " | ", " on ", " · "]))
def test_a_name_and_its_date_keep_the_name(name: str, date: str, joint: str) -> None:
    assume(not any(date_words()[1].match(word) for word in name.split()))  # "Mai", "Sept"
    assert drop_dates(f"{name}{joint}{date}") == name
    if joint in (", ", " | "):
        assert drop_dates(f"{date}{joint}{name}") == name


@pytest.mark.parametrize(
    ("byline", "kept"),
    [
        ("Maya Okafor, 26 November 2026", "Maya Okafor"),
        ("Jane Roe on Nov. 3, 2024", "Jane Roe"),
        (
            "By Jane Roe, Reuters, Updated 5:27 am CST, Wednesday, November 20, 2019",
            "By Jane Roe, Reuters",
        ),
        ("Agent 007, 26 November 2026", "Agent 007"),
        ("Maria de la Cruz, 22 de octubre de 2024", "Maria de la Cruz"),
        ("Jane Roe, John Doe", "Jane Roe, John Doe"),
        ("26 November 2026", ""),
    ],
)
def test_dates_go_from_a_byline_and_names_stay(byline: str, kept: str) -> None:
    assert drop_dates(byline) == kept


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("fem.com", ""),  # the site naming itself
        ("www.news.example", ""),
        ("bbc.co.uk", ""),
        ("Jane Doe", "Jane Doe"),
        ("J.Smith", "J.Smith"),  # an initial and a name, not a host
        ("St.Louis Desk", "St.Louis Desk"),
        ("Jane Doe, news.example", "Jane Doe, news.example"),
    ],
)
def test_a_host_name_is_not_a_byline(author: str, byline: str) -> None:
    doc = lxml_html.document_fromstring(
        f'<html><head><meta name="author" content="{author}"></head><body><p>Text.</p></body></html>'
    )
    assert extract_metadata(doc, "https://news.example/a").byline == byline


def test_a_site_name_after_a_less_common_separator_goes() -> None:
    names = site_names("Northern Trails", link="https://www.trails.example/a")
    for separator in (" › ", " > ", " \\ ", " ⋆ ", " ~ ", " // ", " :: "):
        title = f"Running in winter: a year later{separator}Northern Trails"
        assert strip_site_suffix(title, names) == "Running in winter: a year later"


def test_a_site_name_holding_separators_goes_whole() -> None:
    names = site_names("Harbor Notes - Local News", link="https://harbor.example/a")
    title = "Ferries return to the harbour - Harbor Notes - Local News"
    assert strip_site_suffix(title, names) == "Ferries return to the harbour"
    names = site_names("Green Ideas | PLANET.ORG", link="https://planet.example/a")
    title = "Why clickbait costs energy – Green Ideas | PLANET.ORG"
    assert strip_site_suffix(title, names) == "Why clickbait costs energy"


_SEPARATORS = st.sampled_from([" | ", " - ", " – ", " — ", " › ", " » ", " · ", " • ", " ⋆ "])
_TITLE_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü", min_size=4, max_size=9)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_TITLE_WORD, min_size=2, max_size=8).map(" ".join),
    _SEPARATORS,
    st.lists(_NAME_WORD, min_size=1, max_size=3).map(" ".join),
    st.lists(_NAME_WORD, max_size=2).map(" ".join),
    _SEPARATORS,
)
def test_the_sites_whole_name_leaves_after_any_separator(
    title: str, separator: str, site: str, tagline: str, inner: str
) -> None:
    name = f"{site}{inner}{tagline}" if tagline else site
    assume(site.casefold() not in title.casefold())
    assert strip_site_suffix(f"{title}{separator}{name}", site_names(name)) == title


def test_a_pages_title_loses_its_site_name_after_an_arrow() -> None:
    page = (
        "<html><head><title>Running in winter › Northern Trails</title>"
        '<meta property="og:site_name" content="Northern Trails">'
        "</head><body><h1>Running in winter</h1></body></html>"
    )
    meta = extract_metadata(lxml_html.document_fromstring(page), "https://blog.example/run")
    assert meta.title == "Running in winter › Northern Trails"  # as declared (Readability)
    assert meta.bare_title == "Running in winter"
