"""A story split into parts by an ad slot, each part in its own wrapper with the same paragraph
container: the parts too deep in the tree to be scored are kept with the scored one; a teaser
wrapper beside the story, whose paragraph container is another one, is not."""

from __future__ import annotations

from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL, page

LEDE = (
    "The mayor's surprise decision, announced just a day before the deadline, left the council "
    "with a choice it had tried to avoid for years, and with very little time to make it."
)
LEDE_2 = (
    "Her deputy, who learned of it from a local paper, said the council would meet on Monday "
    "and vote on the roof first, as planned, whatever happens to the rest of the agenda."
)
MORE = [
    "The builders said the old slates can be used again on the north side, which will save the "
    "town a good part of the cost, and the rest will come from a quarry in the next valley.",
    "A public meeting on the opening hours will be held in the reading room itself, once the "
    "roof is done, so that residents can see the repairs before they vote on the Sunday plan.",
]


def _part(paragraphs: list[str], box: str = "story-text") -> str:
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<section class='row'><div><div><div><div><div class='{box}'>{paras}</div></div></div></div></div></section>"


def test_the_lede_in_its_own_wrapper_is_kept() -> None:
    ad = "<section class='row'><div class='slot'>Advertisement</div></section>"
    html = page(f"<main>{_part([LEDE, LEDE_2])}{ad}{_part([*PROSE, *MORE])}</main>")
    text = simplify(html, URL).text
    assert LEDE in text and LEDE_2 in text and all(p in text for p in PROSE)


def test_a_teaser_beside_the_story_with_another_container_is_not() -> None:
    teaser = _part([LEDE, LEDE_2], box="card-blurb")
    html = page(f"<main>{teaser}{_part([*PROSE, *MORE])}</main>")
    text = simplify(html, URL).text
    assert LEDE not in text and all(p in text for p in PROSE)
