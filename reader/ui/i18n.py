"""The interface language: Qt translation files, swapped while the app runs.

Source strings are English. ``resources/i18n/broadsheet_<code>.qm`` holds each translation
(compiled from the ``.ts`` next to it with ``pyside6-lrelease``); English has one too, holding
only the plural forms of counted messages (``%n``), so "1 feeds" never shows. Installing a
translator sends every widget ``QEvent.LanguageChange``; the widgets then call their
``retranslate_ui()``. Right-to-left languages (Arabic, Persian, Hebrew, Urdu) mirror the whole
window. Numbers and dates follow the language's ``QLocale`` (its digits, its calendar).
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QStatusBar

from reader.resources import resource_path
from reader.ui.lazy_qt import Qt

if TYPE_CHECKING:  # the calendar's and the date's Python types wait for the first frame
    from PySide6.QtCore import QCalendar, QDate

log = logging.getLogger(__name__)

LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")
"""Qt's own message for a language's direction, kept in our translations by lupdate: a language
whose installed translation answers "RTL" turns the whole interface around without Qt's enums
(Qt's translations do for Arabic, Persian and Hebrew; ours does for Urdu, which Qt has none for).
"""

LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "hi": "हिन्दी",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
    "bn": "বাংলা",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
    "ur": "اردو",
    "id": "Bahasa Indonesia",
    "de": "Deutsch",
    "ja": "日本語",
    "tr": "Türkçe",
    "ko": "한국어",
    "vi": "Tiếng Việt",
    "it": "Italiano",
    "fa": "فارسی",
    "he": "עברית",
    "pl": "Polski",
    "zh_TW": "繁體中文",
    "uk": "Українська",
    "ta": "தமிழ்",
    "sw": "Kiswahili",
}
"""Interface languages, most read first: code -> the language's own name (shown untranslated in
the chooser). A code is a file name part (``broadsheet_<code>.qm``) and a ``QLocale`` name."""

HAN_FACES: dict[str, str] = {
    "zh_CN": "Noto Sans CJK SC",
    "zh_TW": "Noto Sans CJK TC",
    "ja": "Noto Sans CJK JP",
    "ko": "Noto Sans CJK KR",
}
"""The face whose Han characters have the language's shapes (Qt's fallback picks one face for
every Han text, so Chinese would otherwise be drawn with Japanese forms). Ignored when missing."""

CALENDARS: dict[str, str] = {"fa": "Jalali"}
"""Languages whose readers date things in another calendar than the Gregorian one (the name of
its ``QCalendar.System``)."""

_installed: list[QTranslator] = []
_current: list[str] = ["en"]

Text = str | Callable[[], str]
"""A message for the user: fixed words, or a function that words it in the current language
(so that it can be worded again after a switch: ``lambda: self.tr("Starred.")``)."""


def words(text: Text) -> str:
    """The words of ``text`` in the current language."""
    return text() if callable(text) else text


def translation_file(code: str) -> str:
    """The path of a language's compiled translation (it may not exist)."""
    return str(resource_path("i18n", f"broadsheet_{code}.qm"))


def current_language() -> str:
    """The code of the language installed last."""
    return _current[0]


def language_for(locale_name: str) -> str:
    """Our language for a locale name such as ``pt_PT``, ``zh_HK`` or ``de_AT`` (else English)."""
    if locale_name in LANGUAGES:
        return locale_name
    base = locale_name.split("_")[0]
    if base == "zh":
        traditional = QLocale(locale_name).script() == QLocale.Script.TraditionalChineseScript
        return "zh_TW" if traditional else "zh_CN"
    if base in LANGUAGES:
        return base
    return next((code for code in LANGUAGES if code.split("_")[0] == base), "en")


def system_language() -> str:
    """The desktop's language if we have it, else English."""
    return language_for(QLocale.system().name())


