"""Sync speed and memory against a real Fever server: coldsweat (its own venv, as in the tests)
holding generated feeds on 127.0.0.1 (default 500 feeds x 100 entries = 50,000 articles).

Usage: python bench/sync.py [--feeds 500] [--items 100] [--runs 3] [--changes 100]

Prints, each `broadsheet` command run as a subprocess:
- the time coldsweat took to fetch and store the feeds (setup, not ours);
- first sync (`account add` already done; `sync --no-pages`) in a fresh profile: wall time,
  articles per second, peak memory (the child's max RSS), against the issue's target (60 s);
- incremental sync with ``--changes`` changes, half made here (queued, pushed) and half on the
  server by another client (pulled): median of ``--runs``, against the target (2 s);
- incremental sync with no change, as the baseline of the one above, and the server's own time
  to answer the id lists every Fever sync must ask (the floor no client gets under), and
  ``broadsheet feeds`` on the same profile (the start-up every command pays).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.store.db import Store  # noqa: E402
from tests.httpserver import FixtureServer  # noqa: E402
from tests.sync.coldsweat import Coldsweat, coldsweat_venv  # noqa: E402
from tests.sync.feeds import FeedSet  # noqa: E402

EMAIL, PASSWORD = "bench@example.org", "bench password 1234"


def run(profile: Path, *argv: str, stdin: str = "") -> tuple[float, float, str, float]:
    """Run ``broadsheet`` in a child; (seconds, peak RSS in MiB, stdout, its CPU seconds)."""
    env = {**os.environ, "BROADSHEET_PROFILE": str(profile), "BROADSHEET_CREDENTIALS": "file",
           "PYTHONPATH": str(REPO)}  # fmt: skip
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
    )
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    child.stdin.write(stdin.encode())
    child.stdin.close()
    out = child.stdout.read().decode()
    err = child.stderr.read().decode()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"broadsheet {' '.join(argv)} failed: {err or out}")
    return seconds, usage.ru_maxrss / 1024, out, usage.ru_utime + usage.ru_stime


def change(profile: Path, server: Coldsweat, count: int) -> None:
    """``count`` changes: half marked read here (queued), half on the server."""
    with Store(profile / "data" / "broadsheet.sqlite3") as store:
        ids = store.article_ids(unread=True)[: count // 2]
        store.set_read(ids)
        marks = ",".join("?" * len(ids))
        here = {
            str(r[0])
            for r in store._conn.execute(
                f"SELECT remote_id FROM sync_items WHERE article_id IN ({marks})", ids
            )
        }
    unread = [i for i in sorted(server.unread_ids(), key=int) if i not in here]
    for item in unread[: count - count // 2]:
        server.mark(item, "read")


def measure(profile: Path, server: Coldsweat, args: argparse.Namespace, total: int) -> None:
    """The first sync, then ``--runs`` rounds of a quiet and a busy incremental sync."""
    run(profile, "account", "add", "fever", server.url, "--user", EMAIL,
        stdin=PASSWORD + "\n")  # fmt: skip
    seconds, rss, out, cpu = run(profile, "sync", "--no-pages", "--json")
    report = json.loads(out)["accounts"][0]
    assert report["error"] is None and report["new_articles"] == total, report
    print(f"first sync: {seconds:.1f} s for {total} articles ({total / seconds:.0f}/s),"
          f" Broadsheet's CPU {cpu:.1f} s (the rest is waiting for the server),"
          f" peak RSS {rss:.0f} MiB; target 60 s: {seconds / 60:.2f}x of it")  # fmt: skip
    quiet, busy, busy_cpu = [], [], []
    for _ in range(args.runs):
        quiet.append(run(profile, "sync", "--no-pages")[0])
        change(profile, server, args.changes)
        busy_s, busy_rss, out, cpu = run(profile, "sync", "--no-pages", "--json")
        summary = json.loads(out)["accounts"][0]
        assert summary["pushed"] == args.changes // 2, summary
        assert summary["state_changes"] == args.changes - args.changes // 2, summary
        busy.append(busy_s)
        busy_cpu.append(cpu)
    floor = []
    for _ in range(args.runs):
        start = time.perf_counter()
        server.api("&unread_item_ids&saved_item_ids")
        floor.append(time.perf_counter() - start)
    f = statistics.median(floor)
    print(f"the server's own answer to unread_item_ids + saved_item_ids (every Fever"
          f" client's incremental sync asks it): median {f:.2f} s")  # fmt: skip
    start_up = statistics.median(run(profile, "feeds")[0] for _ in range(args.runs))
    print(f"baseline: `broadsheet feeds` on the same profile (the command's own start-up):"
          f" median {start_up:.2f} s")  # fmt: skip
    q, b = statistics.median(quiet), statistics.median(busy)
    print(f"incremental sync, no change: median {q:.2f} s of {args.runs}"
          f" ({q / f:.1f}x the server's own answer)")  # fmt: skip
    print(f"incremental sync, {args.changes} changes ({args.changes // 2} pushed,"
          f" {args.changes - args.changes // 2} pulled): median {b:.2f} s of {args.runs},"
          f" {b / q:.2f}x the no-change sync, Broadsheet's CPU"
          f" {statistics.median(busy_cpu):.2f} s, peak RSS {busy_rss:.0f} MiB;"
          f" target 2 s: {b / 2:.2f}x of it")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--changes", type=int, default=100)
    args = parser.parse_args()
    venv = coldsweat_venv()
    with tempfile.TemporaryDirectory(prefix="broadsheet-sync-bench-") as tmp:
        folder = Path(tmp)
        http = FixtureServer().start()
        feeds = FeedSet(http, counts=[args.items] * args.feeds, pages=False,
                        folders={n: f"Group {n // 50}" for n in range(args.feeds)})  # fmt: skip
        feeds.publish()
        server = Coldsweat(venv, folder)
        server.setup(EMAIL, PASSWORD)
        start = time.perf_counter()
        server.import_opml(feeds.opml(folder / "subs.opml"))
        ingest = time.perf_counter() - start
        server.start()
        total = args.feeds * args.items
        print(
            f"coldsweat: {args.feeds} feeds, {total} entries fetched and stored in {ingest:.1f} s"
        )
        try:
            measure(folder / "profile", server, args, total)
        finally:
            server.stop()
            http.stop()


if __name__ == "__main__":
    main()
