"""The site's closing appeal to support, join or follow it (reader.core.simplify.appeals), on
small synthetic pages of the pattern, with near misses that must stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.simplify import appeals
from tests.core.simplify_pages import PROSE
from tests.core.simplify_pages import story_text as _text


@pytest.mark.parametrize(
    "after",
    [
        "<p>We need your help</p><p>Help us continue to bring local news to readers everywhere.</p>"
        "<p>Donate</p>",
        "<p>Gefällt dir unser Magazin? Wir haben entschieden, keine Bezahlschranke einzuführen, "
        "damit möglichst viele Menschen unsere Recherchen lesen können, und dabei bleibt es.</p>"
        "<p>Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag.</p>",
        "<p>Follow The Daily Example on Twitter and Instagram @dailyexample. Send us a message "
        "at news@example.org.</p>",
        "<p>Hágase miembro ahora</p>",
        "<p>First-time subscribers also receive a welcome gift. Become a member today.</p>",
    ],
)
def test_a_closing_appeal_goes(after: str) -> None:
    text = _text(after=after)
    first = after[3:20]
    assert first not in text
    assert text.rstrip().endswith(PROSE[-1])


def _article(*paragraphs: str) -> object:
    from lxml import html

    return html.fromstring(
        "<div><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></div>"
    )


def _kept(article: object) -> str:
    return " ".join(article.itertext())  # type: ignore[attr-defined]


def test_one_plain_line_between_two_appeals_goes_with_them() -> None:
    article = _article(
        *PROSE,
        "Support our journalism.",
        "For 106 years we have reported on this town.",
        "Become a member",
    )
    assert appeals.remove_closing_appeal(article) == 3
    assert "106 years" not in _kept(article) and PROSE[-1] in _kept(article)


def test_two_plain_lines_stop_the_run() -> None:
    article = _article(
        *PROSE, "Support our journalism.", "For 106 years we reported.", "In print too.", "Donate"
    )
    assert appeals.remove_closing_appeal(article) == 1
    assert "Support our journalism" in _kept(article) and "Donate" not in _kept(article)


def test_a_long_appeal_run_is_kept_when_it_is_most_of_the_page() -> None:
    # A page that is mostly the appeal is the appeal page itself, not chrome under a story.
    article = _article(
        PROSE[0], *[f"Become a member, part {i} of why it matters." for i in range(9)]
    )
    assert appeals.remove_closing_appeal(article) == 0


def test_a_story_about_donations_that_ends_the_article_stays() -> None:
    after = (
        "<p>The charity asks residents to donate blood at the town hall on Saturday, and says "
        "that spenders of any age are welcome.</p>"
    )
    assert "donate blood" in _text(after=after)


@pytest.mark.parametrize(
    "last",
    [
        "The union's membership voted to accept the offer, which ends a strike of six weeks.",
        "Shoppers were urged to support local bakers, whose flour costs doubled this year.",
        "Readers have met the paper's new paywall with anger, and many cancelled at once.",
        "Die Gewerkschaft will, dass die Regierung die Bezahlschranke für Behörden abschafft.",
        "O sindicato espera que o governo apoie a proposta antes do fim do mês de março.",
        "Gli abbonati al servizio potranno disdire il contratto senza costi fino a giugno.",
        "Der Minister folgte Millionen Menschen auf TikTok, bevor er das Konto löschte.",
    ],
)
def test_a_last_paragraph_of_the_story_on_such_topics_stays(last: str) -> None:
    assert last in _text(after=f"<p>{last}</p>")


def test_an_appeal_in_the_middle_keeps_the_last_paragraph() -> None:
    # Not at the end: the paragraph after it is the story's and stays; so does the appeal
    # (another rule's business), since this rule only trims the end.
    text = _text(inside="<p>Support our journalism: become a member.</p>")
    assert PROSE[-1] in text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=700))
def test_is_appeal_is_total_and_bounded(text: str) -> None:
    result = appeals.is_appeal(text)
    assert isinstance(result, bool)
    if len(text) > appeals.APPEAL_LENGTH:
        assert not result


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Donate", "DONATE", " Donate! ", "Become a member", "Hágase miembro"]))
def test_appeal_words_match_in_any_case_and_spacing(text: str) -> None:
    assert appeals.is_appeal(text)


def test_an_author_line_that_says_follow_him_stays() -> None:
    # The writer's own line (a bio under the story) is the article's, not the site's appeal.
    after = "<p>Ann Reporter covers the town hall. Follow her on Twitter @annreporter.</p>"
    assert "Ann Reporter covers" in _text(after=after)
