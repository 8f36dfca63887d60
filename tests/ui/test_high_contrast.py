"""The high-contrast reading mode: measured contrast, underlined links, chosen by the desktop."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.render.document import render_article
from reader.core.render.palette import HIGH_CONTRAST_MIN, READING_COLOURS, contrast_ratio
from reader.settings import READING_MODES, Settings, load_settings, save_settings
from reader.ui import themes
from reader.ui.article_view import ArticleView
from reader.ui.settings_dialog import SettingsDialog

NOW = datetime(2026, 11, 10, 9, 30, tzinfo=UTC)
HC = READING_COLOURS["contrast"]


def _article() -> Article:
    return Article(
        id=7, feed_id=1, entry_id="e", title="Harbour reopens", link="https://news.example/a",
        author="A. Writer", published=NOW, first_seen=NOW, summary_html="", content_html="",
        feed_title="Harbour Times",
    )  # fmt: skip


def _simplified() -> SimplifiedArticle:
    body = '<p>The harbour reopened on <a href="https://news.example/b">Monday</a>.</p>'
    return SimplifiedArticle(
        title="Harbour reopens", byline="A. Writer", published=NOW, lead_image="", lang="en",
        html=body, text="The harbour reopened on Monday.",
    )  # fmt: skip


def test_high_contrast_is_a_reading_mode() -> None:
    assert "contrast" in READING_MODES
    assert themes.resolve_mode("contrast") == "contrast"


@pytest.mark.parametrize("part", ["text", "heading", "quote", "muted", "link"])
def test_text_reaches_twelve_to_one(part: str) -> None:
    ratio = contrast_ratio(getattr(HC, part), HC.background)
    assert ratio >= HIGH_CONTRAST_MIN >= 12.0, (part, ratio)


def test_window_palette_reaches_twelve_to_one(qapp: QApplication) -> None:
    pal = themes.build_palette("contrast")
    role = QPalette.ColorRole

    def ratio(fg: QPalette.ColorRole, bg: QPalette.ColorRole) -> float:
        return contrast_ratio(pal.color(fg).name(), pal.color(bg).name())

    assert ratio(role.Text, role.Base) >= 12.0
    assert ratio(role.WindowText, role.Window) >= 12.0
    assert ratio(role.ButtonText, role.Button) >= 12.0
    assert ratio(role.HighlightedText, role.Highlight) >= 7.0  # the selected row stays legible


def test_links_are_underlined_in_the_rendered_html() -> None:
    page = render_article(_article(), _simplified(), mode="contrast", colours=HC)
    rule = re.search(r"(?m)^a \{([^}]*)\}", page)
    assert rule is not None
    assert "text-decoration: underline" in rule.group(1)
    assert HC.link in rule.group(1)
    assert f"color: {HC.text}" in page and f"background-color: {HC.background}" in page


def test_links_are_underlined_in_the_article_pane(qtbot: Any) -> None:
    view = ArticleView(None)
    qtbot.addWidget(view)
    view.apply_settings(Settings(reading_mode="contrast"))
    view.show_article(_article(), _simplified())
    doc = view.document()
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt: QTextCharFormat = fragment.charFormat()
            if fmt.isAnchor() and fragment.text().strip():
                found.append((fmt.fontUnderline(), fmt.foreground().color().name()))
            it += 1
        block = block.next()
    # Every link: the body's, and the article's own "Open original" / "Copy link".
    assert len(found) >= 3 and all(under for under, _colour in found), found
    assert {colour for _under, colour in found} == {HC.link}
    assert view.palette().color(QPalette.ColorRole.Base).name() == HC.background


def test_the_desktops_high_contrast_selects_it(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(themes, "system_wants_high_contrast", lambda: True)
    assert themes.resolve_mode("system") == "contrast"
    assert themes.reading_colours("system") == HC
    assert themes.is_dark("system")
    # Only "system" follows the desktop: a chosen mode stays.
    assert themes.resolve_mode("sepia") == "sepia"
    try:
        themes.apply_theme(qapp, "system")
        base = qapp.palette().color(QPalette.ColorRole.Base).name()
        assert base == HC.background
    finally:
        monkeypatch.setattr(themes, "system_wants_high_contrast", lambda: False)
        themes.apply_theme(qapp, "light")


def test_without_a_request_system_is_not_high_contrast(qapp: QApplication) -> None:
    # Offscreen has no contrast preference: Qt's hint (6.10+) is read and says no.
    assert themes.system_wants_high_contrast() is False
    assert themes.resolve_mode("system") in ("light", "dark")


def test_settings_dialog_offers_it_by_keyboard(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings(reading_mode="light"))
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.mode_radio["contrast"]
    assert button.text() == "High contrast"
    changed: list[Settings] = []
    dialog.settings_changed.connect(changed.append)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert changed and changed[-1].reading_mode == "contrast"


def test_the_mode_is_saved(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(reading_mode="contrast"))
    assert load_settings(path).reading_mode == "contrast"
