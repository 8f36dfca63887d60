"""Shared fixtures: offscreen Qt, a temporary profile per test, a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Without a display Qt aborts the whole process: force the offscreen platform before any import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("BROADSHEET_PROFILE", None)

import pytest

from tests import qtsignals
from tests.httpserver import FixtureServer

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True, scope="session")
def _wait_signal_in_gui_thread() -> Iterator[None]:
    """``qtbot.waitSignal`` hears a worker thread's signal in the GUI thread (tests/qtsignals)."""
    with pytest.MonkeyPatch.context() as patch:
        qtsignals.install(patch)
        yield


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    """A fresh HTTP server on 127.0.0.1 for this test."""
    srv = FixtureServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary profile folder; BROADSHEET_PROFILE points at it."""
    folder = tmp_path / "profile"
    folder.mkdir()
    monkeypatch.setenv("BROADSHEET_PROFILE", str(folder))
    return folder
