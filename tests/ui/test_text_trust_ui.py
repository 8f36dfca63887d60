"""Issue 9 items 3-4 at the window's edges: the mailto: a click hands the mail client, and
the feed text the list, the tree and the labels show."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl

from reader.core.render.spoofing import spoofing_problems
from reader.ui import article_view as av
from reader.ui import widgets
from reader.ui.article_list import one_line as list_line
from reader.ui.article_view import ArticleView
from reader.ui.feed_tree_rows import one_line as tree_line

PERSIAN = "می\u200cخواهم کتاب\u200cها"
EMOJI = "\U0001f469\U0001f3fd\u200d\U0001f4bb"


@pytest.mark.parametrize(
    ("clicked", "opened"),
    [
        ("mailto:a@x.example?subject=Hi&attach=/etc/passwd", "mailto:a@x.example?subject=Hi"),
        ("mailto:a@x.example?body=Text&attachment=~/.ssh/id_rsa&x-header=1", "mailto:a@x.example?body=Text"),
        ("mailto:a@x.example?cc=b@x.example&bcc=c@x.example", "mailto:a@x.example?cc=b@x.example&bcc=c@x.example"),
    ],
)  # fmt: skip
def test_a_clicked_mailto_carries_only_four_fields(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, clicked: str, opened: str
) -> None:
    view = ArticleView(None)
    qtbot.addWidget(view)
    handed: list[str] = []
    monkeypatch.setattr(av.QDesktopServices, "openUrl", lambda u: handed.append(u.toString()))
    view.anchorClicked.emit(QUrl(clicked))
    assert handed == [opened]


@pytest.mark.parametrize("show", [widgets.one_line, widgets.clean_text, list_line, tree_line])
def test_every_display_keeps_joiners_and_drops_spoofing(show: Any) -> None:
    text = f"\u202e{PERSIAN} {EMOJI}\u2066 \u200bx\u200d"
    shown = show(text)
    assert PERSIAN in shown and EMOJI in shown
    assert spoofing_problems(shown) == []