def install_language(app: QApplication, code: str) -> None:
    """Swap the application's translators to ``code`` and set the layout direction.

    Unknown codes fall back to English. Every widget receives ``QEvent.LanguageChange``.
    """
    if code not in LANGUAGES:
        log.warning("unknown language %r; using English", code)
        code = "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # English too: its file holds the plural forms of counted messages ("1 feed", "2 feeds")
    ours = QTranslator(app)
    if ours.load(translation_file(code)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s at %s", code, translation_file(code))
    if code != "en":
        qt_base = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo  # only for other languages: start-up time

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    previous, _current[0] = _current[0], code
    locale = QLocale(code)
    QLocale.setDefault(locale)
    rtl = writes_right_to_left(locale)
    # Qt turns the layout around by itself when a translator just installed says so (Qt's own
    # translations for Arabic, Persian and Hebrew do: "QT_LAYOUT_DIRECTION" is "RTL"). Setting it
    # here reads Qt.LayoutDirection, which builds all of Qt's enums (~119 M instructions, ~20 ms
    # of the first frame): only when no translation did (see LAYOUT_DIRECTION).
    if rtl != app.isRightToLeft():
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    if code in HAN_FACES or previous in HAN_FACES:  # app.font() builds QFont's type: 7 M
        _prefer_han_face(app, code)
    log.info("interface language %s", code)


def writes_right_to_left(locale: QLocale) -> bool:
    """True when ``locale``'s language is written right to left: its own name's first strong
    letter says so, as ``QLocale.textDirection`` does from its script. That one returns a
    ``Qt.LayoutDirection``, which builds all of Qt's enums (~119 M instructions) before the
    first frame; the article renderer's table (``is_rtl``) would load the renderer and its
    sanitizer, which that frame needs neither."""
    for char in locale.nativeLanguageName():
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return locale.textDirection() == Qt.LayoutDirection.RightToLeft  # no letter to go by


def _prefer_han_face(app: QApplication, code: str) -> None:
    """Put the language's Han face after the interface font (only Chinese, Japanese, Korean)."""
    font = app.font()
    families = [f for f in font.families() if f not in HAN_FACES.values()] or [font.family()]
    if code in HAN_FACES:
        families.append(HAN_FACES[code])
    if families != font.families():
        font.setFamilies(families)
        app.setFont(font)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (for code outside a QObject); with ``n`` >= 0 the text
    is a counted message whose ``%n`` becomes ``n`` in the language's plural form.

    ``pyside6-lupdate`` finds calls named ``translate(context, text)``; it reads ``tr(a, b)`` as
    (text, disambiguation), so strings passed to :func:`tr` are filed under the wrong name.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def tr(context: str, text: str) -> str:
    """Deprecated spelling of :func:`translate` (lupdate misreads it); kept for callers."""
    return QCoreApplication.translate(context, text)


def number(value: int) -> str:
    """An integer in the current language's digits and grouping (``١٢٣``, ``۱۲۳``, ``১২৩``)."""
    return QLocale().toString(value)


def calendar() -> QCalendar:
    """The calendar the current language dates things in (Gregorian unless :data:`CALENDARS`)."""
    from PySide6.QtCore import QCalendar  # dates are shown after the first frame

    return QCalendar(QCalendar.System[CALENDARS.get(_current[0], "Gregorian")])


def short_date(date: QDate, with_year: bool) -> str:
    """A short date in the current language and its calendar ("3 Dec", "12月3日", "۱۲ آذر")."""
    from PySide6.QtCore import QCalendar  # dates are shown after the first frame

    locale = QLocale()
    system = CALENDARS.get(_current[0])
    if system is not None:
        calendar = QCalendar(QCalendar.System[system])
        parts = calendar.partsFromDate(date)
        month = calendar.monthName(locale, parts.month, parts.year, QLocale.FormatType.LongFormat)
        words = f"{locale.toString(parts.day)} {month}"
        if with_year:
            digits = QLocale(locale)
            digits.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            words += f" {digits.toString(parts.year)}"
        return words
    # The order of day and month is the language's: its translators give the Qt date pattern.
    if with_year:
        return locale.toString(date, translate("ArticleList", "d MMM yyyy"))
    return locale.toString(date, translate("ArticleList", "d MMM"))


class LiveStatus:
    """A status bar's messages, kept as :data:`Text` so that a language switch words the one on
    show again (keeping what is left of its time)."""

    def __init__(self, bar: QStatusBar, clean: Callable[[str], str]) -> None:
        self.bar = bar
        self.clean = clean
        self._text: Text = ""
        self._shown = ""
        self._until = 0.0

    def show(self, text: Text, timeout_ms: int) -> None:
        """Show ``text`` for ``timeout_ms`` (0: until replaced)."""
        self._text = text
        self._until = time.monotonic() + timeout_ms / 1000 if timeout_ms else 0.0
        self._shown = self.clean(words(text))
        self.bar.showMessage(self._shown, timeout_ms)

    def retranslate(self) -> None:
        """Word the message on show in the current language (after a language switch)."""
        if not callable(self._text) or not self._shown:
            return
        if self.bar.currentMessage() != self._shown:
            return  # replaced, cleared or timed out meanwhile
        left = 0
        if self._until:
            left = max(1, int((self._until - time.monotonic()) * 1000))
        self.show(self._text, left)
