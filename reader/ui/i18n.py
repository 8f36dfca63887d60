"""The interface language: Qt translation files, swapped while the app runs.

Source strings are English. ``resources/i18n/broadsheet_<code>.qm`` holds each translation
(compiled from the ``.ts`` next to it with ``pyside6-lrelease``). Installing a translator sends
every widget ``QEvent.LanguageChange``; the widgets then call their ``retranslate_ui()``. Arabic
mirrors the whole window (right-to-left layout).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reader.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "de": "Deutsch",
    "fr": "Français",
}
"""Interface languages: code -> the language's own name (shown untranslated in the chooser)."""

_installed: list[QTranslator] = []
_current: list[str] = ["en"]


def translation_file(code: str) -> str:
    """The path of a language's compiled translation (it may not exist)."""
    return str(resource_path("i18n", f"broadsheet_{code}.qm"))


def current_language() -> str:
    """The code of the language installed last."""
    return _current[0]


def system_language() -> str:
    """The desktop's language if we have it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


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
    if code != "en":
        ours = QTranslator(app)
        if ours.load(translation_file(code)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no translation file for %s at %s", code, translation_file(code))
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    _current[0] = code
    locale = QLocale(code)
    QLocale.setDefault(locale)
    # Qt's own word on the language's direction: the article renderer's table (is_rtl) would
    # load the renderer and its sanitizer before the first frame, which needs neither.
    direction = locale.textDirection()
    app.setLayoutDirection(direction)
    log.info("interface language %s", code)


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` (for code outside a QObject).

    ``pyside6-lupdate`` finds calls named ``translate(context, text)``; it reads ``tr(a, b)`` as
    (text, disambiguation), so strings passed to :func:`tr` are filed under the wrong name.
    """
    return QCoreApplication.translate(context, text)


def tr(context: str, text: str) -> str:
    """Deprecated spelling of :func:`translate` (lupdate misreads it); kept for callers."""
    return QCoreApplication.translate(context, text)
