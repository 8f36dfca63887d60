"""Interface languages: translators swap at once, right-to-left languages mirror the window,
files are complete, counted messages take the language's plural forms."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reader.core.refresh_results import FeedResult, RefreshSummary
from reader.settings import Settings
from reader.store.recovery import RecoveryReport
from reader.ui import i18n
from reader.ui.article_list import relative_time
from reader.ui.article_view import ArticleView
from reader.ui.recovery_ui import saved_words
from reader.ui.refresh_status import RefreshStatus
from reader.ui.settings_dialog import SettingsDialog
from tests.ui.helperkit import Parts
from tests.ui.windowkit import open_window

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TRANSLATED = [code for code in i18n.LANGUAGES if code != "en"]
NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)
PLACEHOLDER = re.compile(r"%\d|%L?n|%[vm]|\{\}")
RTL = {"ar", "fa", "he", "ur"}
SAME_AS_ENGLISH = {
    "Broadsheet", " MB", " s", "%1, %2.", "%1, %2", ", ", "d MMM", "d MMM yyyy", "{} KB", "{} MB",
    "https://reader.example.org/api/greader.php",
    "Fever API (FreshRSS, Miniflux, yarr…)",
    "Google Reader API (FreshRSS, Miniflux, Inoreader…)",
}  # fmt: skip
"""Sources a translation may leave as they are: the name, units, punctuation-only templates, date
patterns (a language writes its dates as English does), an example address and protocol names."""
ALSO_SAME: dict[str, set[str]] = {
    "de": {
        "F&eeds",
        "Feed",
        "Name:",
        "Sepia",
        "Status:",
        "System",
        "Status",
        "Audio",
        "Video",
        "Link",
        "Podcasts",
        "Text",
    },
    "es": {"General", "Sepia", "Audio"},
    "fr": {
        "15 minutes",
        "30 minutes",
        "Action",
        "Article",
        "Date",
        " articles",
        "Audio",
        "Document",
        "Image",
        "Podcasts",
    },
    "id": {
        "Data: %1",
        "Folder:",
        "Sans serif",
        "Sepia",
        "Serif",
        "Status:",
        "Status",
        "Tag",
        "Tag:",
        "&Tag…",
        "Audio",
        "Video",
    },
    "it": {"&File", "Feed", "File", "Audio", "Video", "Link"},
    "pl": {"Folder:", "Sepia"},
    "pt_BR": {"Feed", "Link", "Podcasts"},
    "sw": {"Data: %1", "Sepia", "Video"},
    "tr": {"Video"},
    "vi": {"Video"},
}
"""Words the language really shares with English (checked one by one)."""


def _placeholders(text: str) -> list[str]:
    return sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(text))


@pytest.fixture
def app(qapp: QApplication) -> Any:
    yield qapp
    i18n.install_language(qapp, "en")


def test_languages_include_arabic_and_french() -> None:
    assert {"en", "ar", "fr"} <= set(i18n.LANGUAGES)
    assert i18n.LANGUAGES["ar"] == "العربية" and i18n.LANGUAGES["fr"] == "Français"


def test_arabic_mirrors_the_window_and_translates(app: QApplication, qtbot: Any) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    i18n.install_language(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "الإعدادات"
    QApplication.processEvents()  # LanguageChange is posted
    assert dialog.windowTitle() == "الإعدادات"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install_language(app, "en")
    QApplication.processEvents()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.windowTitle() == "Settings"


def test_french_switch_applies_to_the_article_view(app: QApplication, qtbot: Any) -> None:
    view = ArticleView(None)
    qtbot.addWidget(view)
    view.show_welcome()
    assert "Welcome to Broadsheet" in view.toPlainText()
    i18n.install_language(app, "fr")
    QApplication.processEvents()
    assert i18n.current_language() == "fr"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Bienvenue dans Broadsheet" in view.toPlainText()


@pytest.mark.parametrize("code", ["ja", "zh_CN"])
def test_a_switch_to_a_han_language_keeps_the_reading_font(
    app: QApplication, qtbot: Any, code: str
) -> None:
    """Chinese, Japanese and Korean change the application's font (its Han face); QTextEdit
    then gave the article the interface font (9 pt) until the settings changed again. A new
    desktop font did the same."""
    view = ArticleView(None)
    qtbot.addWidget(view)
    view.apply_settings(Settings(font_size=22))
    view.show_welcome()
    assert view.document().defaultFont().pixelSize() == 22
    i18n.install_language(app, code)
    QApplication.processEvents()
    assert view.document().defaultFont().pixelSize() == 22
    view.setFont(QFont("DejaVu Sans", 11))  # as a new desktop font does
    assert view.document().defaultFont().pixelSize() == 22


def test_unknown_language_falls_back_to_english(app: QApplication) -> None:
    i18n.install_language(app, "xx")
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_translation_is_complete_and_keeps_placeholders(code: str) -> None:
    ts = I18N / f"broadsheet_{code}.ts"
    messages = _messages(ts)
    assert len(messages) > 50
    unfinished = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(texts):
            unfinished.append(source)
            continue
        for text in texts:
            assert _placeholders(text) == _placeholders(source), (source, text)
            assert text.count("&") == source.count("&"), ("accelerator", source, text)
    assert unfinished == []


def _tool(name: str) -> str:
    # The venv's own bin folder first: the README's test command does not put it on PATH.
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_qm_is_compiled_from_the_current_ts(code: str, tmp_path: Path) -> None:
    ts = I18N / f"broadsheet_{code}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True,
                   capture_output=True)  # fmt: skip
    assert fresh.read_bytes() == (I18N / f"broadsheet_{code}.qm").read_bytes(), (
        f"broadsheet_{code}.qm is stale: run pyside6-lrelease"
    )


def test_every_visible_string_is_in_the_translation_files(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").glob("*.py"))
    probe = tmp_path / "probe.ts"
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(probe)], check=True,
                   capture_output=True)  # fmt: skip
    wanted = {(m.findtext("source"), m.findtext("comment")) for m in _messages(probe)}
    counted = {(s, c) for s, c in wanted if "%n" in str(s)}
    assert len(counted) >= 10, "the counted messages use %n"
    for code in [*TRANSLATED, "en"]:
        have = {
            (m.findtext("source"), m.findtext("comment"))
            for m in _messages(I18N / f"broadsheet_{code}.ts")
        }
        missing = sorted(str(s) for s in (counted if code == "en" else wanted) - have)
        assert missing == [], f"{code}: run pyside6-lupdate and translate: {missing[:10]}"


def test_twenty_languages_most_read_first_each_by_its_own_name() -> None:
    most_read = ["en", "zh_CN", "hi", "es", "fr", "ar", "bn", "pt_BR", "ru", "ur", "id", "de",
                 "ja", "tr", "ko", "vi", "it", "fa", "he", "pl"]  # fmt: skip
    assert list(i18n.LANGUAGES)[:20] == most_read
    assert len(i18n.LANGUAGES) >= 20
    assert i18n.LANGUAGES["hi"] == "हिन्दी" and i18n.LANGUAGES["de"] == "Deutsch"
    assert i18n.LANGUAGES["zh_CN"].startswith("简体中文")
    for code, name in i18n.LANGUAGES.items():
        # The name is written in the language itself, never in English.
        if code != "en":
            assert name != QLocale(code).languageToString(QLocale(code).language()), code
        assert (I18N / f"broadsheet_{code}.qm").is_file(), code


def test_settings_lists_languages_by_their_own_names(app: QApplication, qtbot: Any) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.general_box.language_choice
    shown = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert shown == i18n.LANGUAGES
    i18n.install_language(app, "ja")
    QApplication.processEvents()
    assert combo.itemText(combo.findData("hi")) == "हिन्दी"  # not translated into Japanese


@pytest.mark.parametrize("code", TRANSLATED)
def test_right_to_left_languages_mirror_the_window(app: QApplication, code: str) -> None:
    i18n.install_language(app, code)
    want = Qt.LayoutDirection.RightToLeft if code in RTL else Qt.LayoutDirection.LeftToRight
    assert app.layoutDirection() == want


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_string_is_left_in_english(code: str) -> None:
    allowed = SAME_AS_ENGLISH | ALSO_SAME.get(code, set())
    left = []
    for message in _messages(I18N / f"broadsheet_{code}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if source in texts and source not in allowed:
            left.append(source)
    assert left == []


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_counted_messages_have_every_plural_form(code: str) -> None:
    counted = [m for m in _messages(I18N / f"broadsheet_{code}.ts")
               if "%n" in (m.findtext("source") or "")]  # fmt: skip
    assert len(counted) >= 10
    forms = {"ar": 6, "ru": 3, "uk": 3, "pl": 3, "ja": 1, "zh_CN": 1, "zh_TW": 1, "ko": 1,
             "vi": 1, "id": 1}.get(code)  # fmt: skip
    for message in counted:
        assert message.get("numerus") == "yes", (code, message.findtext("source"))
        texts = [f.text or "" for f in message.iter("numerusform")]
        assert all(texts), (code, message.findtext("source"))
        if forms is not None:
            assert len(texts) == forms, (code, message.findtext("source"))


def _summary(feeds: int, new: int, failed: int = 0) -> RefreshSummary:
    results = [FeedResult(i, f"https://example.org/{i}", "t") for i in range(feeds - failed)]
    results += [FeedResult(100 + i, "u", "t", error="gone") for i in range(failed)]
    if new:
        results[0] = FeedResult(0, "https://example.org/0", "t", new_articles=new)
    return RefreshSummary(results=tuple(results))


def test_english_never_says_one_feeds(app: QApplication, parts: Parts) -> None:
    status = RefreshStatus(parts.panes, parts.host, parts.actions)
    i18n.install_language(app, "en")
    assert status.describe(_summary(1, 1)) == "Refresh done: 1 new article. 1 feed updated."
    assert status.describe(_summary(3, 0)) == "Refresh done: 0 new articles. 3 feeds unchanged."
    assert status.describe(_summary(2, 1, failed=1)) == (
        "Refresh done: 1 new article. 1 feed updated, 1 feed failed (see the marked feeds)."
    )
    assert relative_time(NOW - timedelta(hours=1), NOW) == "1 h"
    assert i18n.translate("Subscriptions", "%n subscriptions added", "", 1) == (
        "1 subscription added"
    )
    assert i18n.translate("MainWindow", "%v of %n feeds", "", 1) == "%v of 1 feed"
    rows = {"feeds": 1, "folders": 2, "articles": 1, "article_state": 0}
    assert saved_words(RecoveryReport(Path("kept.db"), rows)) == (
        "Recovered 1 article. The damaged file was kept as kept.db.\n"
        "Saved: 1 subscription, 2 folders, 1 article, 0 read or starred marks."
    )


def test_a_helpers_words_follow_a_language_switch(
    app: QApplication, qtbot: Any, parts: Parts
) -> None:
    status = RefreshStatus(parts.panes, parts.host, parts.actions)
    i18n.install_language(app, "en")
    with qtbot.waitSignal(status.status_message, timeout=10_000) as said:
        status.refresh_all()  # the tree is not filled: nothing to refresh, said in words
    text = said.args[0]
    assert callable(text), "a function, so that the window can word it again"
    assert i18n.words(text) == "There are no subscriptions to refresh yet."
    i18n.install_language(app, "fr")
    assert i18n.words(text) == QCoreApplication.translate(
        "RefreshStatus", "There are no subscriptions to refresh yet."
    )
    assert i18n.words(text) != "There are no subscriptions to refresh yet."


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        ("ru", {1: "1 лента", 3: "3 ленты", 5: "5 лент", 21: "21 лента", 12: "12 лент"}),
        ("pl", {1: "1 kanał", 3: "3 kanały", 5: "5 kanałów", 22: "22 kanały", 12: "12 kanałów"}),
        ("ar", {0: "٠ موجز", 2: "٢ موجزان", 3: "٣ موجزات", 11: "١١ موجزًا", 100: "١٠٠ موجز"}),
        ("ja", {1: "1 件のフィード", 7: "7 件のフィード"}),
    ],
)
def test_plural_forms_follow_the_language(
    app: QApplication, code: str, counts: dict[int, str]
) -> None:
    i18n.install_language(app, code)
    for n, words in counts.items():
        assert words in i18n.translate("RefreshStatus", "%n feed(s) updated", "", n), (code, n)


@pytest.mark.parametrize(
    ("code", "digit_three"),
    [("en", "3"), ("ar", "٣"), ("fa", "۳"), ("bn", "৩"), ("hi", "3"), ("ja", "3")],
)
def test_ages_and_counts_use_the_languages_digits(
    app: QApplication, code: str, digit_three: str
) -> None:
    i18n.install_language(app, code)
    age = relative_time(NOW - timedelta(hours=3), NOW)
    assert digit_three in age and (code == "en" or age != "3 h")
    assert i18n.number(3) == digit_three


def test_dates_follow_the_language_and_its_calendar(app: QApplication) -> None:
    old = datetime(2020, 3, 21, 12, tzinfo=UTC)  # 1 Farvardin 1399 in Iran's calendar
    i18n.install_language(app, "ja")
    assert relative_time(old, NOW) == "2020年3月21日"
    i18n.install_language(app, "fa")
    shown = relative_time(old, NOW)
    assert "فروردین" in shown and "۱۳۹۹" in shown, shown
    i18n.install_language(app, "de")
    assert relative_time(old, NOW) == "21. März 2020"


def test_status_message_is_worded_again_after_a_switch(
    app: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    with open_window(qtbot, tmp_path / "profile") as window:
        window.refreshing.refresh_all()  # no subscriptions: it says so in the status bar
        english = window.statusBar().currentMessage()
        assert english == "There are no subscriptions to refresh yet."
        i18n.install_language(app, "de")
        QApplication.processEvents()
        german = QCoreApplication.translate(
            "RefreshStatus", "There are no subscriptions to refresh yet."
        )
        assert german != english
        assert window.statusBar().currentMessage() == german
        window.panes.set_unread_total(12)
        assert window.windowTitle() == QCoreApplication.translate("MainWindow", "Broadsheet") + (
            " (12)"
        )
        i18n.install_language(app, "ar")
        QApplication.processEvents()
        assert window.windowTitle().endswith("(١٢)"), window.windowTitle()
        window.statusBar().clearMessage()  # gone: a switch must not bring it back
        i18n.install_language(app, "fr")
        QApplication.processEvents()
        assert window.statusBar().currentMessage() == ""
        i18n.install_language(app, "en")
        QApplication.processEvents()


@pytest.mark.parametrize(
    ("locale_name", "code"),
    [("pt_PT", "pt_BR"), ("pt_BR", "pt_BR"), ("zh_HK", "zh_TW"), ("zh_TW", "zh_TW"),
     ("zh_SG", "zh_CN"), ("de_AT", "de"), ("fa_AF", "fa"), ("xx_YY", "en")],
)  # fmt: skip
def test_desktop_locale_picks_our_language(locale_name: str, code: str) -> None:
    assert i18n.language_for(locale_name) == code


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_translation_says_its_languages_direction_as_the_language_writes(code: str) -> None:
    # Qt turns the window around from this message (i18n.LAYOUT_DIRECTION); the language's own
    # name says which way it is written (i18n.writes_right_to_left).
    said = [
        m.findtext("translation")
        for m in _messages(I18N / f"broadsheet_{code}.ts")
        if m.findtext("source") == "QT_LAYOUT_DIRECTION"
    ]
    rtl = i18n.writes_right_to_left(QLocale(code))
    assert rtl == (code in RTL)
    assert said == ["RTL" if rtl else "LTR"]
