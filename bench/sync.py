"""Sync speed and memory against a real Fever server: coldsweat (its own venv, as in the tests)
holding generated feeds on 127.0.0.1 (default 500 feeds x 100 entries = 50,000 articles).

Usage: python bench/sync.py [--feeds 500] [--items 100] [--runs 3] [--changes 100]
                            [--baseline /work/main]

Prints, each `broadsheet` command run as a subprocess:
- the time coldsweat took to fetch and store the feeds (setup, not ours);
- first sync (`account add` already done; `sync --no-pages`) in a fresh profile: wall time,
  articles per second, peak memory (the child's max RSS), against the issue's target (60 s);
- incremental sync with ``--changes`` changes, half made here (queued, pushed) and half on the
  server by another client (pulled): median of ``--runs``, against the target (2 s);
- incremental sync with no change, as the baseline of the one above, and the server's own time
  to answer the id lists every Fever sync must ask (the floor no client gets under), and
  ``broadsheet feeds`` on the same profile (the start-up every command pays);
- the server's share: the raw HTTP calls a first sync makes (the two id lists, groups and
  feeds, then every item by id, 50 a call, 4 calls at a time) timed alone, with no client work,
  and the server process's own CPU seconds during our first sync;
- with ``--baseline DIR`` (another checkout, e.g. main), its first and incremental syncs too,
  run in turns with ours against the same server, so both meet the same load.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import requests  # noqa: E402

from reader.store.db import Store  # noqa: E402
from tests.httpserver import FixtureServer  # noqa: E402
from tests.sync.coldsweat import Coldsweat, coldsweat_venv  # noqa: E402
from tests.sync.feeds import FeedSet  # noqa: E402

EMAIL, PASSWORD = "bench@example.org", "bench password 1234"


def run(
    profile: Path, *argv: str, stdin: str = "", repo: Path = REPO
) -> tuple[float, float, str, float]:
    """Run ``broadsheet`` (of the checkout ``repo``) in a child; (seconds, peak RSS in MiB,
    stdout, its CPU seconds)."""
    env = {**os.environ, "BROADSHEET_PROFILE": str(profile), "BROADSHEET_CREDENTIALS": "file",
           "PYTHONPATH": str(repo)}  # fmt: skip
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=repo,
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


def server_cpu(server: Coldsweat) -> float:
    """CPU seconds the server's processes (``coldsweat run`` and its children) used so far."""
    assert server.process is not None
    pids, found = [server.process.pid], []
    while pids:
        pid = pids.pop()
        found.append(pid)
        for entry in Path("/proc").iterdir():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == pid:
                pids.append(int(entry.name))
    total = 0
    for pid in found:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def raw_first_sync(server: Coldsweat) -> tuple[float, float]:
    """The HTTP calls of a first sync alone, no client work: (seconds, server CPU seconds)."""
    local = threading.local()

    def call(query: str) -> dict[str, object]:
        if not hasattr(local, "session"):
            local.session = requests.Session()
        answer = local.session.post(f"{server.url}?api{query}", data={"api_key": server.key})
        answer.raise_for_status()
        data = answer.json()
        assert isinstance(data, dict)
        return data

    cpu, start = server_cpu(server), time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        feeds = pool.submit(call, "&groups&feeds")
        sets = call("&unread_item_ids&saved_item_ids")
        feeds.result()
        ids = sorted(
            {i for key in ("unread_item_ids", "saved_item_ids") for i in str(sets[key]).split(",")}
            - {""},
            key=int,
            reverse=True,
        )
        batches = [",".join(ids[i : i + 50]) for i in range(0, len(ids), 50)]
        for _ in pool.map(lambda batch: call(f"&items&with_ids={batch}"), batches):
            pass
    return time.perf_counter() - start, server_cpu(server) - cpu


