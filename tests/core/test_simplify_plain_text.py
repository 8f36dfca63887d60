"""The article's plain text holds the words a reader reads: no ruby readings, no zero-width
characters, composed Unicode."""

from __future__ import annotations

import unicodedata

from reader.core.simplify.pipeline import simplify

FILLER = (
    "<p>The council met on Tuesday evening, with the mayor, twelve members and a full public "
    "gallery, to decide on the budget for the coming year, after a long debate.</p>"
)


def page(paragraph: str) -> str:
    return f"<html><body><article><p>{paragraph}</p>{FILLER * 4}</article></body></html>"


def test_ruby_readings_do_not_run_into_the_text() -> None:
    result = simplify(
        page("<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの学校が始まりました。"),
        "http://example.org/a",
    )
    assert "子どもの学校が始まりました。" in result.text
    assert "こ" not in result.html.split("ども")[0]


def test_text_without_ruby_is_kept_whole() -> None:
    result = simplify(page("子どもの学校が(きょうから)始まりました。"), "http://example.org/a")
    assert "子どもの学校が(きょうから)始まりました。" in result.text


def test_zero_width_spaces_leave_the_plain_text_but_soft_hyphens_stay() -> None:
    result = simplify(
        page("Eine Baby\u200bschale und ein Kin\u00adder\u00adsitz."), "http://example.org/a"
    )
    assert "Eine Babyschale und ein Kin\u00adder\u00adsitz." in result.text


def test_the_plain_text_is_in_composed_form() -> None:
    decomposed = unicodedata.normalize("NFD", "Der Café öffnet früh.")
    result = simplify(page(decomposed), "http://example.org/a")
    assert "Der Café öffnet früh." in result.text
