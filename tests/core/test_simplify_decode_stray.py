"""A page that declares (or is) UTF-8 but holds a few stray bytes stays UTF-8: decoding it with a
detector's guess (often "mac-roman") would garble every accented letter to spare one byte."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.simplify.pipeline import decode_html

TEXT = "Grüße aus Zürich: Olivenöl, Soßenbinder, März, schön und weiß, für große Vögel."


@pytest.mark.parametrize("head", ['<meta charset="utf-8">', ""])
@pytest.mark.parametrize("stray", [b"\x96", b"\xe4", b"\xff\xfe"])
def test_utf8_with_a_stray_byte_stays_utf8(head: str, stray: bytes) -> None:
    body = f"{head}<p>{TEXT}</p><p>".encode() + stray + b" Ende</p>"
    text = decode_html(body, "")
    assert TEXT in text
    assert "Ã" not in text and "√" not in text


def test_a_legacy_page_labelled_utf8_is_still_detected() -> None:
    # Near miss: every accented letter is a bad byte; this page is not UTF-8 at all.
    body = f'<meta charset="utf-8"><p>{TEXT} {TEXT}</p>'.encode("cp1252")
    assert TEXT in decode_html(body, "")


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="aeouäöüßéèàçñłąężź ", min_size=20, max_size=200).filter(
        lambda t: sum(ch > "\x7f" for ch in t) >= 8
    ),
    st.binary(min_size=1, max_size=1).filter(lambda b: b[0] >= 0x80),
    st.booleans(),
)
def test_any_mostly_utf8_page_keeps_its_letters(text: str, stray: bytes, declared: bool) -> None:
    head = '<meta charset="utf-8">' if declared else ""
    body = f"{head}<p>{text}</p>".encode() + stray
    decoded = decode_html(body, "text/html")
    assert text in decoded
