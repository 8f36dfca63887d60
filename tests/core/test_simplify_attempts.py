"""A looser retry that finds another block does not beat the short article a stricter one found."""

from __future__ import annotations

from reader.core.simplify.pipeline import simplify

POST = (
    "<p>Our meetup this month is hosted by a local company, in their office by the harbour, "
    "with drinks, snacks and a projector for everyone who wants to show something.</p>"
    "<p>Agenda: two or three short talks, then an open discussion, then more drinks.</p>"
)
LABELS = [
    "Your email address (required, never published, we promise)",
    "Your name (required, shown beside your comment, if you like)",
    "Your website (optional, linked from your name, if you have one)",
    "Leave your comment here, be kind, stay on topic, and have fun",
    "Notify me of new comments by email, once a day, at most",
    "Notify me of new posts by email, once a week, at most",
    "Save my name, email and website in this browser for next time",
    "Post comment, then wait for a moderator, who will approve it",
    "Or log in with your account, by email, or with a social network",
    "Read our comment policy, our privacy policy, and our house rules",
]
FORM = "".join(
    f'<p><label>{label}</label><input type="text" name="f{i}"></p>'
    for i, label in enumerate(LABELS)
)


def page(article: str) -> str:
    return f"""<html><head><title>Meetup in March</title></head><body>
<div class="nav"><a href="/">Home</a></div>
<div class="page"><main><article class="post"><div class="body">{article}</div></article></main>
<div class="comments"><div class="respond"><form><div>{FORM}</div></form></div></div></div>
</body></html>"""


def test_a_short_post_is_not_traded_for_a_longer_comment_form() -> None:
    # strict rules find the post (237 characters); without the class rules the comment form,
    # longer than the retry threshold, scores best: another block, not more of the post
    text = simplify(page(f'<div class="entry-content">{POST}</div>'), "http://example.org/m").text
    assert text.startswith("Our meetup this month")
    assert "Agenda: two or three short talks" in text
    assert "Your email address" not in text


def test_a_looser_retry_that_holds_the_short_post_and_more_of_it_still_wins() -> None:
    more = "".join(
        f"<p>Talk {n}: a speaker from the community shows a project, with a demo, questions, "
        "and time for a discussion afterwards, over a drink, in the kitchen.</p>"
        for n in range(1, 6)
    )
    article = f'<div class="entry-content">{POST}<div class="sidebar-talks">{more}</div></div>'
    text = simplify(page(article), "http://example.org/m").text
    assert text.startswith("Our meetup this month")
    assert "Talk 5: a speaker" in text
