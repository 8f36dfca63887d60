"""The font warm-up thread (reader/ui/font_warmup.py): Qt's font database is filled off the
main thread at start-up, and only once an application object exists.

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


def _run(code: str, *args: str) -> tuple[int, int, list[str]]:
    """(the child's pid, its exit status, the thread ids that filled the font database)."""
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
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    _out, err = child.communicate(timeout=60)
    fillers = [line.split()[0] for line in err.splitlines() if line.endswith(POPULATING)]
    return child.pid, child.returncode, fillers


def test_the_window_fills_the_font_database_off_its_main_thread(tmp_path: Path) -> None:
    pid, status, fillers = _run(APP, str(tmp_path / "profile"))
    assert status == 0
    assert len(fillers) == 1  # filled once
    assert fillers[0] != str(pid)  # by the warm-up thread, not the main thread


def test_without_fontconfig_the_main_thread_fills_it_as_before() -> None:
    code = (
        "from reader.ui import font_warmup\n"
        "font_warmup.FONTCONFIG = 'libno-such-fontconfig.so.1'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QFontDatabase\n"
        "app = QApplication([])\n"
        "font_warmup.start()\n"
        "font_warmup.finish()\n"
        "assert QFontDatabase.families()\n"
    )
    pid, status, fillers = _run(code)
    assert status == 0
    assert fillers == [str(pid)]


def test_without_an_application_no_thread_starts() -> None:
    # Qt aborts the process when its font database is asked for before a QGuiApplication.
    code = (
        "from reader.ui import font_warmup\n"
        "font_warmup.start()\n"
        "font_warmup.finish()\n"
    )
    _pid, status, fillers = _run(code)
    assert status == 0
    assert fillers == []
