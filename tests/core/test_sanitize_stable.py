"""Sanitizing twice gives the same as once, for the whole class: removed elements whose children
the next HTML5 parse re-nests (a block in a p, li in li, a in a, h2 in h1), <pre> newlines, and
addresses the second pass would refuse (control characters, empty or invalid hosts)."""

from __future__ import annotations

import re

import nh3
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.render.sanitize import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    URL_SCHEMES,
    _clean_once,
    is_web_url,
    sanitize_html,
)
from reader.core.urlrule import _PLAIN, checked_problem
from reader.core.urls import feed_url_problem
from tests.core.test_feeds_hostile import assert_harmless
from tests.htmlgen import TEXT as HOSTILE_TEXT
from tests.htmlgen import attribute, xml_safe
from tests.props import PROPERTY

BASE = "https://hostile.example/a/"

# Allowed elements that close an open <p> (or li, heading, a) when the parser meets them.
BLOCKS = ["p", "div", "blockquote", "ul", "ol", "li", "dl", "dd", "dt", "h1", "h2", "h3", "hr",
          "pre", "table", "figure", "details", "summary", "a"]  # fmt: skip
# Removed elements, among them the scope boundaries and markers that let a block sit in a p.
REMOVED = ["object", "applet", "marquee", "template", "button", "select", "svg", "math", "form",
           "noscript", "iframe", "font", "center", "section", "main", "caption", "td", "nobr"]  # fmt: skip
INLINE = ["span", "b", "em", "code", "small"]
TEXT = st.sampled_from(["", "x", "\n", "\n\nword", " ", "&amp;", "\r", "a\nb"])


ALLOWED_ONLY = [*BLOCKS, *INLINE, "tr", "td", "th", "tbody", "caption", "img", "br", "q", "i"]


@st.composite
def nesting(draw: st.DrawFn, depth: int = 0, tags: tuple[str, ...] = ()) -> str:
    """p, block, inline and removed elements (or only ``tags``) nested at random, closed or
    left open, with hostile text and attributes."""
    choices = list(tags) or BLOCKS + REMOVED + INLINE
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 3))):
        parts.append(draw(st.one_of(TEXT, HOSTILE_TEXT)))
        if depth >= 5 or draw(st.integers(0, 3)) == 0:
            continue
        tag = draw(st.sampled_from(choices))
        attrs = ' href="/x"' if tag == "a" else ""
        if draw(st.integers(0, 4)) == 0:
            attrs += draw(attribute())
        inner = draw(nesting(depth + 1, tags))
        close = draw(st.sampled_from([f"</{tag}>", "", "</p>", f"</{tag}></{tag}>"]))
        parts.append(f"<{tag}{attrs}>{inner}{close}")
    return "".join(parts)


def _reads_back_identically(html: str) -> bool:
    """The oracle: an HTML5 parser (nh3's, with the same allowlist and no URL filter of ours)
    writes back what it read. It drops the newline right after <pre> and does not write it back
    (we write it back on purpose), so that one newline is the only difference allowed."""
    again = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return again == _PRE_NEWLINE.sub(r"\1", html)


_PRE_NEWLINE = re.compile(r"(<pre(?:\s[^>]*)?>)\n")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p><object></p>", "<p></p><p></p><p></p>"),
        ("<p><button><div>x</div></button></p>", "<p></p><div>x</div><p></p>"),
        ("<li><object><li>x</object>", "<li></li><li>x</li>"),
        ("<h1><object><h2>a</h2></object></h1>", "<h1></h1><h2>a</h2>"),
        ("<pre>\n\n\n\ncode</pre>", "<pre>\n\n\n\ncode</pre>"),
        ("<li><table><li></li></table></li>", "<li></li><li></li><table></table>"),
        (
            '<h1><a href="/x"><h1></a></h1>',
            f'<h1><a href="{BASE[:-3]}/x" rel="noopener noreferrer nofollow"></a></h1>'
            f'<h1><a href="{BASE[:-3]}/x" rel="noopener noreferrer nofollow"></a></h1>',
        ),
        ("<pre>\ncode</pre>", "<pre>code</pre>"),
    ],
)
def test_removed_elements_leave_markup_that_reads_back_the_same(html: str, expected: str) -> None:
    clean = sanitize_html(html, BASE)
    assert clean == expected
    assert sanitize_html(clean, BASE) == clean
    assert _clean_once(clean, BASE) == clean


@pytest.mark.parametrize(
    "href",
    ["//\x1b", "//", "//@", "//:80", "//a..b/", "//a.1/", "//1.2.3.4.5/", "//\x7f/", "/\x1b",
     "https://x.example/\x01", "//[fe80::1%25eth0]/", "//%41/", "//a\\b/", "//xn--/",
     "//[::1] /"],
)  # fmt: skip
def test_addresses_the_second_pass_would_refuse_are_refused_the_first_time(href: str) -> None:
    once = _clean_once(f'<a href="{href}">x</a><img src="{href}">', BASE)
    assert "href" not in once and "src" not in once, once
    assert _clean_once(once, BASE) == once


