"""The article's title and byline line in the real view (issue 11 bug 10): one date, no site
name after the title, and a mixed-direction byline laid out in its logical order."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.ui.article_view import ArticleView

NOW = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def _article(**changes: object) -> Article:
    fields: dict[str, object] = {
        "id": 1,
        "feed_id": 1,
        "entry_id": "e",
        "title": "Floods close the coast road - NewsX",
        "link": "https://www.newsx.example/floods",
        "author": "",
        "published": NOW,
        "first_seen": NOW,
        "summary_html": "<p>The coast road is closed.</p>",
        "content_html": "",
        "feed_title": "NewsX",
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def _view(qtbot: QtBot) -> ArticleView:
    view = ArticleView(None)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def _block(view: ArticleView, starts: str) -> QTextBlock:
    block = view.document().begin()
    while block.isValid():
        if block.text().lstrip("\u2068").startswith(starts):
            return block
        block = block.next()
    raise AssertionError(f"no block starting {starts!r}")


def test_one_date_and_no_site_name_after_the_title(qtbot: QtBot) -> None:
    view = _view(qtbot)
    page = SimplifiedArticle(
        title="Floods close the coast road | NewsX",
        byline="NewsX Web Desk | October 22, 2024",
        published=NOW,
        html="<p>The coast road is closed after a night of rain.</p>",
        text="The coast road is closed after a night of rain.",
    )
    view.show_article(_article(), page)
    text = view.toPlainText()
    assert "Floods close the coast road\n" in text
    assert "| NewsX" not in text and "- NewsX" not in text
    assert "2024" not in text  # the page's date in the byline is gone; ours stays
    assert "2026" in text
    assert "NewsX Web Desk" in text


def test_a_mixed_direction_byline_keeps_its_order(qtbot: QtBot) -> None:
    """An Arabic article read with English labels: "By" and the Arabic name are one phrase of
    the label's direction, the date and the reading time each keep their own order."""
    view = _view(qtbot)
    page = SimplifiedArticle(
        title="إغلاق الطريق الساحلي بسبب الفيضانات",
        byline="محمد علي",
        published=NOW,
        lang="ar",
        direction="rtl",
        html="<p>أغلقت السلطات الطريق الساحلي بعد ليلة من الأمطار.</p>",
        text="أغلقت السلطات الطريق الساحلي بعد ليلة من الأمطار.",
    )
    view.show_article(_article(feed_title="أخبار"), page)
    block = _block(view, "By")
    text, layout = block.text(), block.layout()

    def span(part: str) -> tuple[float, float]:
        """Where ``part``'s glyphs are drawn: (left, right)."""
        index = text.index(part)
        rects = [run.boundingRect() for run in layout.glyphRuns(index, len(part))]
        return min(r.left() for r in rects), max(r.right() for r in rects)

    by, name = span("By"), span("محمد علي")
    date, minutes = span("Thursday"), span("min read")
    # "By" reads before the name: to its left, as the English label is written
    assert by[1] <= name[0] + 0.5
    # the items follow one another right to left (the article's direction), none inside another
    assert date[1] <= by[0] + 0.5
    assert minutes[1] <= date[0] + 0.5
