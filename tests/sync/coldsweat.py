"""A real Fever server for the tests: coldsweat, in its own venv (it pins urllib3 < 2, which the
project cannot have), made once and cached under ``build/coldsweat-venv``.

    venv = coldsweat_venv()                      # build/coldsweat-venv, created on first use
    server = Coldsweat(venv, tmp_path)           # its own database in tmp_path
    server.setup("reader@example.org", PASSWORD)
    server.import_opml(opml_path)                # imports and fetches the feeds now
    server.start()                               # `coldsweat run` on a free loopback port
    server.url                                   # http://127.0.0.1:PORT/fever
    server.fetch_now()                           # fetch again now (its 3-minute floor lifted)
    server.kill() / server.stop()

Nothing it does reaches beyond 127.0.0.1: the test feeds name a loopback icon (else coldsweat
asks a favicon service on the internet), and proxies from the environment are switched off.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / "build" / "coldsweat-venv"
PIN = "coldsweat==0.10.2"
READY = ".broadsheet-ready"


class CannotInstall(Exception):
    """pip could not install coldsweat (no package index reachable): the tests skip."""


def coldsweat_venv(venv: Path = VENV) -> Path:
    """The venv holding coldsweat, created when missing (under a lock; a half-made one, without
    its marker file, is made again)."""
    marker = venv / READY
    if marker.exists() and marker.read_text() == PIN:
        return venv
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / ".coldsweat.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists() and marker.read_text() == PIN:
            return venv
        shutil.rmtree(venv, ignore_errors=True)
        # The base interpreter, not the project's venv: nothing of the project leaks in.
        base = getattr(sys, "_base_executable", sys.executable)
        steps = [
            [base, "-m", "venv", str(venv)],
            [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", PIN],
        ]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, timeout=900)
            if done.returncode != 0:
                shutil.rmtree(venv, ignore_errors=True)
                tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
                if "pip" not in step:  # no venv module: a broken machine, not a skip
                    raise RuntimeError(f"could not make a venv for coldsweat: {tail}")
                raise CannotInstall(f"pip could not install {PIN}: {tail}")
        marker.write_text(PIN)
    return venv


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fever_key(email: str, password: str) -> str:
    """Fever's API key."""
    return hashlib.md5(f"{email}:{password}".encode()).hexdigest()


class Coldsweat:
    """One coldsweat instance: its database in ``folder``, its server on a loopback port."""

    def __init__(self, venv: Path, folder: Path) -> None:
        self.venv = venv
        self.folder = folder
        self.database = folder / "coldsweat.db"
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = folder / "coldsweat.log"
        self.key = ""

    @property
    def url(self) -> str:
        """The Fever endpoint."""
        return f"http://127.0.0.1:{self.port}/fever"

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        env.update(
            FLASK_DATABASE_URL=f"sqlite:///{self.database}",
            FLASK_SECRET_KEY="tests only",
            NO_PROXY="*",
            no_proxy="*",
            PYTHONDONTWRITEBYTECODE="1",
        )
        env.pop("PYTHONPATH", None)
        return env

    def _cli(self, *args: str) -> str:
        done = subprocess.run(
            [str(self.venv / "bin" / "coldsweat"), *args],
            capture_output=True,
            text=True,
            env=self._env(),
            cwd=self.folder,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def setup(self, email: str, password: str) -> None:
        """Create the database and the user."""
        out = self._cli("setup", email, "-p", password)
        assert "completed" in out, out
        self.key = fever_key(email, password)
        self.email = email

    def import_opml(self, opml: Path) -> None:
        """Subscribe the user to the OPML's feeds and fetch them now."""
        self._cli("import", str(opml), self.email, "-f")

    def fetch_now(self) -> None:
        """Fetch every feed again now (coldsweat skips feeds checked in the last 3 minutes)."""
        with contextlib.closing(sqlite3.connect(self.database, timeout=30)) as conn:
            conn.execute("UPDATE feeds SET last_checked_on = NULL, last_updated_on = NULL")
            conn.commit()
        self._cli("fetch")

    def start(self) -> None:
        """Start ``coldsweat run`` and wait until it answers."""
        handle = open(self.log, "ab")  # noqa: SIM115 - the child keeps writing to it
        self.process = subprocess.Popen(
            [str(self.venv / "bin" / "coldsweat"), "run", "-h", "127.0.0.1", "-p", str(self.port)],
            stdout=handle,
            stderr=subprocess.STDOUT,
            env=self._env(),
            cwd=self.folder,
        )
        handle.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"coldsweat exited: {self.log.read_text()[-2000:]}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5),
            ):
                return
            time.sleep(0.1)
        raise AssertionError("coldsweat did not start within 30 s")

    def kill(self) -> None:
        """SIGKILL the server (a crash, or the machine gone)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        """Stop the server politely."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    # -- another device ------------------------------------------------------------------
    def api(self, query: str, **form: str) -> dict[str, object]:
        """A Fever call as another client would make it."""
        answer = requests.post(
            f"{self.url}?api{query}", data={"api_key": self.key, **form}, timeout=30
        )
        answer.raise_for_status()
        data = answer.json()
        assert isinstance(data, dict)
        return data

    def mark(self, item_id: str, status: str) -> None:
        """Mark an item ``read``/``unread``/``saved``/``unsaved`` from another device."""
        self.api("", mark="item", id=item_id, **{"as": status})

    def unread_ids(self) -> set[str]:
        """The server's unread item ids."""
        value = str(self.api("&unread_item_ids").get("unread_item_ids") or "")
        return {i for i in value.split(",") if i}

    def saved_ids(self) -> set[str]:
        """The server's saved item ids."""
        value = str(self.api("&saved_item_ids").get("saved_item_ids") or "")
        return {i for i in value.split(",") if i}

    def items(self) -> dict[str, dict[str, object]]:
        """Every item (id -> item), paged by since_id."""
        found: dict[str, dict[str, object]] = {}
        since = 0
        while True:
            page = self.api(f"&items&since_id={since}").get("items") or []
            assert isinstance(page, list)
            for item in page:
                found[str(item["id"])] = item
            if len(page) < 50:
                return found
            since = max(int(i) for i in found)
