"""RELIABILITY S4 for the window: it refuses a profile the command line (or another window) holds."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from reader import instance
from reader.paths import resolve
from reader.ui import app_gui, widgets


def test_window_refuses_a_profile_in_use(
    profile: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooks = (sys.excepthook, threading.excepthook)
    shown: list[str] = []
    # The refusal is a modal dialog, which would block an offscreen test: record it instead.
    monkeypatch.setattr(widgets, "critical", lambda parent, title, text, *rest: shown.append(text))
    with instance.acquire(resolve(profile).ensure().data):
        status = app_gui.run(["--profile", str(profile)])
    assert status == 1
    assert shown == ["Broadsheet is already running with this profile."]
    assert not (resolve(profile).database).exists()  # nothing was opened or created
    # The error hooks went back: left in place, the next tests' thread errors opened dialogs.
    assert (sys.excepthook, threading.excepthook) == hooks
