"""The site's notices among an article's paragraphs (reader.core.simplify.notices), each on a
small synthetic page of the pattern, with a near miss that must stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.simplify import notices, rules
from tests.core.simplify_pages import story_text as _text


@pytest.mark.parametrize(
    "line",
    [
        "<p>Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.</p>",
        "<p>Advertising disclosure: We may receive compensation for some of the links in our "
        "stories. Thank you for supporting us.</p>",
        "<p>*Werbung. Dieser Beitrag enthält Werbung für eine Marke.</p>",
        "<p>ANZEIGE - Heute mal ausgehen? Wie wäre es mit:</p>",
        "<p>Bei den Verlinkungen handelt es sich um Affiliate Links.</p>",
    ],
)
def test_affiliate_and_advertising_disclosures_go(line: str) -> None:
    assert line[3:30] not in _text(inside=line)


def test_a_sentence_about_a_commission_of_inquiry_stays() -> None:
    line = (
        "<p>However, what I can confirm is that the arrest was led by the police and is not "
        "linked to the report of the Commission.</p>"
    )
    assert "Commission" in _text(inside=line)


@pytest.mark.parametrize(
    "line",
    [
        "<p>Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.</p>",
        "<p>You must be logged in to post a comment.</p>",
        "<p>Um den Tipp kommentieren zu können, müssen Sie eingeloggt sein.</p>",
    ],
)
def test_log_in_to_comment_lines_go(line: str) -> None:
    assert line[3:25] not in _text(inside=line)


def test_a_sentence_about_logging_in_stays() -> None:
    line = "<p>Users who log in at night see the new design first, the company said.</p>"
    assert "log in at night" in _text(inside=line)


@pytest.mark.parametrize(
    "line",
    [
        "<p>© 2022, Example News. This article is the copyrighted property of Example News. "
        "Written permission must be obtained before reprint.</p>",
        "<p>Copyright 2021 Example Media. All rights reserved.</p>",
    ],
)
def test_a_copyright_notice_inside_the_article_goes(line: str) -> None:
    assert "Example" not in _text(inside=line)


def test_a_sentence_about_copyright_stays() -> None:
    line = "<p>The court said the copyright on the song had expired long before 2019.</p>"
    assert "copyright on the song" in _text(inside=line)


@pytest.mark.parametrize(
    "line",
    [
        "<p>Rezept drucken <a href='/pin'>Bei Pinterest speichern</a></p>",
        "<p>Dieses Skript als PDF herunterladen</p>",
        "<p>Print Save Email</p>",
        "<p>Quellen ausblenden</p>",
    ],
)
def test_button_rows_go(line: str) -> None:
    text = _text(inside=line)
    assert all(word not in text for word in ("drucken", "PDF", "Email", "ausblenden"))


def test_a_short_line_with_an_action_word_and_other_words_stays() -> None:
    line = "<p>Print media share prices fell.</p>"
    assert "Print media" in _text(inside=line)


def test_truncated_teasers_and_arrow_link_teasers_go() -> None:
    inside = (
        "<p>Auskunft über vergangenes Wetter… <a href='/w'>mehr</a></p>"
        "<p><a href='/x'>&gt;&gt; Wegen Regen: das Fest fällt aus &lt;&lt;</a></p>"
        "<p>3:59 PM</p>"
        "<p>Lea: <a href='/y'>El consejo aborda este miércoles la confiscación</a></p>"
    )
    text = _text(inside=inside)
    assert "Wetter" not in text and "Fest" not in text and "3:59" not in text
    assert "consejo" not in text


def test_an_arrow_line_without_a_link_and_an_ellipsis_in_a_sentence_stay() -> None:
    inside = "<p>» Das Fest fällt aus, sagte sie.</p><p>Er zögerte… und sagte dann mehr.</p>"
    text = _text(inside=inside)
    assert "Das Fest fällt aus" in text and "Er zögerte" in text


@settings(max_examples=200)
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    mark=st.sampled_from(["AM", "pm", "a.m.", "Uhr", "h"]),
)
def test_any_clock_time_alone_is_a_clock_line(hour: int, minute: int, mark: str) -> None:
    assert notices.is_clock_line(f"{hour}:{minute:02d} {mark}")


@settings(max_examples=200)
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    words=st.lists(st.sampled_from(["the", "train", "left", "at", "Zug", "fuhr"]), min_size=1),
)
def test_a_clock_time_in_words_is_not_a_clock_line(
    hour: int, minute: int, words: list[str]
) -> None:
    assert not notices.is_clock_line(f"{' '.join(words)} {hour}:{minute:02d} pm")


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(categories=["L", "Zs"]), min_size=1, max_size=300))
def test_letters_alone_are_never_a_clock_line(text: str) -> None:
    assert not notices.is_clock_line(text)


@pytest.mark.parametrize(
    ("inside", "gone"),
    [
        ("<p>Release Date:</p>", "Release Date"),
        ("<p>Veröffentlichung:</p>", "Veröffentlichung"),
        ("<p>Photograph by Ann Lee, Wildlife Trust</p>", "Ann Lee"),
        ("<p>Paris, spring collection, Bild via</p>", "Bild via"),
        ("<p>Der Spieler steht im Viertelfinale des TurniersBild: AFP/SID/Ann Lee</p>", "AFP"),
        (
            "<p>Life is a burning bush. <a href='/author/x'>Zeige alle Beiträge von Ann Lee</a></p>",
            "burning bush",
        ),
        (
            "<p>Siehe auch <a href='/a'>Die dümmste aller Theorien</a> "
            "<a href='/b'>Immer mehr Verschwörungsbedürftige</a> "
            "<a href='/c'>Verschwörungsspaß in zehn Minuten, eine Übersicht über alles</a></p>",
            "Theorien",
        ),
        ("<p>opublikowano: 2021-04-29 17:13:04.031886+02:00</p>", "2021-04-29"),
    ],
)
def test_date_labels_credit_lines_author_boxes_and_run_in_related_links_go(
    inside: str, gone: str
) -> None:
    assert gone not in _text(inside=inside)


@pytest.mark.parametrize(
    ("after", "gone"),
    [
        ("<p>aja/PAP</p>", "aja/PAP"),
        ("<p>SUGGESTED CITATION Lee, Ann: The roof, Town Blog, 2020/4/09.</p>", "CITATION"),
        ("<p>Get the latest news straight to your phone with the Town News app.</p>", "app"),
        ("<p>If you enjoyed this post, would you consider supporting our work?</p>", "enjoyed"),
    ],
)
def test_sign_offs_after_the_last_paragraph_go(after: str, gone: str) -> None:
    assert gone not in _text(after=after)


@pytest.mark.parametrize(
    ("inside", "kept"),
    [
        ("<p>Published in 1998, the report was ignored for years.</p>", "Published in 1998"),
        ("<figure><figcaption>Photo by Ann Lee</figcaption></figure>", "Photo by Ann Lee"),
        ("<p>Photographs by the hundred were taken that day, the mayor said.</p>", "hundred"),
        ("<p>CDU/CSU</p>", "CDU/CSU"),
        ("<p>Siehe auch die Ausstellung im Rathaus, die bis Mai geöffnet ist.</p>", "Rathaus"),
    ],
)
def test_near_misses_of_date_labels_credits_and_related_links_stay(inside: str, kept: str) -> None:
    assert kept in _text(inside=inside)


_STAMP = st.builds(
    "{:04d}-{:02d}-{:02d} {:02d}:{:02d}:{:02d}.{:06d}+02:00".format,
    st.integers(1990, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
    st.integers(0, 999999),
)


@settings(max_examples=200)
@given(stamp=_STAMP, label=st.sampled_from(["opublikowano:", "Published", "Updated:", "Stand:"]))
def test_a_labelled_machine_timestamp_is_a_dateline(stamp: str, label: str) -> None:
    assert rules.is_dateline(f"{label} {stamp}")


@settings(max_examples=200)
@given(
    stamp=_STAMP,
    words=st.lists(st.sampled_from(["server", "crashed", "Absturz", "der"]), min_size=1),
)
def test_a_timestamp_with_other_words_is_not_a_dateline(stamp: str, words: list[str]) -> None:
    assert not rules.is_dateline(f"{' '.join(words)} {stamp}")


@pytest.mark.parametrize(
    ("inside", "gone"),
    [
        ("<p>To view the full story, please subscribe to Town News.</p>", "full story"),
        ("<p>Already a subscriber? You can log in for access to this story.</p>", "subscriber"),
        ("<ul><li><a href='/n'>Vorschau auf den nächsten Artikel</a></li></ul>", "Vorschau"),
        ("<p>(Alle Angaben ohne Gewähr)</p>", "Gewähr"),
        ("<p>Vergrößern Eine kleine Aussparung für die Kamera im Display.</p>", "Aussparung"),
        ("<ul><li>Permalink https://example.org/p/RPYx</li></ul>", "RPYx"),
        (
            "<p><a href='/p'>Alle Pressemitteilungen</a> | <a href='/r'>RSS-Feed abonnieren</a></p>",
            "RSS",
        ),
        ("<p>Le piquet de grève dans le hall / (C) Kab Niang</p>", "Kab Niang"),
    ],
)
def test_paywall_messages_next_links_disclaimers_and_credits_go(inside: str, gone: str) -> None:
    assert gone not in _text(inside=inside)


@pytest.mark.parametrize(
    ("inside", "kept"),
    [
        ("<p>Subscribers can read the full report, the mayor said, but few did.</p>", "few did"),
        ("<p>The next article of the treaty deals with fishing rights in the bay.</p>", "treaty"),
        (
            "<p>Vergrößerungen der Bibliothek sind geplant, sagte die Bürgermeisterin.</p>",
            "Vergrößerungen",
        ),
        ("<p>Readers may subscribe to the town's newsletter at the library.</p>", "newsletter"),
    ],
)
def test_near_misses_of_paywall_next_and_subscribe_lines_stay(inside: str, kept: str) -> None:
    assert kept in _text(inside=inside)


@pytest.mark.parametrize(
    ("inside", "gone"),
    [
        (
            "<p>Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden. "
            "Nach Anmeldung geht mir eine E-Mail zur Zustimmung nach Double-Opt-In zu.</p>",
            "Datenschutzerklärung",
        ),
        ("<p>News date : 04/21/2022 Category : Press Releases</p>", "Press Releases"),
        (
            "<p>Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht "
            "und wurde unter Allgemein, Region Halle - Leipzig, Tastings &amp; Events, "
            "Veranstaltungen, Whisky-Tastings abgelegt. Du kannst die Kommentare zu diesen Eintrag "
            "durch den RSS-Feed verfolgen. Du kannst einen Kommentar schreiben, oder einen "
            "Trackback auf deiner Seite einrichten.</p>",
            "RSS-Feed",
        ),
    ],
)
def test_consent_text_and_long_or_labelled_meta_lines_go(inside: str, gone: str) -> None:
    assert gone not in _text(inside=inside)


@pytest.mark.parametrize(
    ("inside", "kept"),
    [
        (
            "<p>The ruling of 3 March 2024 put the case in a new category: fraud, not theft, "
            "the judge wrote in a long opinion that both sides had read twice.</p>",
            "new category",
        ),
        ("<p>Members agree, the minutes of 3 May 2024 show, on the privacy of votes.</p>", "votes"),
    ],
)
def test_sentences_with_a_category_or_privacy_stay(inside: str, kept: str) -> None:
    assert kept in _text(inside=inside)


@pytest.mark.parametrize(
    ("inside", "gone"),
    [
        ("<p>NOTE: The advertising disclaimer below does not apply to this article.</p>", "NOTE"),
        ("<p>Empfehlungen aus dem GARTEN-Shop</p>", "Empfehlungen"),
        (
            "<figure><figcaption>Jetzt neu! Besuchen Sie unseren Fan-Shop!</figcaption></figure>",
            "Fan",
        ),
        ("<p><a href='/forum/1'>Alkohol beim Angeln – Diskussion im Forum</a></p>", "Forum"),
        ("<p>... <a href='/part2'>weiter zu \"die Wortwahl\"</a></p>", "Wortwahl"),
        ("<p>Weitere Infos unter <a href='https://example.org'>www.example.org</a>.</p>", "Infos"),
    ],
)
def test_shop_forum_next_part_and_address_lines_go(inside: str, gone: str) -> None:
    assert gone not in _text(inside=inside)


@pytest.mark.parametrize(
    ("inside", "kept"),
    [
        ("<p>Der Online-Shop des Vereins startet im Mai.</p>", "Online-Shop"),
        ("<p>Weitere Infos unter der Nummer der Gemeinde gibt es ab Montag.</p>", "Nummer"),
        ("<p>The forum discussed the plan in the town hall for hours.</p>", "town hall"),
    ],
)
def test_near_misses_of_shop_forum_and_address_lines_stay(inside: str, kept: str) -> None:
    assert kept in _text(inside=inside)
