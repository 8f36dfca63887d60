"""The article in the reader's language: fetch the edition a page announces (``hreflang``) and
keep the original beside it, so the pane can switch between them.

An edition is an address the *page* chose, so it is fetched under the same rules as the page
itself: http(s) only, every redirect hop checked, the size cap of a page, and a loopback or
intranet address only when the article's feed lives on such a host (RELIABILITY N3) - also when
the edition is on another host. Any failure (404, not an article, refused address) leaves the
original edition in place, quietly: the reader still has an article to read.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor
from typing import TYPE_CHECKING, NamedTuple

from reader.core.parsed import SimplifiedArticle
from reader.core.simplify.alternates import normalize_tag, pick, same_language
from reader.core.simplify.limits import MAX_PAGE_BYTES
from reader.core.sniff import page_type_refused
from reader.errors import FetchError, ReaderError
from reader.usecases.pool import run_cpu

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"

if TYPE_CHECKING:
    from reader.net.http import Fetcher, FetchResult
    from reader.store.cache import ArticleCache
    from reader.store.db import Store

log = logging.getLogger(__name__)

ORIGINAL = "original"
"""The article-language setting that turns editions off (the page as it was published)."""

PageSimplifier = Callable[[bytes, str, str], SimplifiedArticle]
_TRANSIENT_KINDS = frozenset({"timeout", "connection", "dns", "refused", "retry_later"})


def fetch_page(fetcher: Fetcher, url: str, allow_private: bool) -> FetchResult:
    """GET a page address: at most :data:`MAX_PAGE_BYTES`, and an answer that declares a type no
    page has (an episode, a video) refused before its body is read."""
    return fetcher.fetch(
        url,
        allow_private=allow_private,
        accept=PAGE_ACCEPT,
        max_bytes=MAX_PAGE_BYTES,
        refuse_type=page_type_refused,
    )


def is_transient(err: FetchError) -> bool:
    """A failure that may go away by itself (offline, timeout, server error, held host)."""
    return err.kind in _TRANSIENT_KINDS or (err.status is not None and err.status >= 500)


class Missing(NamedTuple):
    """An edition that could not be had; ``lasting`` when asking again will not help (404,
    410, a refused address, a page that is no article), so it is no longer offered."""

    lasting: bool


Fetch = Callable[[tuple[str, str]], "SimplifiedArticle | Missing"]


class ArticleLanguage:
    """The language the reader wants articles in (thread-safe); ``""`` shows the original."""

    def __init__(self, tag: str = "") -> None:
        self._tag = ""
        self._lock = threading.Lock()
        self.set(tag)

    def set(self, tag: str) -> None:
        """Want ``tag`` (a BCP 47 tag); ``"original"``, ``""`` or a non-tag turn editions off."""
        value = "" if (tag or "").strip().lower() == ORIGINAL else normalize_tag(tag)
        with self._lock:
            self._tag = value

    def get(self) -> str:
        """The wanted tag, normalized, or ``""``."""
        with self._lock:
            return self._tag


def own_language(page: SimplifiedArticle, url: str) -> SimplifiedArticle:
    """``page`` with its language filled from its own ``hreflang`` entry when it declares none."""
    if normalize_tag(page.lang):
        return page
    for tag, href in page.alternates:
        if href == url:
            return dataclasses.replace(page, lang=tag)
    return page


def combine(shown: SimplifiedArticle, others: list[SimplifiedArticle]) -> SimplifiedArticle:
    """``shown`` carrying the other editions (flat: no edition holds editions) and every
    language any of them announces."""
    pairs: dict[str, str] = {}
    flat = [dataclasses.replace(e, editions=()) for e in others if e.lang != shown.lang]
    for edition in [shown, *flat]:
        for tag, url in edition.alternates:
            pairs.setdefault(tag, url)
    return dataclasses.replace(shown, alternates=tuple(pairs.items()), editions=tuple(flat))


def fetch_edition(
    fetcher: Fetcher,
    simplify_page: PageSimplifier,
    cpu: Executor | None,
    choice: tuple[str, str],
    allow_private: bool,
) -> SimplifiedArticle | Missing:
    """Fetch and simplify the edition ``(tag, url)``; :class:`Missing` (logged) when it is
    unusable."""
    tag, url = choice
    try:
        fetched = fetch_page(fetcher, url, allow_private)
        edition = run_cpu(cpu, simplify_page, fetched.body, fetched.content_type, fetched.url)
    except ReaderError as err:  # FetchError (404, refused address) or ExtractError
        log.info("the %s edition at %s is not used: %s", tag, url, err)
        return Missing(not (isinstance(err, FetchError) and is_transient(err)))
    return edition if normalize_tag(edition.lang) else dataclasses.replace(edition, lang=tag)


def prefer_language(
    page: SimplifiedArticle,
    page_url: str,
    wanted: str,
    fetch: Fetch,
) -> SimplifiedArticle:
    """The edition to show for a reader who wants ``wanted``: ``page`` itself when it is in
    that language, offers no such edition, or the edition fails; else the fetched edition with
    ``page`` kept among its editions. An edition missing for good is no longer offered."""
    page = own_language(page, page_url)
    if not wanted or not page.alternates or same_language(page.lang, wanted):
        return page
    choice = pick(page.alternates, wanted)
    if choice is None or choice[1] == page_url:
        return page
    edition = fetch(choice)
    if isinstance(edition, Missing):
        return without(page, choice[0]) if edition.lasting else page
    return combine(edition, [page])


def without(article: SimplifiedArticle, tag: str) -> SimplifiedArticle:
    """``article`` no longer offering the edition ``tag`` (it is gone or no article)."""
    kept = tuple(pair for pair in article.alternates if pair[0] != tag)
    return dataclasses.replace(article, alternates=kept)


def switch_cached(cache: ArticleCache, article_id: int, tag: str) -> SimplifiedArticle | None:
    """Show the cached edition ``tag`` of an article (written back, so it stays chosen);
    ``None`` when that edition is not in the cache (it must be fetched)."""
    cached = cache.get_article(article_id)
    if cached is None:
        return None
    editions = [dataclasses.replace(cached, editions=()), *cached.editions]
    found = _edition(editions, tag)
    if found is None:
        return None
    if found is editions[0]:
        return cached
    switched = combine(found, [e for e in editions if e is not found])
    cache.put_article(article_id, switched)
    return switched


def switch_edition(
    cache: ArticleCache,
    store: Store,
    fetch: Fetch,
    article_id: int,
    tag: str,
) -> SimplifiedArticle | None:
    """The ``tag`` edition of a simplified article: from the cache, else ``fetch`` ed (under
    the article's address rules) and cached; ``None`` when it cannot be had."""
    cached = switch_cached(cache, article_id, tag)
    if cached is not None:
        return cached
    shown = cache.get_article(article_id)
    choice = pick(shown.alternates, tag) if shown is not None else None
    if shown is None or choice is None:
        return None
    edition = fetch(choice)
    if isinstance(edition, Missing):
        if edition.lasting:  # the "Also in" line stops offering it
            cache.put_article(article_id, without(shown, choice[0]))
        return None
    switched = combine(edition, [shown, *shown.editions])
    cache.put_article(article_id, switched)
    store.set_simplified(article_id, "page", switched.text)
    return switched


def _edition(editions: list[SimplifiedArticle], tag: str) -> SimplifiedArticle | None:
    want = normalize_tag(tag)
    for edition in editions:
        if normalize_tag(edition.lang) == want:
            return edition
    for edition in editions:
        if same_language(edition.lang, want):
            return edition
    return None