def test_the_reported_address_is_refused() -> None:
    clean = sanitize_html('<a href="//\x1b">', BASE)
    assert clean == '<a rel="noopener noreferrer nofollow"></a>'


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("//cdn.example/x.png", "https://cdn.example/x.png"),
        ("../../../y z", "https://hostile.example/y z"),
        ("https://\u00fc.example./p", "https://\u00fc.example./p"),
        ("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),
        ("http://[::1]/a", "http://[::1]/a"),
        ("https://my_host.example/\n  wrapped", "https://my_host.example/  wrapped"),
    ],
)
def test_ordinary_addresses_are_kept(href: str, expected: str) -> None:
    clean = sanitize_html(f'<a href="{href}">x</a>', BASE)
    assert f'href="{expected}"' in clean
    assert _clean_once(clean, BASE) == clean


def test_a_resolved_address_has_no_trailing_space() -> None:
    clean = sanitize_html('<blockquote cite="HTTPS: ?">x</blockquote>', BASE)
    assert clean == f'<blockquote cite="{BASE}">x</blockquote>'
    assert _clean_once(clean, BASE) == clean


@PROPERTY
@given(nesting())
def test_property_nested_blocks_and_removed_elements_are_stable(html: str) -> None:
    clean = sanitize_html(html, BASE)
    assert sanitize_html(clean, BASE) == clean
    assert _reads_back_identically(clean), clean
    assert_harmless(xml_safe(clean))


@PROPERTY
@given(nesting(tags=tuple(ALLOWED_ONLY)))
def test_property_the_parsers_own_repairs_are_stable(html: str) -> None:
    """Only allowed elements, but misnested: foster parenting out of tables and the adoption
    agency (misnested formatting elements) build trees that do not read back as written."""
    clean = sanitize_html(html, BASE)
    assert sanitize_html(clean, BASE) == clean
    assert _reads_back_identically(clean), clean


_HOSTS = st.sampled_from(
    ["", "@", "a", "a.b", "a..b", ".", "a.", "1.2.3.4", "1.2.3.4.5", "a.1", "0x7f.1", "999.1.1.1",
     "[::1]", "[fe80::1%25e]", "[", "xn--", "xn--bcher-kva", "b\u00fccher.example", "\u0663.example",
     "a_b", "%41", "a b", "user:pw@h.example", ":80", "h.example:65536", "h.example:8080",
     "\u2488.example", "\u00df.de", "a\\b", "-", "a.-"]
)  # fmt: skip
_NOISE = st.sampled_from(["", "\x1b", "\x00", "\x7f", "\x85", "\t", "\n", " ", "\u200b", "%", "\\"])


@st.composite
def hostile_address(draw: st.DrawFn) -> str:
    """Protocol-relative, absolute and relative forms with empty hosts, invalid hosts and control
    characters at random places."""
    prefix = draw(st.sampled_from(["//", "https://", "http://", "HTTPS:", "/", "", "https:"]))
    host = draw(_HOSTS)
    cut = draw(st.integers(0, len(host)))
    host = host[:cut] + draw(_NOISE) + host[cut:]
    path = draw(st.sampled_from(["", "/", "/p?q=1#f", "/../x", "?"])) + draw(_NOISE)
    return prefix + host + path


@PROPERTY
@given(hostile_address(), st.sampled_from(["href", "src", "cite"]))
def test_property_an_address_is_kept_or_refused_by_the_first_pass(url: str, attr: str) -> None:
    tag = {"href": "a", "src": "img", "cite": "blockquote"}[attr]
    escaped = url.replace("&", "&amp;").replace('"', "&quot;")
    once = _clean_once(f'<{tag} {attr}="{escaped}">x</{tag}>', BASE)
    assert _clean_once(once, BASE) == once, (url, once)
    assert sanitize_html(once, BASE) == once
    assert_harmless(xml_safe(once))


@PROPERTY
@given(hostile_address())
def test_property_the_url_rule_accepts_only_what_the_html_parser_keeps(url: str) -> None:
    """Differential: an address is_web_url accepts is one the WHATWG parser behind nh3 keeps,
    and feed addresses follow the same rule."""
    escaped = url.strip().replace("&", "&amp;").replace('"', "&quot;")
    kept = "href" in nh3.clean(f'<a href="{escaped}">x</a>', url_schemes={"http", "https"})
    if is_web_url(url):
        assert kept, url
    normalized, _ = feed_url_problem(url)
    assert normalized == "" or is_web_url(normalized), (url, normalized)


def test_markup_that_never_settles_keeps_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.core.render.sanitize as sanitize

    monkeypatch.setattr(sanitize, "MAX_PASSES", 1)  # "<p><object></p>" needs three
    clean = sanitize.sanitize_html("<p>a<object>b</p>c &lt;d&gt;", BASE)
    assert clean == "abc &lt;d&gt;"
    assert sanitize.sanitize_html(clean, BASE) == clean


@PROPERTY
@given(st.from_regex(_PLAIN, fullmatch=True).filter(lambda url: "xn--" not in url.lower()))
def test_property_the_url_rules_shortcut_accepts_only_what_the_full_check_accepts(
    url: str,
) -> None:
    assert checked_problem(url.strip()) == "", url
