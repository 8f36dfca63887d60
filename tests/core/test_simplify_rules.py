"""The extractor's shape rules and readability-lxml's vote, each on a small synthetic page."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from reader.core.simplify import consensus, rules
from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL, story


def test_gallery_counters_and_buttons_are_not_article_text() -> None:
    gallery = (
        "<div><img src='https://news.example.org/1.jpg' width='800' height='500'>"
        "<p>Image 1 of 8</p><p>Caption</p><p>Close</p><p>less</p><p>more</p>"
        "<p>Bild 3 von 12</p><p>1 / 5</p></div>"
    )
    text = simplify(story(inside=gallery), URL).text
    for chrome in ("Image 1 of 8", "Caption", "Close", "less", "more", "Bild 3 von 12", "1 / 5"):
        assert chrome not in text.split("\n\n")
    assert PROSE[1] in text and PROSE[2] in text


@pytest.mark.parametrize(
    "line",
    [
        "Photo: JANE DOE, REUTERS",
        "Foto: dpa/Max Muster",
        "Bild: Hersteller",
        "© 2024 Example Media. All rights reserved.",
        "Crédits photos : Agence",
    ],
)
def test_credit_lines_are_dropped(line: str) -> None:
    text = simplify(story(inside=f"<p>{line}</p>"), URL).text
    assert line not in text
    assert PROSE[2] in text


def test_a_sentence_that_mentions_a_photo_is_kept() -> None:
    line = "The photo shows the mayor on the roof, which she climbed herself to check the tiles."
    assert line in simplify(story(inside=f"<p>{line}</p>"), URL).text


@pytest.mark.parametrize(
    "line",
    [
        "Updated 5:27 am CST, Wednesday, November 20, 2019",
        "Aktualisiert: 11.04.2020, 10:27",
        "Publiziert: 03.04.2020, 12:35 Uhr",
        "Erstellt am Dienstag 6. Mai 2014 um 23:30",
        "Mis à jour le 12 mars 2021 à 18h05",
    ],
)
def test_dateline_chrome_in_the_body_is_dropped(line: str) -> None:
    assert rules.is_dateline(line)
    text = simplify(story(inside=f"<p>{line}</p>"), URL).text
    assert line not in text


@pytest.mark.parametrize(
    "line", ["8:09", "Her last day is April 1", "x = 2 + 3 - 1", "The vote was 7 to 2 in 2019."]
)
def test_lines_with_numbers_that_are_not_datelines(line: str) -> None:
    assert not rules.is_dateline(line)


def test_related_teasers_after_the_last_paragraph_are_dropped() -> None:
    after = (
        "<h3>Mehr zum Thema</h3>"
        "<p><a href='/a'>Bridge closed for repairs until June</a></p>"
        "<p><a href='/b'>New bus line for the north of town</a></p>"
        "<p>Diesen Artikel teilen</p>"
    )
    text = simplify(story(after=after), URL).text
    assert "Mehr zum Thema" not in text
    assert "Bridge closed" not in text
    assert "Diesen Artikel teilen" not in text
    assert text.endswith(PROSE[3])


def test_short_last_sentences_before_any_label_are_kept() -> None:
    after = "<p>Her last day is April 1.</p><p>Gerne. Bis morgen.</p>"
    text = simplify(story(after=after), URL).text
    assert "Her last day is April 1." in text
    assert "Gerne. Bis morgen." in text


def test_a_long_list_after_a_short_intro_is_content_not_chrome() -> None:
    """The trailing run is kept when it is a large share of the article."""
    items = "".join(f"<h3>Step {i}</h3><p>Stir for {i} minutes</p>" for i in range(1, 30))
    text = simplify(story(after="<h2>Method:</h2>" + items), URL).text
    assert "Stir for 29 minutes" in text


def _article(*blocks: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring("<div>" + "".join(blocks) + "</div>")


def _opinion(text: str) -> consensus.Opinion:
    return consensus.Opinion(consensus._key(text), consensus._pairs(text))


def test_vote_drops_a_doubtful_trailing_block_the_other_extractor_left_out() -> None:
    article = _article(*(f"<p>{p}</p>" for p in PROSE), "<p>Sign up for our morning briefing</p>")
    dropped = consensus.apply_vote(article, _opinion(" ".join(PROSE)))
    assert dropped == 1
    assert "morning briefing" not in article.text_content()


def test_vote_keeps_a_doubtful_block_the_other_extractor_also_kept() -> None:
    last = "<p>The answer is x = 42 exactly.</p>"
    article = _article(*(f"<p>{p}</p>" for p in PROSE), last)
    # The other extractor glued the text differently (a math annotation): word pairs still match.
    other = _opinion(" ".join(PROSE) + " The answer is x=42 x = 42 exactly.")
    assert consensus.apply_vote(article, other) == 0
    assert "exactly" in article.text_content()


def test_vote_keeps_short_lines_inside_the_article_and_list_items() -> None:
    article = _article(
        f"<p>{PROSE[0]}</p><h3>A subhead</h3><p>Short line.</p><p>{PROSE[1]}</p>",
        "<ul><li>One item</li><li>Another item</li></ul>",
    )
    assert consensus.apply_vote(article, _opinion(PROSE[0] + PROSE[1])) == 0


def test_no_vote_when_the_other_extractor_found_another_block() -> None:
    article = _article(*(f"<p>{p}</p>" for p in PROSE), "<p>Sign up for our morning briefing</p>")
    other = _opinion("A completely different text from the sidebar of the page. " * 5)
    assert consensus.apply_vote(article, other) == 0
    assert consensus.apply_vote(article, None) == 0
    assert "morning briefing" in article.text_content()


def test_second_opinion_reads_the_page_with_readability_lxml() -> None:
    opinion = consensus.second_opinion(story())
    assert opinion is not None
    assert opinion.holds(PROSE[0])
    assert not opinion.holds("Words that are nowhere on the page at all")


@pytest.mark.parametrize(
    "caption",
    [
        "Striking members of the union at the college last year. Photograph: Jane Smith",
        "The mayor on the roof of the library (REUTERS/Jane Smith)",
        "Die Bürgermeisterin auf dem Dach der Bibliothek. Foto: dpa",
        "La alcaldesa en el techo de la biblioteca. Foto: Andina",
    ],
)
def test_a_caption_that_ends_with_its_credit_is_not_article_text(caption: str) -> None:
    inside = f"<img src='https://news.example.org/1.jpg'><p>{caption}</p>"
    text = simplify(story(inside=inside), URL).text
    assert caption not in text
    assert PROSE[2] in text


@pytest.mark.parametrize(
    "line", ["The plan is simple (see the 2019/2020 budget).", "He said: this is it, and left."]
)
def test_sentences_with_a_slash_or_a_colon_are_not_captions(line: str) -> None:
    assert not rules.is_credited_caption(line)


def test_no_second_opinion_on_a_page_over_the_cap() -> None:
    """readability-lxml takes seconds on huge pages; our own rules decide alone there."""
    filler = "<div><a href='/x'>link</a></div>" * (consensus.MAX_OPINION_CHARS // 30)
    assert consensus.second_opinion(story(after=filler)) is None


def test_an_opinion_is_asked_only_when_a_block_outside_the_prose_could_be_voted_on() -> None:
    prose = [f"<p>{p}</p>" for p in PROSE]
    middle = _article(prose[0], "<p>A short line.</p>", *prose[1:])
    assert not consensus.needs_opinion(middle)
    assert consensus.needs_opinion(_article(*prose, "<p>Sign up for our morning briefing</p>"))
    assert not consensus.needs_opinion(_article(*prose, "<ul><li>One</li><li>Two</li></ul>"))
    assert not consensus.needs_opinion(_article("<p>Only short lines.</p>"))
