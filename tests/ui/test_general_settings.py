"""The settings dialog's "General" group on its own: it shows settings, says every change and
reports its values for the dialog to apply."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.settings import Settings
from reader.ui.general_settings import GeneralBox


def test_shows_settings_and_gives_back_the_same_values(qtbot: QtBot, tmp_path: Path) -> None:
    box = GeneralBox()
    qtbot.addWidget(box)
    s = Settings().with_changes(
        language="de", article_language="original", refresh_on_start=True,
        refresh_interval_min=30, cache_max_mb=700, mark_read_delay_s=9,
        download_folder=str(tmp_path),
    )  # fmt: skip
    box.load(s)
    assert box.mark_delay.isEnabled() and box.download_button.text() == str(tmp_path)
    assert s.with_changes(**box.changes()) == s
    box.load(Settings().with_changes(mark_read_delay_s=-1))
    assert box.changes()["mark_read_delay_s"] == -1 and not box.mark_delay.isEnabled()


def test_every_change_is_said_and_the_delay_follows_the_choice(qtbot: QtBot) -> None:
    box = GeneralBox()
    qtbot.addWidget(box)
    box.load(Settings().with_changes(mark_read_delay_s=0))
    with qtbot.waitSignal(box.changed):
        box.mark_choice.setCurrentIndex(1)
    assert box.mark_delay.isEnabled()
    assert box.changes()["mark_read_delay_s"] == box.mark_delay.value() > 0
    with qtbot.waitSignal(box.changed):
        box.set_download_folder("/tmp/a & b")
    assert box.changes()["download_folder"] == "/tmp/a & b"
    assert box.download_button.text() == "/tmp/a && b"


def test_words_labels_and_named_controls(qtbot: QtBot) -> None:
    box = GeneralBox()
    qtbot.addWidget(box)
    box.retranslate()
    assert box.title() == "General"
    assert [label.text() for label in box.labels()][:2] == ["Language:", "Article language:"]
    pairs = box.labelled_controls()
    assert all(box.isAncestorOf(label) and box.isAncestorOf(control) for label, control in pairs)
