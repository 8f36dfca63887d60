"""A page in UTF-16 or UTF-32 without a byte-order mark. Before: a Latin page lost every
character beyond Latin-1 ("日本" came out as "åe,g": read as an ASCII-compatible encoding with
its NULs dropped), whatever its labels said, and a Japanese page was refused as "a binary file"
(its start has a NUL in 4 of 10 code units, the sniffing rule asked for 9). The NUL pattern now
names the codec first, as browsers read such a page."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.simplify.pipeline import decode_html
from reader.core.sniff import not_a_page
from tests.props import PROPERTY

CODECS = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]
LABELS = ["text/html", "text/html; charset=utf-8", "text/html; charset=iso-8859-1", ""]
JAPANESE = "今日は晴れです。明日は雨が降るでしょう。気温は二十度です。"


def page(title: str, text: str) -> str:
    return (
        '<!DOCTYPE html><html lang="und"><head><meta charset="utf-16">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1>"
        + f"<p>{text}</p>" * 8
        + "</article></body></html>"
    )


_text = st.text(
    alphabet=st.characters(
        whitelist_categories=("Lu", "Ll", "Lo", "Nd", "Zs"), blacklist_characters="\x00"
    ),
    min_size=1,
    max_size=60,
)


@PROPERTY
@given(_text, st.sampled_from(CODECS), st.sampled_from(LABELS))
def test_any_script_is_read_back_whatever_the_label(text: str, codec: str, label: str) -> None:
    html = page("Title", text)
    body = html.encode(codec)
    assert not_a_page(body, label) == ""
    assert decode_html(body, label) == html


@pytest.mark.parametrize("codec", CODECS)
def test_a_japanese_page_is_no_binary_file(codec: str) -> None:
    body = page("東京の天気", JAPANESE).encode(codec)
    assert not_a_page(body, "text/html") == ""
    assert "東京の天気" in decode_html(body, "text/html")
