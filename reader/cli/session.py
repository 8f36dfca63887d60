"""What one command of the command line works with: the profile's services and the use cases."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING, Any, BinaryIO

from reader.cli.numbers import MAX_NUMBER
from reader.core.digits import bounded_int
from reader.errors import NotFoundError, ReaderError
from reader.paths import Paths
from reader.settings import load_settings
from reader.usecases.services import Services, open_services

if TYPE_CHECKING:
    from reader.core.models import Feed
    from reader.instance import InstanceLock
    from reader.net.http import Fetcher
    from reader.store.cache import ArticleCache
    from reader.store.db import Store
    from reader.usecases.parse_process import ParseProcess
    from reader.usecases.refresh import Refresher

log = logging.getLogger(__name__)

READING_COMMANDS = frozenset({"feeds", "articles", "search", "export", "show"})
"""Commands that only read: on a full disk or a read-only profile they open it read-only."""

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


class Session:
    """What one command works with: the profile's services (:func:`open_services`, each part
    opened on first use) and, for the commands that need it, a Refresher."""

    def __init__(self, paths: Paths, args: argparse.Namespace) -> None:
        self.paths = paths
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        # The cap the user set in Settings applies to the command line too (issue 9.14).
        self.services: Services = open_services(
            paths.database,
            paths.cache,
            cache_max_mb=load_settings(paths.settings_file).cache_max_mb,
            reading=getattr(args, "command", None) in READING_COMMANDS,
        )
        self._refresher: Refresher | None = None
        self._parser: ParseProcess | None = None
        self.lock: InstanceLock | None = None
        """The profile's lock when a command took it itself (``show`` that must simplify)."""
        self._told_limited = False

    @property
    def store(self) -> Store:
        """The profile's database (a read-only one says so in one line on stderr, once)."""
        store = self.services.store
        if store.limited and not self._told_limited:  # issue 9.9
            self._told_limited = True
            print(f"broadsheet: note: {store.limited}", file=sys.stderr)
        return store

    @property
    def cache(self) -> ArticleCache:
        """The profile's cache folder."""
        return self.services.cache

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP client."""
        return self.services.fetcher

    def refresher(
        self, jobs: int = 1, *, parse_here: bool = False, parse_child: bool = False
    ) -> Refresher:
        """The use cases; ``jobs`` > 1 parses and simplifies in that many processes
        (``parse_here``: this process is one of them for feeds, so one fewer is started);
        ``parse_child``: feeds are parsed in a forked child (:mod:`reader.usecases.parse_process`)."""
        if self._refresher is None:
            # Imported here for start-up time: the refresh loads the HTTP client and the
            # parsers, which ``feeds``, ``articles`` and the marking commands never need.
            from reader.usecases.parse_process import start_parse_process

            if parse_child:  # forked first, while this process runs no other thread
                self._parser = start_parse_process()
            from reader.usecases.refresh import Refresher

            workers = jobs - 1 if parse_here else jobs
            cpu = self.services.pool(workers) if jobs > 1 else None
            self._refresher = Refresher(
                self.store,
                self.cache,
                self.fetcher,
                cpu=cpu,
                parse_here=parse_here,
                parser=self._parser,
            )
        return self._refresher

    def feed(self, text: str) -> Feed:
        """The feed named by its id or URL."""
        # Imported here for start-up time (see ``refresher``).
        from reader.usecases.subscribe import normalize_url

        if text.strip().isdecimal():
            try:
                number = bounded_int(text, MAX_NUMBER)
                if number is None:  # never an id: SQLite cannot even compare it
                    raise NotFoundError(text)
                return self.store.feed(number)
            except NotFoundError:
                shown = text.strip() if len(text.strip()) <= 40 else text.strip()[:40] + "..."
                raise NotFoundError(f"no feed with id {shown}") from None
        for candidate in dict.fromkeys((text.strip(), normalize_url(text))):
            found = self.store.feed_by_url(candidate)
            if found is not None:
                return found
        # Another spelling of a subscribed feed's address ("?utm_source=...", http vs https):
        # "add" says it is already subscribed, so the other commands find it too.
        found = self.store.feed_at(normalize_url(text))
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
        """Close whatever was opened, waiting for worker processes (none outlives a command)."""
        if self._refresher is not None:
            self._refresher.close()
        if self._parser is not None:
            self._parser.close()
        self.services.close(wait=True)
        if self.lock is not None:
            self.lock.release()
