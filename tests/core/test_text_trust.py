"""Feed text shown as plain text (issue 9 items 3 and 4): joiners that are writing stay, the
characters that spoof go; mailto: links carry only subject/body/cc/bcc."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.opml import parse_opml
from reader.core.feeds.parse import parse_feed
from reader.core.render.body import rewrite_body
from reader.core.render.sanitize import plain_text, sanitize_html
from reader.core.render.spoofing import (
    BIDI_CONTROLS,
    one_line,
    spoofing_problems,
    strip_spoofing,
)
from reader.core.urls import clean_mailto
from tests.props import PROPERTY

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
PERSIAN = "می\u200cخواهم کتاب\u200cها را بخوانم"  # "I want to read the books": two ZWNJs
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # woman, ZWJ, woman, ZWJ, girl
TECHNOLOGIST = "\U0001f469\U0001f3fd\u200d\U0001f4bb"  # woman, skin tone, ZWJ, laptop
RAINBOW_FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"  # white flag, VS16, ZWJ, rainbow
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


# --- item 4: joiners kept, spoofing stripped ------------------------------------------------


@pytest.mark.parametrize("text", [PERSIAN, FAMILY, TECHNOLOGIST, RAINBOW_FLAG, ENGLAND])
def test_joiners_between_letters_and_emoji_are_kept(text: str) -> None:
    assert plain_text(text) == text
    assert one_line(text) == text
    assert strip_spoofing(text) == text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("invoice\u202egnp.exe", "invoicegnp.exe"),  # RLO: "invoiceexe.png" on screen
        ("\u2067abc\u2069 x", "abc x"),  # an isolate we did not add
        ("pay\u200bpal", "paypal"),  # zero-width space hides the spelling
        ("\u200cword\u200d", "word"),  # joiners at the edges join nothing
        ("a \u200c b", "a b"),  # between spaces: nothing to join
        ("a\u200c\u200cb", "a\u200cb"),  # a second joiner joins a joiner: dropped
        ("x\u200d\u202eb", "xb"),  # a joiner next to a control: dropped with it
        ("\U000e0067alone", "alone"),  # tag characters outside a flag
        ("left\u200eright\u200f", "leftright"),
    ],
)
def test_spoofing_characters_are_stripped(text: str, shown: str) -> None:
    assert plain_text(text) == shown
    assert one_line(text) == shown


def test_feed_titles_keep_persian_joiners() -> None:
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{PERSIAN}</title><link>https://fa.example/</link>"
        f"<item><title>{PERSIAN} {FAMILY}\u202e</title><link>https://fa.example/1</link>"
        "<guid>1</guid></item></channel></rss>"
    ).encode()
    feed = parse_feed(rss, "https://fa.example/feed", "application/rss+xml", now=NOW)
    assert feed.title == PERSIAN
    assert feed.entries[0].title == f"{PERSIAN} {FAMILY}"


def test_opml_names_keep_persian_joiners() -> None:
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><body>'
        f'<outline text="{PERSIAN}" xmlUrl="https://fa.example/feed"/></body></opml>'
    ).encode()
    document = parse_opml(opml)
    assert [f.title for f in document.root.feeds] == [PERSIAN]


_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from([*sorted(BIDI_CONTROLS), "\u200c", "\u200d", "\u200b", "\ufeff"]),
        st.sampled_from(list(PERSIAN + FAMILY + TECHNOLOGIST + ENGLAND + "<>&;# ")),
    ),
    max_size=60,
)


@PROPERTY
@given(_ANY_TEXT)
def test_displayed_titles_never_hold_spoofing_characters(text: str) -> None:
    for shown in (plain_text(text), one_line(text), strip_spoofing(text)):
        assert spoofing_problems(shown) == [], (text, shown)


@PROPERTY
@given(_ANY_TEXT)
def test_title_cleaning_is_stable(text: str) -> None:
    once = plain_text(text)
    assert plain_text(once) == once
    assert one_line(one_line(text)) == one_line(text)


@PROPERTY
@given(st.lists(st.sampled_from(["\u200c", "\u200d", *BIDI_CONTROLS]), max_size=4))
def test_joiners_inside_a_persian_word_survive_any_neighbouring_controls(
    noise: list[str],
) -> None:
    text = "".join(noise) + PERSIAN + "".join(noise)
    assert PERSIAN in plain_text(text)


# --- item 3: mailto parameters ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        ("mailto:a@x.example?attach=/etc/passwd", "mailto:a@x.example"),
        (
            "mailto:a@x.example?subject=Hi&attach=%2Fetc%2Fpasswd&body=Text",
            "mailto:a@x.example?subject=Hi&body=Text",
        ),
        (
            "mailto:a@x.example?ATTACH=x&Att%61chment=y&att%61ch=z&cc=b@x.example",
            "mailto:a@x.example?cc=b@x.example",
        ),
        ("mailto:?from=boss@x.example&in-reply-to=1&bcc=c@x.example", "mailto:?bcc=c@x.example"),
        ("MAILTO:a@x.example?Subject=Hi#frag", "mailto:a@x.example?subject=Hi"),
        ("https://x.example/?attach=1", ""),
    ],
)
def test_mailto_keeps_only_four_parameters(link: str, kept: str) -> None:
    assert clean_mailto(link) == kept


def test_sanitizer_and_renderer_drop_other_mailto_parameters() -> None:
    html = '<a href="mailto:a@x.example?subject=Hi&amp;attach=/home/me/.ssh/id_rsa">write</a>'
    clean = sanitize_html(html, "https://x.example/")
    assert "attach" not in clean and "subject=Hi" in clean
    rendered, _, _ = rewrite_body(html)  # HTML stored before the sanitizer learned this
    assert "attach" not in rendered and "subject=Hi" in rendered


_PARAM = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC%0123456789-_", min_size=1, max_size=12)


@PROPERTY
@given(
    st.lists(
        st.tuples(
            st.one_of(_PARAM, st.sampled_from(["subject", "body", "cc", "bcc", "attach"])),
            st.text(alphabet="abc%20/=.", max_size=10),
        ),
        max_size=6,
    )
)
def test_mailto_property_only_allowed_parameters(pairs: list[tuple[str, str]]) -> None:
    from urllib.parse import unquote

    link = "mailto:a@x.example?" + "&".join(f"{k}={v}" for k, v in pairs)
    cleaned = clean_mailto(link)
    assert cleaned.startswith("mailto:a@x.example")
    _, _, query = cleaned.partition("?")
    for pair in filter(None, query.split("&")):
        name = pair.split("=", 1)[0]
        assert unquote(name).lower() in ("subject", "body", "cc", "bcc"), cleaned
    assert clean_mailto(cleaned) == cleaned
