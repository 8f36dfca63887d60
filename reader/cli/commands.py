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
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any, BinaryIO

from reader.cli import accounts
from reader.cli.output import (
    Progress,
    article_dict,
    chooser,
    emit,
    feed_dict,
    print_articles,
    print_feeds,
    print_simplified,
    print_summary,
    summary_dict,
    terminal_safe,
)
from reader.core.models import DiscoveredFeed, SimplifiedArticle
from reader.errors import MultipleFeedsError, NotFoundError, ReaderError
from reader.paths import Paths

if TYPE_CHECKING:
    from reader.core.models import Feed
    from reader.net.http import Fetcher
    from reader.store.cache import ArticleCache
    from reader.store.db import Store
    from reader.usecases.refresh import Refresher

log = logging.getLogger(__name__)

_POOL_MIN_FEEDS = 100
"""Fewer feeds are parsed in this process alone: a worker process costs its start-up (imports)
and the wait for it at exit, measured on 2 CPUs (``--feeds-only``, cold): 16 feeds 0.48 s
inline, 0.71 s with a worker; 64 feeds 0.84 s / 0.85 s; 100 feeds 1.02 s / 1.03 s."""


class Session:
    """What one command works with; each part is opened on first use and closed at the end."""

    def __init__(self, paths: Paths, args: argparse.Namespace) -> None:
        self.paths = paths
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self._store: Store | None = None
        self._cache: ArticleCache | None = None
        self._fetcher: Fetcher | None = None
        self._refresher: Refresher | None = None
        self._cpu: Executor | None = None

    @property
    def store(self) -> Store:
        """The profile's database."""
        if self._store is None:
            from reader.store.db import Store

            self._store = Store(self.paths.database)
        return self._store

    @property
    def cache(self) -> ArticleCache:
        """The profile's cache folder."""
        if self._cache is None:
            from reader.store.cache import ArticleCache

            self._cache = ArticleCache(self.paths.cache)
        return self._cache

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP client."""
        if self._fetcher is None:
            from reader.net.http import Fetcher

            self._fetcher = Fetcher()
        return self._fetcher

    def refresher(self, jobs: int = 1, *, parse_here: bool = False) -> Refresher:
        """The use cases; ``jobs`` > 1 parses and simplifies in that many processes
        (``parse_here``: this process is one of them for feeds, so one fewer is started)."""
        if self._refresher is None:
            from reader.usecases.refresh import Refresher

            workers = jobs - 1 if parse_here else jobs
            if jobs > 1 and workers > 0:
                from reader.usecases.pool import LazyProcessPool

                self._cpu = LazyProcessPool(workers)
            self._refresher = Refresher(
                self.store, self.cache, self.fetcher, cpu=self._cpu, parse_here=parse_here
            )
        return self._refresher

    def feed(self, text: str) -> Feed:
        """The feed named by its id or URL."""
        from reader.usecases.refresh import normalize_url

        if text.strip().isdigit():
            try:
                return self.store.feed(int(text))
            except NotFoundError:
                raise NotFoundError(f"no feed with id {text.strip()}") from None
        for candidate in dict.fromkeys((text.strip(), normalize_url(text))):
            found = self.store.feed_by_url(candidate)
            if found is not None:
                return found
        raise NotFoundError(f"not subscribed to {text.strip()}")

    def article(self, article_id: int) -> Any:
        """The article with this id."""
        try:
            return self.store.article(article_id)
        except NotFoundError:
            raise NotFoundError(f"no article with id {article_id}") from None

    def close(self) -> None:
        """Close whatever was opened."""
        if self._refresher is not None:
            self._refresher.close()
        if self._cpu is not None:
            self._cpu.shutdown(wait=True, cancel_futures=True)
        if self._fetcher is not None:
            self._fetcher.close()
        if self._store is not None:
            self._store.close()


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
            print(f"{terminal_safe(err.url)} offers {len(found)} feeds:")
            for i, f in enumerate(found, 1):
                print(f"  {i}. {terminal_safe(f.title or '(untitled)')}  <{terminal_safe(f.url)}>")
        print(
            f"broadsheet: error: {len(found)} feeds found; choose one with --pick N",
            file=sys.stderr,
        )
        return 2
    count = len(s.store.article_ids(feed_id=feed.id))
    if s.json:
        emit({**feed_dict(feed, s.store.folders(), count), "articles": count})
    else:
        print(f"Subscribed to {terminal_safe(feed.title or feed.url)} <{terminal_safe(feed.url)}>")
        print(f"Feed {feed.id}, {count} articles.")
    return 0


def _discovered(feed: DiscoveredFeed) -> dict[str, Any]:
    return {"url": feed.url, "title": feed.title, "type": feed.type}


def cmd_remove(s: Session) -> int:
    """``remove FEED``."""
    feed = s.feed(s.args.feed)
    article_ids = s.store.article_ids(feed_id=feed.id)
    s.store.remove_feed(feed.id)
    s.cache.remove_articles(article_ids)
    if s.json:
        emit(
            {"removed": feed.id, "url": feed.url, "title": feed.title, "articles": len(article_ids)}
        )
    else:
        print(f"Removed {terminal_safe(feed.title or feed.url)} (feed {feed.id}).")
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


MAX_OPML_FILE = 64 * 1024 * 1024
"""The largest OPML file imported (the window uses the same cap)."""
MAX_PAGE_FILE = 16 * 1024 * 1024
"""The largest local page read by ``simplify`` (the reader view refuses over 5 MiB anyway)."""


def read_capped(handle: BinaryIO, limit: int, what: str) -> bytes:
    """Read at most ``limit`` bytes; a longer input is refused in words, never read whole."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise ReaderError(f"{what} too large (over {limit // (1024 * 1024)} MiB)")
    return data


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
    print(f"Imported {report.added} feeds ({report.duplicates} already subscribed).")
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
    target = os.path.abspath(s.args.file)
    temp = f"{target}.tmp{os.getpid()}"
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)
    count = len(s.store.feeds())
    if s.json:
        emit({"exported": count, "file": target})
    else:
        print(f"Exported {count} feeds to {terminal_safe(target)}.")
    return 0


# -- refresh ---------------------------------------------------------------------------------
def cmd_refresh(s: Session) -> int:
    """``refresh [FEED ...] [--feeds-only] [--jobs N]``."""
    feed_ids = [s.feed(text).id for text in s.args.feeds] or None
    simplify = not s.args.feeds_only
    jobs = s.args.jobs or _default_jobs(s, feed_ids, simplify)
    progress = Progress(enabled=sys.stderr.isatty())
    summary = s.refresher(jobs, parse_here=not simplify).refresh(
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


# -- articles --------------------------------------------------------------------------------
def cmd_articles(s: Session) -> int:
    """``articles [--feed FEED] [--unread] [--starred] [--limit N]``."""
    feed_id = s.feed(s.args.feed).id if s.args.feed else None
    articles = s.store.articles(
        feed_id=feed_id, unread=s.args.unread, starred=s.args.starred, limit=s.args.limit
    )
    if s.json:
        emit([article_dict(a) for a in articles])
    else:
        print_articles(articles)
    return 0


def cmd_search(s: Session) -> int:
    """``search QUERY [--limit N]``."""
    articles = s.store.search(s.args.query, limit=s.args.limit)
    if s.json:
        emit([article_dict(a) for a in articles])
    else:
        print_articles(articles)
    return 0


def cmd_show(s: Session) -> int:
    """``show ARTICLE``: the cached reader view, else simplified now, else the feed's text."""
    from reader.usecases import pages

    article = s.article(s.args.article)
    simplified: SimplifiedArticle | None = s.cache.get_article(article.id)
    source = article.simplified or "page"
    if simplified is None:
        try:
            simplified = s.refresher().simplify_article(article.id)
            source = s.store.article(article.id).simplified or "feed"
        except ReaderError as err:
            log.info("could not simplify article %d now: %s", article.id, err)
        if simplified is None:
            simplified = pages.from_feed(article)
            source = "feed"
    if simplified is None:
        simplified = SimplifiedArticle(title=article.title, published=article.published)
        source = "failed"
    fmt = "json" if s.json else s.args.format
    extra = {"id": article.id, "link": article.link, "feed": article.feed_title, "source": source}
    print_simplified(simplified, fmt, extra)
    return 0


def _mark(field: str, value: bool) -> Callable[[Session], int]:
    def command(s: Session) -> int:
        article = s.article(s.args.article)
        if field == "read":
            s.store.set_read([article.id], value)
        else:
            s.store.set_starred(article.id, value)
        article = s.store.article(article.id)
        if s.json:
            emit({"id": article.id, "read": article.read, "starred": article.starred})
        else:
            state = (
                ("read" if value else "unread")
                if field == "read"
                else ("starred" if value else "not starred")
            )
            print(f"Article {article.id} is {state}: {terminal_safe(article.title)}")
        return 0

    command.__doc__ = f"``{'' if value else 'un'}{'read' if field == 'read' else 'star'} ARTICLE``."
    return command


def cmd_simplify(s: Session) -> int:
    """``simplify URL_OR_FILE [--format text|html|json] [--url URL]``: nothing is stored."""
    from reader.core.render.sanitize import is_web_url
    from reader.core.simplify.pipeline import decode_html, simplify

    target: str = s.args.target
    if is_web_url(target):
        from reader.usecases.pages import PAGE_ACCEPT

        fetched = s.fetcher.fetch(target, accept=PAGE_ACCEPT)
        html, url = decode_html(fetched.body, fetched.content_type), fetched.url
    else:
        with open(target, "rb") as handle:
            data = read_capped(handle, MAX_PAGE_FILE, "page")
        html, url = decode_html(data, ""), s.args.url or ""
    article = simplify(html, url)
    fmt = "json" if s.json else s.args.format
    print_simplified(article, fmt, {"url": url} if fmt == "json" else {})
    return 0


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
    "read": _mark("read", True),
    "unread": _mark("read", False),
    "star": _mark("starred", True),
    "unstar": _mark("starred", False),
    "simplify": cmd_simplify,
    "account": accounts.cmd_account,
    "sync": accounts.cmd_sync,
}
