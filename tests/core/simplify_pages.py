"""Small synthetic article pages for the reader-view rule tests: four paragraphs of prose with
the pattern under test put inside or after them."""

from __future__ import annotations

from reader.core.simplify.pipeline import simplify

URL = "https://news.example.org/2024/03/story.html"
PROSE = [
    "The council met on Tuesday, and after a long debate, agreed to repair the old library roof "
    "before winter, to hire two more librarians, and to open the reading room on Sundays, which "
    "several members had opposed at first.",
    "Residents had asked for longer hours for years; the vote was close, and the mayor said the "
    "money would come from the parking fund rather than from new taxes on small shops, a promise "
    "she had made during the campaign.",
    "Work on the roof starts next month, weather permitting, and the builders expect to finish "
    "before the first snow, when the reading room will open its doors again to everyone, children "
    "and students first.",
    "The librarians will be hired in spring, after an open call that the council will publish "
    "in the town's newsletter and on the notice board beside the old market hall, as the law "
    "requires for all public posts.",
]


def page(body: str) -> str:
    """A whole page around ``body``."""
    return f"<!DOCTYPE html><html><head><title>A story</title></head><body>{body}</body></html>"


def story(inside: str = "", after: str = "") -> str:
    """An article of four paragraphs with ``inside`` after the second and ``after`` at the end."""
    paras = [f"<p>{p}</p>" for p in PROSE]
    return page(f"<article>{''.join(paras[:2])}{inside}{''.join(paras[2:])}{after}</article>")


def story_text(inside: str = "", after: str = "") -> str:
    """The reader view's text of :func:`story`; fails unless all four paragraphs are in it."""
    text = simplify(story(inside, after), URL).text
    assert all(p in text for p in PROSE)  # the article itself is whole
    return text
