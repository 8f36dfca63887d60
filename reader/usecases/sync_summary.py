"""What one account's sync did (shared by the sync use case and its subscription edits)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SyncSummary:
    """What one account's sync did, or why it stopped."""

    account_id: int
    title: str
    pushed: int = 0
    feeds: int = 0
    fetched: int = 0
    new_ids: tuple[int, ...] = ()
    state_changes: int = 0
    removed_articles: tuple[int, ...] = ()
    cancelled: bool = False
    error: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