def first_sync(profile: Path, server: Coldsweat, repo: Path, total: int) -> float:
    """Add the account and sync it once in a fresh profile; prints and returns the seconds."""
    run(profile, "account", "add", "fever", server.url, "--user", EMAIL,
        stdin=PASSWORD + "\n", repo=repo)  # fmt: skip
    cpu = server_cpu(server)
    seconds, rss, out, ours = run(profile, "sync", "--no-pages", "--json", repo=repo)
    theirs = server_cpu(server) - cpu
    report = json.loads(out)["accounts"][0]
    assert report["error"] is None and report["new_articles"] == total, report
    print(f"[{repo.name}] first sync: {seconds:.1f} s for {total} articles ({total / seconds:.0f}/s),"
          f" Broadsheet's CPU {ours:.1f} s, the server's CPU {theirs:.1f} s, peak RSS"
          f" {rss:.0f} MiB; target 60 s: {seconds / 60:.2f}x of it")  # fmt: skip
    return seconds


def incremental(
    profile: Path, server: Coldsweat, args: argparse.Namespace, repo: Path
) -> tuple[float, float, float]:
    """One round: a sync taking in what others changed, a quiet one (timed), ``--changes``
    changes, a busy one (timed). (quiet s, busy s, busy CPU s)."""
    run(profile, "sync", "--no-pages", repo=repo)
    quiet = run(profile, "sync", "--no-pages", repo=repo)[0]
    change(profile, server, args.changes)
    busy, _, out, cpu = run(profile, "sync", "--no-pages", "--json", repo=repo)
    summary = json.loads(out)["accounts"][0]
    assert summary["pushed"] == args.changes // 2, summary
    assert summary["state_changes"] == args.changes - args.changes // 2, summary
    return quiet, busy, cpu


def measure(folder: Path, server: Coldsweat, args: argparse.Namespace, total: int) -> None:
    """The raw calls, the first syncs, then ``--runs`` rounds of incremental syncs (each
    checkout in turn)."""
    raw, raw_cpu = raw_first_sync(server)
    print(f"the server's share: the first sync's HTTP calls alone take {raw:.1f} s"
          f" (the server's CPU {raw_cpu:.1f} s), 4 calls at a time")  # fmt: skip
    repos = [REPO] + ([Path(args.baseline).resolve()] if args.baseline else [])
    firsts = {repo: first_sync(folder / f"profile-{n}", server, repo, total)
              for n, repo in enumerate(repos)}  # fmt: skip
    rounds: dict[Path, list[tuple[float, float, float]]] = {repo: [] for repo in repos}
    for _ in range(args.runs):
        for n, repo in enumerate(repos):
            rounds[repo].append(incremental(folder / f"profile-{n}", server, args, repo))
    floor = []
    for _ in range(args.runs):
        start = time.perf_counter()
        server.api("&unread_item_ids&saved_item_ids")
        floor.append(time.perf_counter() - start)
    f = statistics.median(floor)
    print(f"the server's own answer to unread_item_ids + saved_item_ids (every Fever"
          f" client's incremental sync asks it): median {f:.2f} s")  # fmt: skip
    start_up = statistics.median(run(folder / "profile-0", "feeds")[0] for _ in range(args.runs))
    print(f"baseline: `broadsheet feeds` on the same profile (the command's own start-up):"
          f" median {start_up:.2f} s")  # fmt: skip
    for repo in repos:
        q = statistics.median(r[0] for r in rounds[repo])
        b = statistics.median(r[1] for r in rounds[repo])
        print(f"[{repo.name}] incremental sync, no change: median {q:.2f} s of {args.runs};"
              f" {args.changes} changes ({args.changes // 2} pushed,"
              f" {args.changes - args.changes // 2} pulled): median {b:.2f} s, Broadsheet's CPU"
              f" {statistics.median(r[2] for r in rounds[repo]):.2f} s;"
              f" target 2 s: {b / 2:.2f}x of it")  # fmt: skip
    if len(repos) == 2:
        ours, base = repos
        ratio = firsts[ours] / firsts[base]
        busy = [statistics.median(r[1] for r in rounds[x]) for x in repos]
        print(f"{ours.name} / {base.name}: first sync {ratio:.2f}x,"
              f" busy incremental {busy[0] / busy[1]:.2f}x")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--baseline", help="another checkout to compare with, in turns")
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
            measure(folder, server, args, total)
        finally:
            server.stop()
            http.stop()


if __name__ == "__main__":
    main()
