"""Each gallery rule of reader.core.simplify (gallery.py, lead.py, the lead-image fallback) on a
small synthetic page of its shape, with a near miss that must stay."""

from __future__ import annotations

import pytest

from reader.core.simplify.pipeline import simplify

URL = "https://example.net/news/story.html"
PROSE = [
    f"Paragraph {n} of the story tells what happened at the harbour on a long winter evening, "
    f"who spoke at the meeting, what the engineer said about the gates and the money, and why "
    f"the vote took so long that the hall stayed open past midnight for everyone there ({n})."
    for n in range(1, 6)
]


def _page(before: str = "", middle: str = "", head: str = "") -> str:
    first, second = (
        "".join(f"<p>{p}</p>" for p in PROSE[:3]),
        "".join(f"<p>{p}</p>" for p in PROSE[3:]),
    )
    return (
        f"<html><head><title>Harbour story</title></head><body><main><h1>Harbour story</h1>"
        f"{head}<article>{before}{first}{middle}{second}</article></main></body></html>"
    )


def _blocks(html: str) -> list[str]:
    return simplify(html, URL).text.split("\n\n")


@pytest.mark.parametrize(
    "slide",
    [
        '<p><span>Photo 2 of 9</span> <img src="/b.jpg" width="800" height="600"></p>',
        '<p>Bild 4 von 12 <img src="/b.jpg" width="800" height="600"></p>',
        '<div><img src="/b.jpg" width="800" height="600"><span>3 / 7</span></div>',
    ],
)
def test_a_counter_beside_its_picture_goes_and_the_picture_stays(slide: str) -> None:
    result = simplify(_page(middle=slide), URL)
    assert [b for b in result.text.split("\n\n") if b not in PROSE] == []
    assert "/b.jpg" in result.html


def test_a_fraction_in_a_sentence_beside_a_picture_stays() -> None:
    slide = '<p><img src="/b.jpg" width="800" height="600">Add <span>1/2</span> cup of sugar.</p>'
    assert "Add 1/2 cup of sugar." in _blocks(_page(middle=slide))


@pytest.mark.parametrize(
    "parts",
    [["Image 3 of", "8"], ["3", "of 8"], ["Foto 2", "/", "5"]],
)
def test_a_counter_split_over_blocks_goes(parts: list[str]) -> None:
    counter = "<div>" + "".join(f"<div>{p}</div>" for p in parts) + "</div>"
    slide = f'{counter}<p><img src="/c.jpg" width="800" height="600"></p>'
    blocks = _blocks(_page(middle=slide))
    assert [b for b in blocks if b not in PROSE] == []


def test_short_blocks_that_do_not_read_as_a_counter_stay() -> None:
    lines = "<div><div>Score after 3</div><div>of the games</div></div>"
    blocks = _blocks(_page(middle=lines))
    assert "Score after 3" in blocks and "of the games" in blocks


@pytest.mark.parametrize("between", ["", "<button>more</button>", '<a href="#x">Show more</a>'])
def test_a_short_caption_repeated_by_its_long_form_goes(between: str) -> None:
    short = "Boats moored in the harbour at dusk."
    long = "Boats moored in the harbour at dusk on Monday, before the storm reached the coast."
    slide = (
        f'<div><p><img src="/d.jpg" width="800" height="600"></p>'
        f"<div><p>{short}</p>{between}<p>{long}</p></div></div>"
    )
    blocks = _blocks(_page(middle=slide))
    assert short not in blocks
    assert long in blocks


def test_a_short_line_opening_with_other_words_stays() -> None:
    lines = "<p>Boats in the harbour.</p><p>Boats moored in the harbour at dusk on Monday.</p>"
    blocks = _blocks(_page(middle=lines))
    assert "Boats in the harbour." in blocks


def test_captions_of_a_slideshow_above_the_story_are_not_its_lead() -> None:
    caption = "Volunteers fill sandbags on the quay as the water rises past the old gauge."
    slides = (
        f'<section><div><img src="/e.jpg" width="800" height="600">'
        f"<div><p>{caption}</p></div></div></section>"
    )
    blocks = _blocks(_page(head=slides))
    assert caption not in blocks
    assert blocks[0] == PROSE[0]


def test_a_lead_paragraph_above_the_story_is_still_pulled_in() -> None:
    lead = "The council voted late on Tuesday to rebuild the harbour wall before next winter."
    head = f'<div><p>{lead}</p><img src="/f.jpg" width="800" height="600"></div>'
    assert _blocks(_page(head=head))[0] == lead


def test_the_lead_image_is_never_a_picture_from_the_middle_of_the_story() -> None:
    slide = '<div><img src="/g.jpg" width="800" height="600"><p>The quay at dawn.</p></div>'
    assert simplify(_page(middle=slide), URL).lead_image == ""
    top = '<p><img src="/h.jpg" width="800" height="600"></p>'
    assert simplify(_page(before=top), URL).lead_image == "https://example.net/h.jpg"


def test_a_counter_opening_a_captioned_picture_goes_and_the_caption_stays() -> None:
    slide = (
        '<p><span>Image 2 of 8</span> <img src="/b.jpg" width="800" height="600"> '
        "Boats moored in the harbour at dusk.</p>"
    )
    blocks = _blocks(_page(middle=slide))
    assert "Boats moored in the harbour at dusk." in blocks
    assert not any("Image 2 of 8" in b for b in blocks)
