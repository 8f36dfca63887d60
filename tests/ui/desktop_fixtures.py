"""A real desktop for the tray and notification tests: Xvfb, a private D-Bus session bus, dunst
as the notification daemon and tint2 as the tray host, started by fixtures and stopped after.

The window under test runs in a child process on Qt's xcb platform (the test process itself is
on the offscreen platform, which has no tray); the child plays a scenario (:func:`child_main`)
and prints what it saw as JSON, the test asserts on it and on what dunst recorded.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("Xvfb", "dbus-daemon", "dunst", "dunstctl", "tint2")
START_TIMEOUT_S = 20.0
CHILD_TIMEOUT_S = 120.0


def missing_binaries(names: tuple[str, ...] = NEEDED) -> list[str]:
    """The programs of ``names`` not on PATH."""
    return [name for name in names if shutil.which(name) is None]


@dataclass
class Desktop:
    """A running X display and session bus, and the processes started on them."""

    display: str
    bus: str
    home: Path
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    bus_pid: int = 0

    def env(self) -> dict[str, str]:
        """The environment of a program on this desktop (its own config and runtime dirs)."""
        env = dict(os.environ)
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus,
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_RUNTIME_DIR=str(self.home / "runtime"),
            HOME=str(self.home),
            QT_QPA_PLATFORM="xcb",
            PYTHONPATH=str(ROOT),
        )
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def start(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        """Start ``args`` on this desktop, its output in a log beside the profile."""
        log = open(self.home / f"{name}.log", "wb")  # noqa: SIM115 - kept open while it runs
        proc = subprocess.Popen(args, env=self.env(), stdout=log, stderr=subprocess.STDOUT)
        self.processes[name] = proc
        return proc

    def stop(self, name: str) -> None:
        """Stop one of the started programs (and wait for it)."""
        proc = self.processes.pop(name, None)
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)

    def dunstctl(self, *args: str) -> str:
        """Run dunstctl against this desktop's dunst; its output."""
        done = subprocess.run(
            ["dunstctl", *args], env=self.env(), capture_output=True, text=True, timeout=10
        )
        return done.stdout

    def history(self) -> list[dict[str, str]]:
        """Every notification dunst got, newest first: summary, body, appname (the ones on
        screen are closed first: the history lists the closed ones)."""
        self.dunstctl("close-all")
        data = json.loads(self.dunstctl("history") or '{"data": [[]]}')
        return [
            {key: str(value.get("data", "")) for key, value in entry.items()}
            for entry in data["data"][0]
        ]

    def wait_for_window(self, name: str) -> bool:
        """Whether a top-level window called ``name`` appeared (a started program is up)."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"], env=self.env(), capture_output=True, text=True
            ).stdout
            if f'"{name}"' in tree:
                return True
            time.sleep(0.1)
        return False


def _start_xvfb(home: Path) -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=open(home / "xvfb.log", "wb"),  # noqa: SIM115 - kept open while it runs
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number}"


def _start_bus(desktop: Desktop) -> None:
    out = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        env=desktop.env(),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        check=True,
    ).stdout.split()
    desktop.bus, desktop.bus_pid = out[0], int(out[1])


def _dunstrc(home: Path) -> Path:
    """A dunst configuration of its own: long timeout, the notifications top right."""
    path = home / "dunstrc"
    path.write_text(
        "[global]\n    origin = top-right\n    offset = 20x40\n    width = 420\n"
        '    font = "DejaVu Sans 11"\n    frame_width = 2\n    frame_color = "#c62828"\n'
        '[urgency_normal]\n    timeout = 600\n    background = "#fafafa"\n'
        '    foreground = "#222222"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desktop]:
    """Xvfb + a private session bus + dunst, and tint2 unless the test is marked
    ``@pytest.mark.parametrize("desktop", [False], indirect=True)`` (no tray host)."""
    with_tray = getattr(request, "param", True)
    missing = missing_binaries(NEEDED if with_tray else NEEDED[:-1])
    missing += missing_binaries(("xwininfo",))
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)} (.ci/run installs them)")
    home = tmp_path / "desktop"
    for sub in ("config", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    xvfb, display = _start_xvfb(home)
    desktop = Desktop(display=display, bus="", home=home)
    desktop.processes["xvfb"] = xvfb
    try:
        _start_bus(desktop)
        desktop.start("dunst", ["dunst", "-config", str(_dunstrc(home))])
        if with_tray:
            desktop.start("tint2", ["tint2"])
            assert desktop.wait_for_window("tint2"), "tint2 did not start"
        yield desktop
    finally:
        for name in ("tint2", "dunst"):
            desktop.stop(name)
        if desktop.bus_pid:
            os.kill(desktop.bus_pid, signal.SIGTERM)
        desktop.stop("xvfb")


def run_child(desktop: Desktop, scenario: str, **args: object) -> dict[str, object]:
    """Run :func:`child_main` with ``scenario`` on ``desktop``; what it printed (JSON)."""
    code = "from tests.ui.desktop_child import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, scenario, json.dumps(args)],
        env=desktop.env(),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        cwd=ROOT,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, f"child failed ({done.returncode}):\n{done.stderr}"
    result: dict[str, object] = json.loads(lines[-1])
    return result
