"""An OPML import or export that failed in the worker is said in a dialog with its own title
(the dialog moved from subscriptions.py to opml_files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui import opml_files
from tests.ui.windowkit import open_window


def test_a_failed_import_or_export_is_said_with_its_own_title(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, ...]] = []
    monkeypatch.setattr(opml_files.widgets, "warning", lambda _p, *words: shown.append(words))
    with open_window(qtbot, profile) as window:
        window.subscriptions.on_worker_failed("import", "not OPML")
        window.subscriptions.on_worker_failed("export", "disk full")
        window.subscriptions.on_worker_failed("refresh", "ignored here")
    assert shown == [
        ("Broadsheet", "The OPML file could not be imported.", "not OPML"),
        ("Broadsheet", "The subscriptions could not be exported.", "disk full"),
    ]
