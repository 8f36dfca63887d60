"""The commands of the ``broadsheet`` command line (parsing and errors are in :mod:`reader.cli.main`).

Data goes to stdout (one JSON array for list commands and one JSON object for the others with
``--json``); progress and errors go to stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from reader.cli.article_commands import (
    cmd_articles,
    cmd_search,
    cmd_show,
    cmd_simplify,
    mark_command,
)
from reader.cli.output import (
    Progress,
    chooser,
    counted,
    emit,
    feed_dict,
    print_feeds,
    print_summary,
    shown_url,
    summary_dict,
    terminal_safe,
)
from reader.cli.session import MAX_OPML_FILE, Session, read_capped
from reader.core.parsed import DiscoveredFeed
from reader.core.redact import redact_url
from reader.errors import MultipleFeedsError
from reader.paths import Paths

log = logging.getLogger(__name__)

_POOL_MIN_FEEDS = 100
"""Fewer feeds are parsed in this process alone: a worker process costs its start-up (imports)
and the wait for it at exit, measured on 2 CPUs (``--feeds-only``, cold): 16 feeds 0.48 s
inline, 0.71 s with a worker; 64 feeds 0.84 s / 0.85 s; 100 feeds 1.02 s / 1.03 s. (Figures from
before the parsing child: with it, a feeds-only refresh's workers parse only what the child
could not, and start only then.)"""


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Run the parsed command against the profile at ``paths``."""
    session = Session(paths, args)
    try:
        return COMMANDS[args.command](session)
    finally:
        session.close()


# -- subscriptions ---------------------------------------------------------------------------
def cmd_add(s: Session) -> int:
    """``add URL [--folder NAME] [--pick N]``."""
    choose = chooser(s.args.pick)
    try:
        feed = s.refresher().subscribe(s.args.url, folder=s.args.folder, choose=choose)
    except MultipleFeedsError as err:
        found = [f for f in err.feeds if isinstance(f, DiscoveredFeed)]
        if s.json:
            emit([{"number": i, **_discovered(f)} for i, f in enumerate(found, 1)])
        else:
            listed = f" (the first {len(found)} listed)" if err.more else ""
            print(f"{shown_url(err.url)} offers {err.total} feeds{listed}:")
            for i, f in enumerate(found, 1):
                print(f"  {i}. {terminal_safe(f.title or '(untitled)')}  <{shown_url(f.url)}>")
            if err.more:
                print(f"  ... and {err.more} more, not listed")
        print(
            f"broadsheet: error: {err.total} feeds found; choose one with --pick N",
            file=sys.stderr,
        )
        return 2
    count = len(s.store.article_ids(feed_id=feed.id))
    if s.json:
        emit({**feed_dict(feed, s.store.folders(), count), "articles": count})
    else:
        print(
            f"Subscribed to {terminal_safe(feed.title) or shown_url(feed.url)} <{shown_url(feed.url)}>"
        )
        print(f"Feed {feed.id}, {counted(count, 'article')}.")
    return 0


def _discovered(feed: DiscoveredFeed) -> dict[str, Any]:
    return {"url": redact_url(feed.url), "title": feed.title, "type": feed.type}


def cmd_remove(s: Session) -> int:
    """``remove FEED``."""
    feed = s.feed(s.args.feed)
    article_ids = s.store.article_ids(feed_id=feed.id)
    s.store.remove_feed(feed.id)
    s.cache.remove_articles(article_ids)
    if s.json:
        emit(
            {
                "removed": feed.id,
                "url": redact_url(feed.url),
                "title": feed.title,
                "articles": len(article_ids),
            }
        )
    else:
        print(f"Removed {terminal_safe(feed.title) or shown_url(feed.url)} (feed {feed.id}).")
    return 0


def cmd_feeds(s: Session) -> int:
    """``feeds``."""
    feeds = s.store.feeds()
    folders = s.store.folders()
    counts = s.store.unread_counts()
    if s.json:
        emit([feed_dict(f, folders, counts.get(f.id, 0)) for f in feeds])
    else:
        print_feeds(feeds, folders, counts)
    return 0


