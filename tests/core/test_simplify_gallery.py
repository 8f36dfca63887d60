"""The reader view of a synthetic gallery-heavy news page (tests/fixtures/pages/gallery_story.html,
written for this test): the story's paragraphs stay, in order, and the slideshow's chrome goes
(counters, Prev/Next/Close, caption labels and more/less toggles, the short form of a caption
repeated by its long form, photo credits), as does the dateline, the share bar, the related
teasers and the promo after the last paragraph.

The same page with the story's paragraphs wrapped in a block of their own
(``gallery_story_wrapped.html``) is extracted from that block: the slideshow above it is not the
story, so neither its captions (pulled in as a lead) nor, as the lead image, a picture from the
middle of the story (whose caption would stay behind) may appear.
"""

from __future__ import annotations

import pytest

from reader.core.simplify.pipeline import simplify
from tests.conftest import FIXTURES

URL = "https://news.example.org/local/2019/11/ferry-wall.html"
PAGE = (FIXTURES / "pages" / "gallery_story.html").read_text(encoding="utf-8")

STORY = [
    "The town council of Harrow Point voted seven to two on Tuesday night",
    "The new wall will stand almost a metre higher than the one it replaces",
    "Several shop owners on Mill Street said they could not wait",
    "Opponents did not dispute the need for a wall but objected to its height",
    "Half of the money will come from a state resilience grant",
    "Work is due to start in January, when the ferry runs only twice a day",
    "The council also agreed to ask the county for a study of the whole shoreline",
]

# The long form of each caption may stay (it describes a picture that stays); the short form
# repeats its first sentence and goes.
LONG_CAPTIONS = [
    "Volunteers stack sandbags along the ferry landing on Tuesday evening",
    "A crane lowers the first new block into place at the north end",
    "Mill Street under water on November 2, the morning after",
]

CHROME = [
    "Updated 5:27 am CST, Wednesday, November 20, 2019",
    "Facebook",
    "Twitter",
    "Email",
    "Copy link",
    "Image 1 of 8",
    "Image 2 of 8",
    "Image 3 of",
    "8",
    "Prev",
    "Next",
    "Close",
    "Caption",
    "more",
    "less",
    "Volunteers stack sandbags along the ferry landing.",
    "A crane lowers the first new block into place.",
    "Mill Street under water on November 2.",
    "Photo: MARTA EKBERG, NORTHERN PRESS AGENCY",
    "Photo: DANIEL OKORO, LAKESHORE LEDGER",
    "Related stories",
    "Winter ferry timetable cut to two crossings a day",
    "Mill Street bakery reopens after the flood",
    "Why the November surge was the highest in forty years",
    "Read more local news",
    "Get the Ledger in your inbox",
    "Sign up for our morning newsletter",
    "Subscribe now",
    "Most read",
    "Copyright 2019 The Lakeshore Ledger. All rights reserved.",
]


def _blocks() -> list[str]:
    return simplify(PAGE, URL).text.split("\n\n")


def test_the_story_paragraphs_are_all_kept_in_order() -> None:
    blocks = _blocks()
    found = [next(i for i, b in enumerate(blocks) if b.startswith(p)) for p in STORY]
    assert found == sorted(found)


@pytest.mark.parametrize("line", CHROME)
def test_gallery_and_page_chrome_is_dropped(line: str) -> None:
    # A line of chrome is a block of its own, or a word of a block made of such words
    # ("Prev Next Close"); the story's own sentences may use the same words.
    blocks = _blocks()
    assert line not in blocks
    chrome_rows = [b for b in blocks if not any(b.startswith(p) for p in STORY + LONG_CAPTIONS)]
    assert not any(line in row.split() or row.startswith(line) for row in chrome_rows)


def test_nothing_but_the_story_and_long_captions_remains() -> None:
    extra = [b for b in _blocks() if not any(b.startswith(p) for p in STORY + LONG_CAPTIONS)]
    assert extra == []


WRAPPED = (FIXTURES / "pages" / "gallery_story_wrapped.html").read_text(encoding="utf-8")


def test_wrapped_story_starts_with_its_first_paragraph_not_a_caption() -> None:
    blocks = simplify(WRAPPED, URL).text.split("\n\n")
    assert blocks[0].startswith(STORY[0])
    found = [next(i for i, b in enumerate(blocks) if b.startswith(p)) for p in STORY]
    assert found == sorted(found)
    # the first slideshow's pictures are not in the story block: nor are their captions
    assert not any(b.startswith(LONG_CAPTIONS[0]) or b.startswith(LONG_CAPTIONS[1]) for b in blocks)


def test_wrapped_story_keeps_each_caption_with_its_picture() -> None:
    result = simplify(WRAPPED, URL)
    caption = result.html.index(LONG_CAPTIONS[2])
    picture = result.html.rfind("<img", 0, caption)
    assert picture >= 0
    src = result.html[picture:].split('src="', 1)[1].split('"', 1)[0]
    # the lead image is shown above the text and removed from the body: it must not be a
    # picture whose caption stays in the middle of the story
    assert result.lead_image != src
    assert result.html.index(STORY[0]) < picture
