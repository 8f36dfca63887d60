"""How the command line prints feeds, articles and reader views: text for people, JSON for tools."""

from __future__ import annotations

import html as htmllib
import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from reader.core.models import Article, Enclosure, Feed, Folder
from reader.core.parsed import DiscoveredFeed, SimplifiedArticle
from reader.core.redact import redact_url
from reader.core.refresh_results import FeedResult, RefreshSummary
from reader.core.render.spoofing import strip_spoofing
from reader.errors import ReaderError


def terminal_safe(text: str) -> str:
    """``text`` without control characters (a title must not drive the terminal)."""
    return strip_spoofing(text, controls_to_space=True)


def shown_url(url: str) -> str:
    """A feed address as the terminal shows it: passwords and tokens masked (issue 9 #17)."""
    return terminal_safe(redact_url(url))


def counted(count: int, noun: str) -> str:
    """``count`` and ``noun``, plural unless the count is one: "1 article", "3 articles"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def emit(data: Any) -> None:
    """Print one JSON document (an array for lists, an object otherwise) on stdout."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def feed_dict(feed: Feed, folders: list[Folder], unread: int) -> dict[str, Any]:
    """One feed as JSON."""
    names = {f.id: f.name for f in folders}
    return {
        "id": feed.id,
        "title": feed.title,
        "url": redact_url(feed.url),
        "site_url": feed.site_url,
        "folder": names.get(feed.folder_id) if feed.folder_id is not None else None,
        "folder_id": feed.folder_id,
        "unread": unread,
        "last_checked": _iso(feed.last_checked),
        "last_updated": _iso(feed.last_updated),
        "last_error": feed.last_error,
        "gone": feed.gone,
    }


def article_dict(article: Article) -> dict[str, Any]:
    """One article as JSON (its text is printed by ``show``)."""
    return {
        "id": article.id,
        "feed_id": article.feed_id,
        "feed": article.feed_title,
        "title": article.title,
        "link": article.link,
        "author": article.author,
        "published": _iso(article.published),
        "read": article.read,
        "starred": article.starred,
        "simplified": article.simplified,
        "enclosures": enclosures_list(article.enclosures),
    }


def enclosures_list(enclosures: tuple[Enclosure, ...]) -> list[dict[str, Any]]:
    """An article's files as JSON: url, type, size in bytes and duration in seconds (or null)."""
    return [
        {"url": e.url, "type": e.type, "size": e.size, "duration": e.duration} for e in enclosures
    ]


def simplified_dict(article: SimplifiedArticle) -> dict[str, Any]:
    """A reader view's fields as JSON."""
    return {
        "title": article.title,
        "byline": article.byline,
        "published": _iso(article.published),
        "lead_image": article.lead_image,
        "lang": article.lang,
        "direction": article.direction,
        "html": article.html,
        "text": article.text,
    }


def print_feeds(feeds: list[Feed], folders: list[Folder], counts: dict[int, int]) -> None:
    """The subscriptions, one a line: id, unread count, title, URL, folder, last error."""
    if not feeds:
        print("No subscriptions yet. Add one with `broadsheet add URL`.")
        return
    names = {f.id: f.name for f in folders}
    print(f"{'ID':>4}  {'UNREAD':>6}  TITLE")
    for feed in feeds:
        line = f"{feed.id:>4}  {counts.get(feed.id, 0):>6}  {terminal_safe(feed.title or '(untitled)')}"
        line += f"  <{shown_url(feed.url)}>"
        if feed.folder_id is not None and feed.folder_id in names:
            line += f"  [{terminal_safe(names[feed.folder_id])}]"
        if feed.gone:
            line += "  (gone)"
        elif feed.last_error:
            line += f"  (error: {terminal_safe(feed.last_error)})"
        print(line)


def print_articles(articles: list[Article]) -> None:
    """Articles, one a line: id, date, N (unread) and * (starred), feed and title."""
    if not articles:
        print("No articles.")
        return
    for a in articles:
        flags = ("N" if not a.read else " ") + ("*" if a.starred else " ")
        date = a.published.strftime("%Y-%m-%d")
        feed = terminal_safe(a.feed_title)
        title = terminal_safe(a.title or "(untitled)")
        print(f"{a.id:>6}  {date}  {flags}  {feed + ': ' if feed else ''}{title}")


