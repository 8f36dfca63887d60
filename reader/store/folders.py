"""The folders of the store (mixed into :class:`~reader.store.db.Store`): a tree by
``parent_id``; removing one moves its feeds and subfolders to its parent."""

from __future__ import annotations

import sqlite3

from reader.core.models import Folder
from reader.errors import NotFoundError, StoreError
from reader.store import opening
from reader.store.connection import mapped, transaction


class FolderMethods:
    """Folder operations of the store."""

    _conn: sqlite3.Connection

    @mapped
    def add_folder(self, name: str, parent_id: int | None = None) -> Folder:
        """Create a folder (or return the existing one of that name under that parent)."""
        with transaction(self._conn):
            return self._add_folder(name, parent_id)

    def _add_folder(self, name: str, parent_id: int | None) -> Folder:
        name = name.strip()
        if not name:
            raise StoreError("a folder needs a name")
        if parent_id is not None:
            self._folder_row(parent_id)
        row = self._conn.execute(
            "SELECT id FROM folders WHERE name = ? AND parent_id IS ?", (name, parent_id)
        ).fetchone()
        if row is not None:
            return Folder(row[0], name, parent_id)
        cur = self._conn.execute(
            "INSERT INTO folders (name, parent_id) VALUES (?, ?)", (name, parent_id)
        )
        return Folder(int(cur.lastrowid or 0), name, parent_id)

    def _folder_row(self, folder_id: int) -> tuple[int, str, int | None]:
        row = self._conn.execute(
            "SELECT id, name, parent_id FROM folders WHERE id = ?", (folder_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no folder with id {folder_id}")
        return row[0], row[1], row[2]

    @mapped
    def folder(self, folder_id: int) -> Folder:
        """One folder; raises NotFoundError."""
        return Folder(*self._folder_row(folder_id))

    @mapped
    def folders(self) -> list[Folder]:
        """All folders."""
        rows = self._conn.execute(
            "SELECT id, name, parent_id FROM folders ORDER BY parent_id IS NOT NULL, parent_id,"
            " name COLLATE NOCASE, id"
        )
        return [Folder(r[0], r[1], r[2]) for r in rows]

    @mapped
    def has_feeds(self) -> bool:
        """Whether any feed is subscribed (cheaper than :meth:`feeds`: the window asks it
        before its first frame, which shows no feed yet)."""
        return opening.has_feeds(self._conn)

    @mapped
    def rename_folder(self, folder_id: int, name: str) -> None:
        """Rename a folder."""
        name = name.strip()
        if not name:
            raise StoreError("a folder needs a name")
        with transaction(self._conn):
            self._folder_row(folder_id)
            self._conn.execute("UPDATE folders SET name = ? WHERE id = ?", (name, folder_id))

    @mapped
    def move_folder(self, folder_id: int, parent_id: int | None) -> None:
        """Put a folder under another (``None``: top level); never under itself or its own
        subfolders."""
        with transaction(self._conn):
            self._folder_row(folder_id)
            if parent_id is not None:
                self._folder_row(parent_id)
                inside = self._conn.execute(
                    "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM folders c"
                    " JOIN sub ON c.parent_id = sub.id) SELECT 1 FROM sub WHERE id = ?",
                    (folder_id, parent_id),
                ).fetchone()
                if inside is not None:
                    raise StoreError("a folder cannot go inside itself")
            self._conn.execute(
                "UPDATE folders SET parent_id = ? WHERE id = ?", (parent_id, folder_id)
            )

    @mapped
    def remove_folder(self, folder_id: int) -> None:
        """Remove a folder; its feeds and subfolders move to its parent."""
        with transaction(self._conn):
            _, _, parent = self._folder_row(folder_id)
            self._conn.execute(
                "UPDATE folders SET parent_id = ? WHERE parent_id = ?", (parent, folder_id)
            )
            self._conn.execute(
                "UPDATE feeds SET folder_id = ? WHERE folder_id = ?", (parent, folder_id)
            )
            self._conn.execute("DELETE FROM folders WHERE id = ?", (folder_id,))
