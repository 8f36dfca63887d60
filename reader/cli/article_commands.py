"""The article commands of the command line: list, search, show, mark, simplify a page."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from reader.cli.output import (
    article_dict,
    emit,
    enclosures_list,
    print_articles,
    print_simplified,
    terminal_safe,
)
from reader.cli.session import MAX_PAGE_FILE, Session, read_capped
from reader.core.parsed import SimplifiedArticle
from reader.errors import ReaderError

log = logging.getLogger(__name__)


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
    # Imported here for start-up time: the extractor (lxml) loads only for show and simplify.
    from reader.usecases import pages

    article = s.article(s.args.article)
    simplified: SimplifiedArticle | None = s.cache.get_article(article.id)
    source = article.simplified or "page"
    if simplified is None and _may_write(s):
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
    extra["enclosures"] = enclosures_list(article.enclosures)
    print_simplified(simplified, fmt, extra)
    return 0


def _may_write(s: Session) -> bool:
    """``show`` only reads unless the article must be simplified now: it takes the profile's
    lock only then, and shows the feed's text while another Broadsheet holds it (issue 9.14)."""
    from reader import instance

    if s.store.readonly:
        return False
    try:
        s.lock = instance.acquire(s.paths.data)
    except ReaderError as err:
        print(f"broadsheet: note: {err}: showing the feed's text", file=sys.stderr)
        return False
    return True


def mark_command(field: str, value: bool) -> Callable[[Session], int]:
    """The command that sets ``field`` (``read`` or ``starred``) of an article to ``value``."""

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
    # Imported here for start-up time: the extractor (lxml) and the sanitizer (nh3) load only
    # for show and simplify.
    from reader.core.render.sanitize import is_web_url
    from reader.usecases.editions import fetch_page
    from reader.usecases.pages import simplify_page

    target: str = s.args.target
    if is_web_url(target):
        fetched = fetch_page(s.fetcher, target, allow_private=True)
        data, content_type, url = fetched.body, fetched.content_type, fetched.url
    else:
        with open(target, "rb") as handle:
            data = read_capped(handle, MAX_PAGE_FILE, "page")
        content_type, url = "", s.args.url or ""
    article = simplify_page(data, content_type, url)
    fmt = "json" if s.json else s.args.format
    print_simplified(article, fmt, {"url": url} if fmt == "json" else {})
    return 0
