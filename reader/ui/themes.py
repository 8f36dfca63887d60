"""Reading modes for the whole window: Light, Sepia, Dark, High contrast and System.

The article view gets its colours from :mod:`reader.core.render.palette`; this module gives the rest of
the window (lists, tree, menus, dialogs) a matching application palette on the Fusion style, so
Dark darkens the whole window and not only the article. ``system`` follows the desktop's colour
scheme (``QStyleHints.colorScheme``) and keeps following it while the app runs; when the desktop
asks for high contrast (``QStyleHints.accessibility().contrastPreference()``, Qt 6.10+: Windows'
high-contrast themes, macOS "Increase contrast", GNOME's high-contrast setting through the
portal) ``system`` shows the high-contrast mode. On Qt 6.8/6.9 that hint does not exist and only
light/dark is detected.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.render.palette import ReadingColours, colours_for
from reader.settings import Settings
from reader.ui import i18n
from reader.ui.lazy_qt import Qt

log = logging.getLogger(__name__)

_state: dict[str, object] = {"mode": "system", "connected": False}


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme (before the first frame: when its
    palette is dark, see :func:`confirm_desktop_scheme`)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    guess = _state.get("desktop_dark_guess")
    if guess is not None:
        return bool(guess)
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def _guess_desktop_scheme() -> None:
    """Before the first frame: take the desktop's light or dark from the palette Qt gave the
    application (Fusion's follows the desktop's colour scheme). Asking for the scheme itself
    hands Python a ``Qt.ColorScheme``, which builds all of Qt's enums (~119 M instructions,
    ~20 ms) before the window can show."""
    if "desktop_dark_guess" not in _state:
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        _state["desktop_dark_guess"] = window.lightness() < 128


def confirm_desktop_scheme() -> None:
    """After the first frame: ask the desktop for its colour scheme and high-contrast setting,
    and show the ``system`` mode again when the palette's guess was not what it asks for (a
    high-contrast desktop, or a palette that does not follow the scheme), and follow its changes
    from now on. Idempotent."""
    follow_desktop()
    if _state.pop("desktop_dark_guess", None) is None:
        return
    if _state["mode"] == "system" and resolve_mode("system") != _state.get("shown"):
        _on_color_scheme_changed()


def _accessibility_hints() -> QObject | None:
    """Qt's accessibility hints (Qt 6.10+), or None on an older Qt or without an app."""
    if QGuiApplication.instance() is None:
        return None
    # The style hints' wrapper is kept: when it goes, PySide drops the hints' object with it.
    style_hints = QGuiApplication.styleHints()
    _state["style_hints"] = style_hints
    hints = getattr(style_hints, "accessibility", None)
    return hints() if callable(hints) else None


def system_wants_high_contrast() -> bool:
    """True when the desktop asks for high contrast (always False before Qt 6.10)."""
    if _state.get("desktop_dark_guess") is not None:  # before the first frame: see above
        return False
    hints = _accessibility_hints()
    preference = getattr(Qt, "ContrastPreference", None)
    if hints is None or preference is None:
        return False
    wanted = hints.contrastPreference()  # type: ignore[attr-defined]
    return bool(wanted == preference.HighContrast)


def resolve_mode(mode: str) -> str:
    """``light``, ``sepia``, ``dark`` or ``contrast`` for a setting (``system`` asks the
    desktop: its high-contrast setting first, then its colour scheme)."""
    if mode == "system":
        if system_wants_high_contrast():
            return "contrast"
        return "dark" if system_is_dark() else "light"
    return mode if mode in ("light", "sepia", "dark", "contrast") else "light"


def is_dark(mode: str) -> bool:
    """True when ``mode`` (a setting, ``system`` included) shows dark colours."""
    return colours_for(resolve_mode(mode)).dark


def focus_colour(mode: str) -> QColor:
    """The colour of the keyboard-focus frame in a reading-mode setting (>= 3:1, palette.py)."""
    return QColor(reading_colours(mode).focus)


def reading_colours(mode: str) -> ReadingColours:
    """The article colours of a reading-mode setting."""
    return colours_for(resolve_mode(mode))