def print_simplified(article: SimplifiedArticle, fmt: str, extra: dict[str, Any]) -> None:
    """A reader view as ``text``, a standalone ``html`` page, or a ``json`` object."""
    if fmt == "json":
        emit({**extra, **simplified_dict(article)})
        return
    if fmt == "html":
        lang = f' lang="{htmllib.escape(article.lang)}"' if article.lang else ""
        direction = "rtl" if article.direction == "rtl" else "ltr"
        byline = _byline(article, extra)
        print(
            f'<!DOCTYPE html>\n<html{lang} dir="{direction}">\n<head><meta charset="utf-8">'
            f"<title>{htmllib.escape(article.title)}</title></head>\n<body>\n"
            f"<h1>{htmllib.escape(article.title)}</h1>\n"
            + (f"<p><em>{htmllib.escape(byline)}</em></p>\n" if byline else "")
            + f"{article.html}\n</body>\n</html>"
        )
        return
    print(terminal_safe(article.title))
    byline = _byline(article, extra)
    if byline:
        print(terminal_safe(byline))
    if extra.get("link"):
        print(terminal_safe(str(extra["link"])))
    if extra.get("source") == "feed":
        print("(from the feed: the page gave less, or could not be simplified)")
    print()
    text = "\n".join(terminal_safe(line) for line in article.text.splitlines())
    print(text if text.strip() else "(no text; open the article in a browser)")
    files = extra.get("enclosures") or []
    if files:
        print()
        print("Attachments:")
    for item in files:
        details = ", ".join(str(v) for v in (item["type"], item["size"], item["duration"]) if v)
        print(
            f"  {terminal_safe(item['url'])}" + (f" ({terminal_safe(details)})" if details else "")
        )


def _byline(article: SimplifiedArticle, extra: dict[str, Any]) -> str:
    parts = [article.byline, str(extra.get("feed") or "")]
    if article.published is not None:
        parts.append(article.published.strftime("%Y-%m-%d"))
    return " · ".join(p for p in parts if p)


def chooser(pick: int | None) -> Callable[[list[DiscoveredFeed]], DiscoveredFeed | None] | None:
    if pick is not None:

        def by_number(feeds: list[DiscoveredFeed]) -> DiscoveredFeed | None:
            if pick > len(feeds):
                raise ReaderError(f"--pick {pick}: only {len(feeds)} of the page's feeds offered")
            return feeds[pick - 1]

        return by_number
    if not sys.stdin.isatty():
        return None

    def ask(feeds: list[DiscoveredFeed]) -> DiscoveredFeed | None:
        print("This page offers several feeds:", file=sys.stderr)
        for i, f in enumerate(feeds, 1):
            title = terminal_safe(f.title or "(untitled)")
            print(f"  {i}. {title}  <{shown_url(f.url)}>", file=sys.stderr)
        while True:
            print(
                f"Subscribe to which one [1-{len(feeds)}, empty to cancel]? ",
                end="",
                file=sys.stderr,
            )
            sys.stderr.flush()
            answer = sys.stdin.readline().strip()
            if not answer:
                raise ReaderError("nothing subscribed")
            if answer.isdecimal() and 1 <= int(answer) <= len(feeds):
                return feeds[int(answer) - 1]

    return ask


class Progress:
    """One self-overwriting status line on stderr (only when it is a terminal)."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.articles = 0
        self._shown = False

    def feed(self, result: FeedResult, done: int, total: int) -> None:
        self._show(f"feeds {done}/{total}  {result.title}")

    def article(self, article_id: int, source: str) -> None:
        self.articles += 1
        self._show(f"articles simplified: {self.articles}")

    def _show(self, line: str) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K" + terminal_safe(line)[:100])
            sys.stderr.flush()
            self._shown = True

    def done(self) -> None:
        if self._shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def summary_dict(summary: RefreshSummary, simplify: bool) -> dict[str, Any]:
    return {
        "updated": len(summary.updated),
        "not_modified": sum(1 for r in summary.results if r.not_modified),
        "failed": [
            {"id": r.feed_id, "url": redact_url(r.url), "title": r.title, "error": r.error}
            for r in summary.failed
        ],
        "new_articles": summary.new_articles,
        "simplified": summary.simplified if simplify else None,
        "simplify_failed": summary.simplify_failed if simplify else None,
        "cancelled": summary.cancelled,
    }


def print_summary(summary: RefreshSummary, simplify: bool) -> None:
    unchanged = sum(1 for r in summary.results if r.not_modified)
    note = f" ({unchanged} not modified)" if unchanged else ""
    print(f"Feeds updated: {len(summary.updated)}{note}")
    print(f"Feeds failed: {len(summary.failed)}")
    for r in summary.failed:
        print(f"  {terminal_safe(r.title)} <{shown_url(r.url)}>: {terminal_safe(r.error or '')}")
    print(f"New articles: {summary.new_articles}")
    if simplify:
        failed = f" ({summary.simplify_failed} failed)" if summary.simplify_failed else ""
        print(f"Articles simplified: {summary.simplified}{failed}")
    if summary.cancelled:
        print("Cancelled before the end.")
