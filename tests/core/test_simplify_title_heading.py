"""The heading that repeats the title leaves the body, even when a shorter heading made only of
the title's words (the artist's name, the section) comes before it: the reader view shows the
headline once, as its title."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.core.simplify.dom import repeats_title, text_similarity
from reader.core.simplify.pipeline import simplify

TITLE = "Mara Lind stellt ihr neues Album Nordlicht in Hamburg vor"
BODY = "".join(
    f"<p>Absatz {n}: Die Sängerin spielte am Abend die neuen Lieder, das Publikum sang mit, "
    "und nach dem Konzert erzählte sie, wie die Platte im Winter entstanden ist.</p>"
    for n in range(1, 7)
)


def page(short_heading: str) -> str:
    return f"""<html><head><title>{TITLE}</title></head><body>
<div class="content">
  <h1>{short_heading}</h1>
  <div class="entry"><h2>{TITLE}</h2>{BODY}</div>
</div>
</body></html>"""


def _headings(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", html)]


def test_a_part_of_the_title_does_not_stop_the_search_for_the_title_again() -> None:
    article = simplify(page("Mara Lind"), "http://example.org/musik/nordlicht")
    assert TITLE not in _headings(article.html)
    assert "Absatz 6" in article.text


def test_a_heading_that_is_the_whole_title_goes_first_time() -> None:
    article = simplify(page("Konzerte"), "http://example.org/musik/nordlicht")
    assert TITLE not in _headings(article.html)


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß", min_size=2, max_size=10)


@given(st.text(max_size=80), st.text(max_size=80))
def test_repeating_the_title_is_symmetric(a: str, b: str) -> None:
    assert repeats_title(a, b) == repeats_title(b, a)


@given(st.lists(WORD, min_size=1, max_size=12).map(" ".join))
def test_a_title_repeats_itself(title: str) -> None:
    assert repeats_title(title, f" {title}: ")


@given(st.lists(WORD, min_size=4, max_size=12, unique=True))
def test_a_short_part_of_the_title_does_not_repeat_it(words: list[str]) -> None:
    title = " ".join(words)
    part = words[0]
    assert text_similarity(title, part) == 1.0  # all in the title: the old rule took it
    if len(part) <= len(title) / 4:
        assert not repeats_title(title, part)