def build_palette(mode: str) -> QPalette:
    """The application palette of a reading mode (``system`` resolved)."""
    c = reading_colours(mode)
    dark = c.dark
    window = QColor(c.window)
    base = QColor(c.background)
    text = QColor(c.text)
    pal = QPalette()
    disabled_text = QColor("#7d7d7d") if dark else QColor("#8a8a8a")
    button = window.lighter(112) if dark else window
    alternate = base.lighter(108) if dark else base.darker(103)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: alternate,
        QPalette.ColorRole.ToolTipBase: QColor(c.code_background),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(c.muted),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b") if dark else QColor("#c00000"),
        QPalette.ColorRole.Link: QColor(c.link),
        QPalette.ColorRole.LinkVisited: QColor(c.link),
        QPalette.ColorRole.Highlight: QColor(c.selection),
        QPalette.ColorRole.HighlightedText: QColor(c.heading),
        QPalette.ColorRole.Light: button.lighter(130),
        QPalette.ColorRole.Midlight: button.lighter(115),
        QPalette.ColorRole.Mid: button.darker(130) if not dark else button.lighter(140),
        QPalette.ColorRole.Dark: button.darker(160) if not dark else QColor("#101112"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, colour in roles.items():
        pal.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled_text)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, window.darker(110))
    return pal


def apply_theme(app: QApplication, mode: str, *, clear_edges: bool = True) -> None:
    """Give the whole application the palette of ``mode`` (Fusion style, same look everywhere).

    For ``system`` the palette follows later changes of the desktop's colour scheme.
    ``clear_edges=False`` (the start, when the application was made with Fusion): the palette
    only; :func:`use_clear_edges` comes after the first frame.
    """
    _state["mode"] = mode
    if clear_edges:
        use_clear_edges(app)
        follow_desktop()
    elif mode == "system":
        _guess_desktop_scheme()
    _state["shown"] = resolve_mode(mode)
    app.setPalette(build_palette(mode))
    log.debug("theme %s (%s)", mode, resolve_mode(mode))


def follow_desktop() -> None:
    """Show ``system`` again whenever the desktop changes its colour scheme or its contrast
    setting (connected once; at the start only after the first frame, which needs neither the
    style hints' nor the accessibility hints' Python types)."""
    if _state["connected"] or QGuiApplication.instance() is None:
        return
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(_on_color_scheme_changed)
    accessibility = _accessibility_hints()
    changed = getattr(accessibility, "contrastPreferenceChanged", None)
    if changed is not None:
        changed.connect(_on_color_scheme_changed)
    _state["connected"] = True


def use_clear_edges(app: QApplication | None = None) -> None:
    """Fusion, with control edges that reach 3:1 in every mode (control_style.py), once
    (``app``: the running application by default).

    The window's first frame is drawn by plain Fusion (its only such edge is the search
    field's): the proxy style's module builds QStyle's Python type and its ~30 enums, ~45 M
    instructions (~10 ms), and every primitive drawn then goes through Python.
    """
    from reader.ui.control_style import ContrastStyle  # after the first frame: start-up time

    app = app or QApplication.instance()  # type: ignore[assignment]
    if isinstance(app, QApplication) and not isinstance(app.style(), ContrastStyle):
        from PySide6.QtWidgets import QStyleFactory

        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            style = ContrastStyle(fusion)
            _state["style"] = style  # Python keeps the style's wrapper while the app uses it
            app.setStyle(style)


def current_mode() -> str:
    """The reading-mode setting last applied."""
    return str(_state["mode"])


class ThemeNotifier(QObject):
    """Tells views that the resolved colours changed (the desktop flipped light/dark)."""

    colours_changed = Signal()


_notifier: list[ThemeNotifier] = []


def theme_notifier() -> ThemeNotifier:
    """The application-wide notifier (created on first use, in the GUI thread)."""
    if not _notifier:
        _notifier.append(ThemeNotifier())
    return _notifier[0]


def _on_color_scheme_changed(_scheme: object = None) -> None:
    _state.pop("desktop_dark_guess", None)  # the desktop's own word from now on
    app = QApplication.instance()
    if isinstance(app, QApplication) and _state["mode"] == "system":
        _state["shown"] = resolve_mode("system")
        app.setPalette(build_palette("system"))
        theme_notifier().colours_changed.emit()


THEME_APPLIED = "broadsheetThemeApplied"
"""Application property: app_gui applied the settings' theme before making the window."""


def apply_look(new: Settings, old: Settings, *, initial: bool) -> None:
    """Apply the theme and the language of ``new`` to the app (when they changed from ``old``,
    or ``initial``: the window starts)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # At start app_gui has applied the theme already (before any widget existed): applying it
    # again would send every widget of the window a palette change.
    applied = bool(app.property(THEME_APPLIED)) and current_mode() == new.reading_mode
    if (initial and not applied) or new.reading_mode != old.reading_mode:
        apply_theme(app, new.reading_mode)
    if (initial and new.language != i18n.current_language()) or (
        not initial and new.language != old.language
    ):
        i18n.install_language(app, new.language)
