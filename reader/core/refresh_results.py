"""Frozen dataclasses of what a refresh did: :class:`FeedResult` per feed, :class:`RefreshSummary`
for the whole run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FeedResult:
    """What refreshing one feed did."""

    feed_id: int
    url: str
    title: str
    new_articles: int = 0
    error: str | None = None
    not_modified: bool = False


@dataclass(frozen=True)
class RefreshSummary:
    """What a whole refresh did."""

    results: tuple[FeedResult, ...] = ()
    simplified: int = 0
    simplify_failed: int = 0
    cancelled: bool = False

    @property
    def failed(self) -> tuple[FeedResult, ...]:
        """The feeds that failed, each with its reason."""
        return tuple(r for r in self.results if r.error is not None)

    @property
    def updated(self) -> tuple[FeedResult, ...]:
        """The feeds that were fetched without error."""
        return tuple(r for r in self.results if r.error is None)

    @property
    def new_articles(self) -> int:
        """New articles over all feeds."""
        return sum(r.new_articles for r in self.results)
