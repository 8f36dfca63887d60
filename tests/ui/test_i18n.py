"""Interface languages: translators swap at once, Arabic mirrors the window, files are complete."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from reader.settings import Settings
from reader.ui import i18n
from reader.ui.article_view import ArticleView
from reader.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TRANSLATED = [code for code in i18n.LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%\d|%[nvm]|\{\}")


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
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                source,
                text,
            )
    assert unfinished == []


def _tool(name: str) -> str:
    # The venv's own bin folder first: the README's test command does not put it on PATH.
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


@pytest.mark.parametrize("code", TRANSLATED)
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
    for code in TRANSLATED:
        have = {
            (m.findtext("source"), m.findtext("comment"))
            for m in _messages(I18N / f"broadsheet_{code}.ts")
        }
        missing = sorted(str(s) for s in wanted - have)
        assert missing == [], f"{code}: run pyside6-lupdate and translate: {missing[:10]}"
