"""The window reads an OPML file the user picked at most one byte over its cap, whatever the
file is: a pipe or a device such as /dev/zero has no size to check first (read_bytes() read it
until memory ran out), and a folder is said in words, not "[Errno 21] ..."."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui import opml_files


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    shown: list[tuple[str, ...]] = []
    monkeypatch.setattr(opml_files.widgets, "warning", lambda _p, *words: shown.append(words))
    return shown


def test_a_pipe_longer_than_the_cap_is_refused(
    qtbot: QtBot, tmp_path: Path, warnings: list[tuple[str, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opml_files, "MAX_OPML_BYTES", 1024 * 1024)
    fifo = tmp_path / "feeds.opml"
    os.mkfifo(fifo)

    def feed() -> None:
        # The reader stops at its cap and closes: the rest of the write finds no reader.
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb", buffering=0) as pipe:
            pipe.write(b"<opml>" + b" " * (3 * 1024 * 1024))

    writer = threading.Thread(target=feed)
    writer.start()
    parent = QWidget()
    qtbot.addWidget(parent)
    assert opml_files.read_opml(fifo, parent) is None
    writer.join(10)
    assert warnings == [("Import OPML", "The file could not be read.", "the file is too large")]


def test_a_folder_is_said_in_words(
    qtbot: QtBot, tmp_path: Path, warnings: list[tuple[str, ...]]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert opml_files.read_opml(tmp_path, parent) is None
    assert warnings == [("Import OPML", "The file could not be read.", "Is a directory")]


def test_a_small_file_is_read(
    qtbot: QtBot, tmp_path: Path, warnings: list[tuple[str, ...]]
) -> None:
    path = tmp_path / "feeds.opml"
    path.write_bytes(b"<opml/>")
    parent = QWidget()
    qtbot.addWidget(parent)
    assert opml_files.read_opml(path, parent) == b"<opml/>"
    assert warnings == []
