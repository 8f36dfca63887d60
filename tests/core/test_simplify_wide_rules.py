"""Rules found on the wide corpus's shapes, each on a small synthetic page and a near miss."""

from __future__ import annotations

from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL, story

MORE = [
    "Two of the older members still think the roof could wait another year, and they said so "
    "again on Tuesday, pointing to the cost of the new heating system that the school will need "
    "before the end of the decade.",
    "The mayor answered that a leaking roof would ruin the rare books on the upper floor, which "
    "the town cannot replace at any price, and that the heating could be paid for later from the "
    "reserve the council keeps for such repairs.",
]


def test_prose_in_a_block_whose_class_says_widget_is_kept() -> None:
    block = f"<div class='widget-box'><p>{MORE[0]}</p><p>{MORE[1]}</p></div>"
    text = simplify(story(inside=block), URL).text
    assert MORE[0] in text and MORE[1] in text and PROSE[3] in text


def test_a_widget_of_links_or_a_related_id_still_goes() -> None:
    links = (
        "<div class='widget-box'><p><a href='/a'>Library roof repairs begin</a></p>"
        "<p><a href='/b'>Council approves the budget</a></p></div>"
    )
    text = simplify(story(inside=links), URL).text
    assert "Library roof repairs begin" not in text and PROSE[2] in text
    by_id = f"<div id='related'><p>{MORE[0]}</p><p>{MORE[1]}</p></div>"
    text = simplify(story(inside=by_id), URL).text
    assert MORE[0] not in text and PROSE[2] in text


def test_an_author_box_after_the_story_leaves_the_body() -> None:
    box = (
        "<div class='writer-card'><img src='https://news.example.org/jane.jpg' width='80' "
        "height='80' alt='Jane Doe'><p>Jane Doe is a staff reporter who writes about city hall "
        "and the schools.</p><a href='https://news.example.org/author/jane-doe/'>More by Jane</a>"
        "</div>"
    )
    text = simplify(story(after=box), URL).text
    assert "writes about city hall" not in text and PROSE[3] in text
    unmarked = box.replace(" class='writer-card'", "").replace("/author/jane-doe/", "/jane/")
    unmarked = unmarked.replace("</p>", "</p><p><a href='https://twitter.com/janedoe'>Jane</a></p>")
    assert "writes about city hall" not in simplify(story(after=unmarked), URL).text
    german = (
        "<div><p>AUTORIN</p><p>Erika Muster ist Redakteurin im Ressort Stadt und schreibt über "
        "Verkehr, Radwege und den Bahnhof.</p></div>"
    )
    assert "Erika Muster" not in simplify(story(after=german), URL).text


def test_a_last_paragraph_about_a_person_stays_without_the_shape_of_a_box() -> None:
    last = (
        "<p>The mayor, who is a former reporter, writes about local history in her spare time.</p>"
    )
    text = simplify(story(after=last), URL).text
    assert "writes about local history" in text
    linked = (
        "<p>The clerk, who is a writer herself, posts the minutes of every meeting on "
        "<a href='https://twitter.com/towncouncil'>the council's account</a> the next day.</p>"
    )
    text = simplify(story(after=linked), URL).text
    assert "posts the minutes of every meeting" in text


TEASERS = "".join(
    f"<p><a href='/news/{n}'>{head}</a> {blurb}</p>"
    for n, (head, blurb) in enumerate(
        [
            ("Bridge closed for repairs", "The old river bridge will stay closed until the "
             "end of May while engineers replace its bearings and railings."),
            ("New buses for the north", "Six electric buses start on the northern routes next "
             "week, with longer evening hours on weekdays and Saturdays."),
        ]
    )
)  # fmt: skip


def test_long_teasers_under_a_related_label_after_the_story_leave_the_body() -> None:
    text = simplify(story(after=f"<h3>Read more</h3>{TEASERS}"), URL).text
    assert "Bridge closed for repairs" not in text and "Six electric buses" not in text
    assert PROSE[3] in text


def test_long_lines_under_another_label_after_the_story_stay() -> None:
    verdict = (
        "<h3>What we liked:</h3><p>The calm debate, the clear budget, and a promise to "
        "publish every invoice for the roof on the council's pages as soon as it is paid</p>"
    )
    text = simplify(story(after=verdict), URL).text
    assert "publish every invoice" in text
