"""The font warm-up thread (reader/ui/font_warmup.py): Qt's font database is filled by the
thread, and only once a QGuiApplication exists; the window starts it.

Each case runs in a child process: the font database is filled once per process, and this
test process has filled it already. Qt's own log of the font database says which thread
filled it (on Linux the main thread's id is the process id).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = "import sys; from reader.app import main; raise SystemExit(main(['--profile', sys.argv[1]]))"
POPULATING = "Populating font database"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the warm-up runs on Linux only"
)


def _run(code: str, *args: str) -> tuple[int, int, list[str], str]:
    """(the child's pid, its exit status, the thread ids that filled the font database, its
    output)."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        BROADSHEET_BENCH_STARTUP="1",  # the window closes itself once its list is filled
        PYTHONPATH=str(ROOT),
        QT_LOGGING_RULES="qt.text.font.db.debug=true",
        QT_MESSAGE_PATTERN="%{threadid} %{message}",
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    out, err = child.communicate(timeout=60)
    fillers = [line.split()[0] for line in err.splitlines() if line.endswith(POPULATING)]
    return child.pid, child.returncode, fillers, out


# No font is asked for between start and finish: whoever fills the database is the thread.
THREAD_ONLY = (
    "from reader.ui import font_warmup\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6.QtGui import QFontDatabase\n"
    "app = QApplication([])\n"
    "{before}"
    "font_warmup.start()\n"
    "font_warmup.finish()\n"
    "assert QFontDatabase.families()\n"
)


def test_the_thread_fills_the_font_database() -> None:
    pid, status, fillers, _out = _run(THREAD_ONLY.format(before=""))
    assert status == 0
    assert len(fillers) == 1 and fillers[0] != str(pid)


def test_without_qts_function_the_main_thread_fills_it_as_before() -> None:
    before = "font_warmup.HAS_FAMILY = '_ZN13QFontDatabase15noSuchFunctionEv'\n"
    pid, status, fillers, _out = _run(THREAD_ONLY.format(before=before))
    assert status == 0
    assert fillers == [str(pid)]


@pytest.mark.parametrize(
    "application",
    ["", "from PySide6.QtCore import QCoreApplication\napp = QCoreApplication([])\n"],
    ids=["none", "no GUI application"],
)
def test_without_a_gui_application_no_thread_starts(application: str) -> None:
    # Qt aborts the process when its font database is asked for before a QGuiApplication.
    code = (
        f"{application}"
        "from reader.ui import font_warmup\n"
        "font_warmup.start()\n"
        "font_warmup.finish()\n"
        "print('started', int(font_warmup.started()))\n"
    )
    _pid, status, fillers, out = _run(code)
    assert status == 0
    assert out.split() == ["started", "0"]
    assert fillers == []


def test_the_window_starts_the_thread_and_fills_the_database_once(tmp_path: Path) -> None:
    _pid, status, fillers, out = _run(APP, str(tmp_path / "profile"))
    assert status == 0
    assert "font-warmup 1" in out.splitlines()
    assert len(fillers) == 1
