"""The article's own header (class "header", holding the headline) goes as chrome, but the lead
right after it is still found, as after the headline itself."""

from __future__ import annotations

from reader.core.simplify.pipeline import simplify

TITLE = "Council approves the new harbour budget"
LEAD = (
    "After a night of debate the council approved a budget that doubles the money for the "
    "harbour, against the votes of the opposition."
)
BODY = "".join(
    f"<p>Paragraph {n} of the story: the mayor, the members and the public gallery argued "
    "about the harbour, the ferries, the fish market and the cost of it all, for hours.</p>"
    for n in range(1, 7)
)


def page(header_class: str) -> str:
    return f"""<html><head><title>{TITLE}</title></head><body>
<div class="site"><a href="/">Home</a> <a href="/news">News</a></div>
<article>
<div class="intro">
  <header class="{header_class}"><h1>{TITLE}</h1><span>Posted 5 May 2020, 10:14</span></header>
  <div class="teaser"><p>{LEAD}</p></div>
  <figure><img src="http://example.org/harbour.jpg" width="800" height="400"></figure>
</div>
<div class="story"><div class="story-body">{BODY}</div></div>
</article>
</body></html>"""


def test_the_lead_after_the_articles_own_header_is_kept() -> None:
    text = simplify(page("entry-header"), "http://example.org/n").text
    assert text.startswith(LEAD)
    assert "Paragraph 6 of the story" in text
    assert "Posted 5 May" not in text


def test_no_lead_after_a_header_that_is_also_a_menu() -> None:
    text = simplify(page("header menu"), "http://example.org/n").text
    assert LEAD not in text
    assert text.startswith("Paragraph 1 of the story")
