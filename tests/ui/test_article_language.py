"""The article in the reader's language, in the real window: with Hindi as the article language
the pane shows the Hindi edition of an English feed's story, with a quiet "Also in" line whose
links switch edition from the cache (no new fetch) or, when not cached, through the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.settings import Settings, save_settings
from reader.ui import i18n
from reader.ui.feed_tree import ALL
from reader.ui.settings_dialog import SettingsDialog
from tests.httpserver import FixtureServer
from tests.langsite import TEXT, serve_site
from tests.ui.windowkit import TIMEOUT, open_window, subscribe


def _shows(text: str, window: object) -> bool:
    return text in window.article_view.toPlainText()  # type: ignore[attr-defined]


def test_the_pane_shows_hindi_and_switches_to_english_from_the_cache(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    feed_url = serve_site(server)
    save_settings(resolve(profile).ensure().settings_file, Settings(article_language="hi"))
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, feed_url)
        window.feed_tree.select(ALL)
        qtbot.waitUntil(lambda: window.article_model.rowCount() == 1, timeout=TIMEOUT)
        window.article_list.select_row(0)
        view = window.article_view
        qtbot.waitUntil(lambda: _shows(TEXT["hi"][0], window), timeout=TIMEOUT)
        shown = view.toPlainText()
        assert "Also in:" in shown and "English" in shown and "العربية" in shown
        assert "हिन्दी" not in shown.split("Also in:", 1)[1].split("\n", 1)[0]
        english_hits = server.hits["/en/story"]

        view.anchorClicked.emit(QUrl("broadsheet:edition/en"))  # what a click on the link does
        assert _shows(TEXT["en"][0], window) and not _shows(TEXT["hi"][0], window)
        assert "हिन्दी" in view.toPlainText()  # now offered on the line
        assert server.hits["/en/story"] == english_hits  # from the cache, no fetch

        view.anchorClicked.emit(QUrl("broadsheet:edition/ar"))  # not cached: the worker fetches
        qtbot.waitUntil(lambda: _shows(TEXT["ar"][0], window), timeout=TIMEOUT)
        assert server.hits["/ar/story"] == 1


def test_a_broken_edition_link_keeps_the_article_and_says_so(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    feed_url = serve_site(server)
    save_settings(resolve(profile).ensure().settings_file, Settings(article_language="original"))
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, feed_url)
        window.feed_tree.select(ALL)
        qtbot.waitUntil(lambda: window.article_model.rowCount() == 1, timeout=TIMEOUT)
        window.article_list.select_row(0)
        qtbot.waitUntil(lambda: _shows("Also in:", window), timeout=TIMEOUT)
        assert _shows(TEXT["en"][0], window) and server.hits["/hi/story"] == 0
        assert _shows("Français", window)
        with qtbot.waitSignal(window.navigation.status_message, timeout=TIMEOUT) as said:
            window.article_view.anchorClicked.emit(QUrl("broadsheet:edition/fr"))
        assert i18n.words(said.args[0]) == "That edition of the article could not be fetched."
        assert _shows(TEXT["en"][0], window) and _shows("हिन्दी", window)
        assert not _shows("Français", window)  # a 404 edition is no longer offered


def test_the_setting_follows_the_interface_until_chosen(qtbot: QtBot) -> None:
    assert Settings(language="fr").wanted_article_language() == "fr"
    assert Settings(language="fr", article_language="original").wanted_article_language() == (
        "original"
    )
    assert Settings().with_changes(article_language="<script>").article_language == ""
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    choice = dialog.general_box.article_language_choice
    assert choice.currentData() == "" and choice.currentText() == "Same as the interface"
    assert choice.itemText(choice.findData("hi")) == "हिन्दी"
    with qtbot.waitSignal(dialog.settings_changed) as changed:
        choice.setCurrentIndex(choice.findData("hi"))
    assert changed.args[0].article_language == "hi"
    dialog.set_settings(Settings(article_language="es-MX"))  # a tag typed into the file
    assert choice.currentData() == "es-MX"
