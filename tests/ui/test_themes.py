"""Reading modes colour the whole window, not only the article."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget

from reader.core.render.palette import contrast_ratio
from reader.ui import themes
from reader.ui.control_style import ContrastStyle


@pytest.fixture
def app(qapp: QApplication) -> Any:
    yield qapp
    themes.apply_theme(qapp, "light")


def test_dark_darkens_the_whole_window(app: QApplication, qtbot: Any) -> None:
    themes.apply_theme(app, "light")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    themes.apply_theme(app, "dark")
    pal = app.palette()
    assert pal.color(QPalette.ColorRole.Window).lightness() < 60
    assert pal.color(QPalette.ColorRole.Base).lightness() < 60
    assert pal.color(QPalette.ColorRole.Text).lightness() > 180
    style = app.style()  # Fusion, with edges that can be seen (control_style.py)
    assert isinstance(style, ContrastStyle) and style.baseStyle().name().lower() == "fusion"
    widget = QListWidget()  # a pane created after the switch gets the dark palette too
    qtbot.addWidget(widget)
    assert widget.palette().color(QPalette.ColorRole.Base).lightness() < 60


@pytest.mark.parametrize("mode", ["light", "sepia", "dark"])
def test_window_text_is_readable(app: QApplication, mode: str) -> None:
    themes.apply_theme(app, mode)
    pal = app.palette()
    for fg, bg in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ):
        ratio = contrast_ratio(pal.color(fg).name(), pal.color(bg).name())
        assert ratio >= 7.0, (mode, fg, bg, ratio)


def test_sepia_is_warm(app: QApplication) -> None:
    themes.apply_theme(app, "sepia")
    base = app.palette().color(QPalette.ColorRole.Base)
    assert base.red() > base.blue() + 10


def test_system_follows_the_desktop(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    scheme = [Qt.ColorScheme.Light]
    monkeypatch.setattr(themes, "system_is_dark", lambda: scheme[0] == Qt.ColorScheme.Dark)
    themes.apply_theme(app, "system")
    assert not themes.is_dark("system")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    fired: list[bool] = []
    themes.theme_notifier().colours_changed.connect(lambda: fired.append(True))
    scheme[0] = Qt.ColorScheme.Dark
    themes._on_color_scheme_changed(Qt.ColorScheme.Dark)
    assert themes.is_dark("system")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert fired


def test_resolve_mode() -> None:
    assert themes.resolve_mode("sepia") == "sepia"
    assert themes.resolve_mode("bogus") == "light"
    assert themes.is_dark("dark") and not themes.is_dark("light")


def test_the_starts_guess_gives_way_to_the_desktops_word(app: QApplication) -> None:
    """Before the first frame "system" takes light or dark from the palette Qt gave the
    application (asking the desktop builds Qt's enums); after it, the desktop's own colour
    scheme decides, and a wrong guess is shown right at once."""
    fired: list[bool] = []
    themes.theme_notifier().colours_changed.connect(lambda: fired.append(True))
    app.setPalette(themes.build_palette("dark"))  # as a desktop's dark palette would be
    themes._state.pop("desktop_dark_guess", None)
    themes.apply_theme(app, "system", clear_edges=False)  # the start
    assert themes.is_dark("system")  # the guess: the palette was dark
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
    themes.confirm_desktop_scheme()  # after the first frame: offscreen asks for no dark scheme
    assert not themes.is_dark("system")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert fired
    fired.clear()
    themes.confirm_desktop_scheme()  # once only
    assert not fired
