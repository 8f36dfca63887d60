"""Recommendation labels ("Heute empfehlen wir", "Weitere Tourentipps in Schweden", "Similar
dishes for you to try out") over the site's teasers, on small synthetic pages of the pattern,
with near misses that must stay (reader.core.simplify.labels)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.simplify import labels
from tests.core.simplify_pages import story_text as _text


@pytest.mark.parametrize(
    "label",
    [
        "Heute empfehlen wir",
        "Beliebte Inhalte & Beiträge",
        "Entdecke weitere Homestorys",
        "Weitere Tourentipps in Schweden",
        "WEITERE BEITRÄGE AUS DEM MAGAZIN",
        "NEW AND EXCITING SIMILAR DISHES FOR YOU TO TRY OUT",
        "Similar articles",
    ],
)
def test_a_recommendation_label_and_its_teasers_go(label: str) -> None:
    after = (
        f"<p>{label}</p>"
        "<p><a href='/a'>Bridge closed for repairs until June</a></p>"
        "<p><a href='/b'>New bus line for the north of town</a></p>"
    )
    text = _text(after=after)
    assert label not in text and "Bridge closed" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Weitere Informationen zum Volksbegehren:",
        "Weitere Hinweise für Ihre Reise",
        "Wir empfehlen, die Fenster nachts geschlossen zu halten.",
        "Similar cases were reported in the north of the country last year.",
        "Weitere Festnahmen in Hamburg",
        "Weitere Opfer aus dem Dorf",
    ],
)
def test_a_heading_or_sentence_that_only_sounds_like_one_stays(line: str) -> None:
    assert not labels.is_label(line)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_is_label_is_total(text: str) -> None:
    assert isinstance(labels.is_label(text), bool)
