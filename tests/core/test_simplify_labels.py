"""Interface lines between an article's paragraphs (reader.core.simplify.labels), each on a small
synthetic page of the pattern."""

from __future__ import annotations

import pytest

from reader.core.simplify import labels
from tests.core.simplify_pages import story_text as _text


@pytest.mark.parametrize(
    "label",
    ["Related Coverage", "Auch interessant:", "Schon gelesen?", "Czytaj też", "Veja Também:"],
)
def test_a_related_label_and_the_links_under_it_go(label: str) -> None:
    inside = (
        f"<p>{label}</p>"
        "<p><a href='/a'>Bridge closed for repairs until June</a></p>"
        "<ul><li><a href='/b'>New bus line for the north of town</a></li></ul>"
    )
    text = _text(inside=inside)
    assert label not in text
    assert "Bridge closed" not in text and "New bus line" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Read also: <a href='/a'>Bridge closed for repairs until June</a>",
        "Lesen Sie auch: Die Brücke bleibt bis Juni gesperrt",
        "VEA TAMBIÉN: <a href='/b'>El puente seguirá cerrado hasta junio</a>",
        "Czytaj także: Most zamknięty do czerwca",
    ],
)
def test_read_also_teasers_inside_the_article_go(line: str) -> None:
    text = _text(inside=f"<p>{line}</p>")
    assert "until June" not in text and "bis Juni" not in text
    assert "hasta junio" not in text and "do czerwca" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Friday | 14 June 2019 | 15:49 | by Jane Roe | 0 comments",
        "2021-10-16 | Politics",
        "This entry was posted on 27 November 2019 and is filed under News, Town.",
        "Advertisement",
        "- Anzeige -",
        "Klicken Sie auf den Button, um den Inhalt von www.maps.example zu laden.",
        "External content",
    ],
)
def test_meta_ad_and_embed_lines_go(line: str) -> None:
    assert line not in _text(inside=f"<p>{line}</p>")


def test_a_licence_line_after_the_last_paragraph_goes() -> None:
    line = "This text is published under a Creative Commons licence (CC BY 4.0)."
    assert line not in _text(after=f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "Read the report, the mayor said, before you judge it.",
        "Lea: I think the roof will hold, she told us, smiling.",
        "Mira: We asked for this for years.",
        "Mehr über die Geschichte der Bibliothek erzählt die Ausstellung im Rathaus.",
        "The vote, on 3 March 2024, was the council's last before the summer recess.",
        "Under the licence, the council may copy the plans.",
    ],
)
def test_sentences_that_look_a_little_like_chrome_stay(line: str) -> None:
    assert line in _text(inside=f"<p>{line}</p>")
    assert not labels.is_label(line) and not labels.is_teaser(line)
    assert not labels.is_meta_line(line) and not labels.is_embed_placeholder(line)


def test_a_subhead_followed_by_prose_is_not_a_label() -> None:
    inside = "<h3>The vote</h3><p>Short line.</p>"
    text = _text(inside=inside)
    assert "The vote" in text and "Short line." in text


def test_a_short_figure_caption_with_an_agency_credit_goes() -> None:
    figure = (
        "<figure><img src='https://news.example.org/1.jpg' width='800' height='500'>"
        "<figcaption>The library roof / Shutterstock</figcaption></figure>"
    )
    assert "Shutterstock" not in _text(inside=figure)
    assert "Berlin / Brandenburg" in _text(inside="<h3>Berlin / Brandenburg</h3>")


def test_a_sentence_naming_a_category_and_a_date_stays() -> None:
    line = "The minutes until October 09 are in the wiki under Kategorie:Protokoll, for everyone."
    assert line in _text(inside=f"<p>{line}</p>")
    assert labels.is_meta_line("Kategorie: Politik, 12.03.2020")


def test_a_trademark_sign_after_the_last_paragraph_is_not_a_licence_line() -> None:
    line = (
        "This isn't supposed to be a manifesto™© we just think it's pretty cool to share what "
        "we've learned so far, and hope you'll do the same."
    )
    assert line in _text(after=f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe now to our digital edition for the full story.",
        "For the latest stories download our apps for iOS and Android.",
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
        "Zapraszamy też do subskrypcji tygodnika.",
    ],
)
def test_calls_to_action_after_the_last_paragraph_go(line: str) -> None:
    assert line not in _text(after=f"<p>{line}</p>")


def test_a_sentence_about_subscribers_inside_the_article_stays() -> None:
    line = "The library will subscribe to two more newspapers, the mayor said."
    assert line in _text(inside=f"<p>{line}</p>")
    last = "The app costs 5 euros in the App Store and on Google Play."
    assert last in _text(after=f"<p>{last}</p>")


@pytest.mark.parametrize(
    "line",
    ["Was this article helpful?", "Möchten Sie den Artikel teilen?", "Share this post:"],
)
def test_prompts_about_the_article_go(line: str) -> None:
    assert labels.is_engagement_prompt(line)
    assert line not in _text(inside=f"<p>{line}</p>")


def test_a_question_about_an_article_of_law_stays() -> None:
    line = "Does the new article of the by-law share the costs?"
    assert line in _text(inside=f"<h3>{line}</h3><p>Short answer: no.</p>")
