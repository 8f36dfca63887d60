"""OPML import and export of the store (mixed into :class:`~reader.store.db.Store`).

Import applies the one rule of "already subscribed" (:func:`reader.core.urls.feed_key`): an
outline whose address differs from a subscribed feed's, or from an earlier outline's, only by
tracking parameters, host case, a default port, a fragment or http vs https is a duplicate.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from reader.core.models import Feed, Folder
from reader.store.connection import mapped, transaction

if TYPE_CHECKING:
    from reader.core.parsed import OpmlDocument, OpmlFolder


class OpmlMethods:
    """OPML operations of the store."""

    _conn: sqlite3.Connection

    if TYPE_CHECKING:  # provided by the Store and its other mixins

        def _add_feed(
            self, url: str, title: str, *, folder_id: int | None, site_url: str
        ) -> int: ...
        def _add_folder(self, name: str, parent_id: int | None) -> Folder: ...
        def _folder_row(self, folder_id: int) -> tuple[int, str, int | None]: ...
        def feeds(self) -> list[Feed]: ...
        def folders(self) -> list[Folder]: ...

    @mapped
    def import_opml(
        self, document: OpmlDocument, *, folder_id: int | None = None
    ) -> tuple[int, int]:
        """Add all folders and feeds in one transaction; returns (feeds added, duplicates).

        Folders are merged by name under the same parent; a feed already subscribed (or twice
        in the document), also under another spelling of its address, counts as a duplicate.
        Any error imports nothing.
        """
        from reader.core.urls import feed_key  # here: the store opens before the first frame

        added = duplicates = 0
        with transaction(self._conn):
            if folder_id is not None:
                self._folder_row(folder_id)
            known = {feed_key(url) for (url,) in self._conn.execute("SELECT url FROM feeds")}
            # An explicit stack, not recursion: outlines can be nested thousands deep.
            stack: list[tuple[OpmlFolder, int | None]] = [(document.root, folder_id)]
            while stack:
                node, parent = stack.pop()
                for item in node.feeds:
                    key = feed_key(item.url.strip())
                    if key in known:
                        duplicates += 1
                        continue
                    self._add_feed(item.url, item.title, folder_id=parent, site_url=item.site_url)
                    known.add(key)
                    added += 1
                for sub in reversed(node.folders):
                    name = sub.title.strip() or "Untitled"
                    stack.append((sub, self._add_folder(name, parent).id))
        return added, duplicates

    @mapped
    def export_opml(self) -> OpmlDocument:
        """Every folder and feed as an OPML document."""
        from reader.core.parsed import OpmlDocument, OpmlFeed, OpmlFolder  # here: start-up time

        folders = self.folders()
        children: dict[int | None, list[Folder]] = {}
        for folder in folders:
            children.setdefault(folder.parent_id, []).append(folder)
        feeds: dict[int | None, list[OpmlFeed]] = {}
        for feed in self.feeds():
            feeds.setdefault(feed.folder_id, []).append(
                OpmlFeed(url=feed.url, title=feed.title, site_url=feed.site_url)
            )
        # Post-order without recursion: a folder is built after all of its subfolders.
        order: list[Folder] = []
        stack = list(children.get(None, []))
        while stack:
            folder = stack.pop()
            order.append(folder)
            stack.extend(children.get(folder.id, []))
        built: dict[int, OpmlFolder] = {}
        for folder in reversed(order):
            built[folder.id] = OpmlFolder(
                title=folder.name,
                feeds=tuple(feeds.get(folder.id, [])),
                folders=tuple(built[c.id] for c in children.get(folder.id, [])),
            )
        root = OpmlFolder(
            feeds=tuple(feeds.get(None, [])),
            folders=tuple(built[c.id] for c in children.get(None, [])),
        )
        return OpmlDocument(title="Broadsheet subscriptions", root=root)