def cmd_import(s: Session) -> int:
    """``import FILE [--folder NAME]``."""
    if s.args.file == "-":
        data = read_capped(sys.stdin.buffer, MAX_OPML_FILE, "OPML file")
    else:
        with open(s.args.file, "rb") as handle:
            data = read_capped(handle, MAX_OPML_FILE, "OPML file")
    report = s.refresher().import_opml(data, folder=s.args.folder)
    if s.json:
        emit(
            {
                "added": report.added,
                "duplicates": report.duplicates,
                "skipped": list(report.skipped),
            }
        )
        return 0
    print(f"Imported {counted(report.added, 'feed')} ({report.duplicates} already subscribed).")
    if report.skipped:
        print(f"Skipped {len(report.skipped)}:")
        for reason in report.skipped:
            print(f"  {terminal_safe(reason)}")
    if report.added:
        print("Run `broadsheet refresh` to fetch their articles.")
    return 0


def cmd_export(s: Session) -> int:
    """``export [FILE]``."""
    data = s.refresher().export_opml()
    if not s.args.file:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    from reader.usecases.savefile import save_file  # start-up time, see run()

    target = save_file(s.args.file, data)
    count = len(s.store.feeds())
    if s.json:
        emit({"exported": count, "file": target})
    else:
        print(f"Exported {counted(count, 'feed')} to {terminal_safe(target)}.")
    return 0


# -- refresh ---------------------------------------------------------------------------------
def cmd_refresh(s: Session) -> int:
    """``refresh [FEED ...] [--feeds-only] [--jobs N]``."""
    feed_ids = [s.feed(text).id for text in s.args.feeds] or None
    simplify = not s.args.feeds_only
    jobs = s.args.jobs or _default_jobs(s, feed_ids, simplify)
    progress = Progress(enabled=sys.stderr.isatty())
    # With a second CPU the feeds are parsed in a forked child, whatever their number (unless
    # ``--jobs 1`` asks for one process): it loads the parser while this process loads the
    # HTTP client (bench/refresh.py, cold, medians of 7: 1 feed 0.138 s here / 0.135 s in a
    # child, 16 feeds 0.166 / 0.158 s, 200 feeds 0.51 / 0.42 s).
    from reader.usecases.parse_process import second_cpu  # start-up time, see run()

    child = second_cpu() and s.args.jobs != 1
    summary = s.refresher(jobs, parse_here=not simplify, parse_child=child).refresh(
        feed_ids,
        simplify=simplify,
        on_feed=progress.feed,
        on_article=progress.article,
        cancel=threading.Event(),
    )
    progress.done()
    if s.json:
        emit(summary_dict(summary, simplify))
    else:
        print_summary(summary, simplify)
    return 1 if summary.failed else 0


def _default_jobs(s: Session, feed_ids: list[int] | None, simplify: bool) -> int:
    """Worker processes for parsing and simplifying: one a CPU (up to 4) when there are pages
    to simplify or many feeds to parse, inline for a few feeds, where starting processes would
    cost more. For feeds only, this process counts as one of them (2 CPUs, the 200 feeds of
    bench/refresh.py, cold, medians of 6: 1.71 s inline, 1.23 s with 2 worker processes, 1.21 s
    with 1 + this one, which uses 1.85 s of CPU instead of 2.08)."""
    count = 0 if simplify else len(feed_ids) if feed_ids is not None else len(s.store.feeds())
    if simplify or count >= _POOL_MIN_FEEDS:
        return min(os.cpu_count() or 1, 4)
    return 1


# The account commands load reader.cli.accounts (with getpass and the terminal's modules) only
# when they run: nothing a refresh needs.
def _cmd_account(s: Session) -> int:
    from reader.cli.accounts import cmd_account

    return cmd_account(s)


def _cmd_sync(s: Session) -> int:
    from reader.cli.accounts import cmd_sync

    return cmd_sync(s)


COMMANDS: dict[str, Callable[[Session], int]] = {
    "add": cmd_add,
    "remove": cmd_remove,
    "feeds": cmd_feeds,
    "import": cmd_import,
    "export": cmd_export,
    "refresh": cmd_refresh,
    "articles": cmd_articles,
    "search": cmd_search,
    "show": cmd_show,
    "read": mark_command("read", True),
    "unread": mark_command("read", False),
    "star": mark_command("starred", True),
    "unstar": mark_command("starred", False),
    "simplify": cmd_simplify,
    "account": _cmd_account,
    "sync": _cmd_sync,
}
