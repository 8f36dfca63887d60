"""Rows read straight from the pages of a damaged SQLite file, when its b-trees are broken.

The last resort of :mod:`reader.store.salvage`, what ``sqlite3``'s ``.recover`` does where the
installed program cannot (Debian builds it without the ``sqlite_dbpage`` table it needs): walk
every page, decode the cells of each table leaf page (following overflow chains), and keep the
records whose shape is one of our tables'. Pages on the free list are skipped, so rows deleted
on purpose do not come back. The file format is SQLite's documented one
(https://www.sqlite.org/fileformat2.html); nothing here writes.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

Value = int | float | str | bytes | None
Row = tuple[int, list[Value]]
_TABLE_LEAF = 0x0D
_MAX_OVERFLOW_PAGES = 100_000


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's big-endian varint at ``at``: (value, next offset)."""
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    return (value << 8) | data[at + 8], at + 9


class Pages:
    """The pages of one file, read on demand."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        size = struct.unpack(">H", data[16:18])[0] if len(data) >= 100 else 0
        size = 65536 if size == 1 else size
        if size < 512 or size & (size - 1):
            size = 4096  # a damaged header: the size Broadsheet's databases use
        self.size = size
        reserved = data[20] if len(data) >= 100 else 0
        self.usable = size - reserved
        self.count = len(data) // size

    def page(self, number: int) -> bytes:
        """Page ``number`` (1-based), or empty bytes past the end."""
        return self.data[(number - 1) * self.size : number * self.size]

    def free_pages(self) -> set[int]:
        """The pages on the free list (their old rows were deleted on purpose)."""
        free: set[int] = set()
        if len(self.data) < 100:
            return free
        trunk = struct.unpack(">I", self.data[32:36])[0]
        while 0 < trunk <= self.count and trunk not in free:
            free.add(trunk)
            page = self.page(trunk)
            leaves = struct.unpack(">I", page[4:8])[0]
            for i in range(min(leaves, (self.usable - 8) // 4)):
                free.add(struct.unpack(">I", page[8 + 4 * i : 12 + 4 * i])[0])
            trunk = struct.unpack(">I", page[0:4])[0]
        return free

    def payload(self, page: bytes, at: int) -> tuple[int, bytes]:
        """The rowid and the whole payload of the table leaf cell at ``at``."""
        size, at = _varint(page, at)
        rowid, at = _varint(page, at)
        usable = self.usable
        biggest = usable - 35
        if size <= biggest:
            return rowid, page[at : at + size]
        least = (usable - 12) * 32 // 255 - 23
        local = least + (size - least) % (usable - 4)
        local = local if local <= biggest else least
        parts = [page[at : at + local]]
        following = struct.unpack(">I", page[at + local : at + local + 4])[0]
        got, hops = local, 0
        while got < size and 0 < following <= self.count and hops < _MAX_OVERFLOW_PAGES:
            overflow = self.page(following)
            chunk = overflow[4 : 4 + min(usable - 4, size - got)]
            parts.append(chunk)
            got += len(chunk)
            following = struct.unpack(">I", overflow[0:4])[0]
            hops += 1
        if got < size:
            raise ValueError("overflow chain cut short")
        return rowid, b"".join(parts)


def _record(payload: bytes) -> list[Value]:
    """The values of one record (raises on a malformed one)."""
    header_size, at = _varint(payload, 0)
    types: list[int] = []
    while at < header_size:
        serial, at = _varint(payload, at)
        types.append(serial)
    values: list[Value] = []
    body = header_size
    for serial in types:
        if serial == 0:
            values.append(None)
        elif serial in (8, 9):
            values.append(serial - 8)
        elif 1 <= serial <= 6:
            width = (0, 1, 2, 3, 4, 6, 8)[serial]
            values.append(int.from_bytes(payload[body : body + width], "big", signed=True))
            body += width
        elif serial == 7:
            values.append(struct.unpack(">d", payload[body : body + 8])[0])
            body += 8
        elif serial >= 12:
            width = (serial - 12) // 2
            raw = payload[body : body + width]
            values.append(raw.decode("utf-8") if serial % 2 else bytes(raw))
            body += width
        else:
            raise ValueError("reserved serial type")
        if body > len(payload):
            raise ValueError("record cut short")
    return values


def leaf_rows(path: Path) -> Iterator[Row]:
    """Every (rowid, values) decodable from a table leaf page of ``path`` not on the free list."""
    pages = Pages(path.read_bytes())
    free = pages.free_pages()
    for number in range(1, pages.count + 1):
        if number in free:
            continue
        page = pages.page(number)
        start = 100 if number == 1 else 0
        if len(page) < start + 8 or page[start] != _TABLE_LEAF:
            continue
        cells = struct.unpack(">H", page[start + 3 : start + 5])[0]
        for i in range(cells):
            pointer_at = start + 8 + 2 * i
            try:
                pointer = struct.unpack(">H", page[pointer_at : pointer_at + 2])[0]
                rowid, payload = pages.payload(page, pointer)
                yield rowid, _record(payload)
            except (ValueError, IndexError, struct.error, UnicodeDecodeError):
                continue  # a damaged cell: the others of the page still count


def _kinds(values: list[Value], pattern: str) -> bool:
    """Whether ``values`` fit ``pattern``: one letter per column, ``n`` NULL (the rowid
    alias), ``i`` integer, ``t`` text, ``I``/``T`` integer/text or NULL."""
    if len(values) != len(pattern):
        return False
    for value, kind in zip(values, pattern, strict=True):
        ok = {
            "n": value is None,
            "i": isinstance(value, int),
            "t": isinstance(value, str),
            "I": value is None or isinstance(value, int),
            "T": value is None or isinstance(value, str),
        }[kind]
        if not ok:
            return False
    return True


SHAPES: dict[str, tuple[str, ...]] = {
    # One pattern per table (and per older width of it: ALTER TABLE ADD COLUMN leaves old
    # records shorter). The columns follow schema.py's CREATE TABLE order.
    "folders": ("ntI",),
    "feeds": ("nttTtITTIITitiI", "nttTtITTIITiti"),
    "articles": ("nittttititttT",),
    "article_state": ("niiII",),
    "deleted_entries": ("nittti",),
}


def shape_of(values: list[Value]) -> str | None:
    """The table whose row ``values`` look like, if any."""
    for table, patterns in SHAPES.items():
        if any(_kinds(values, pattern) for pattern in patterns):
            return table
    return None


def scan(path: Path, wanted: set[str], keep: Callable[[str, int, list[Value]], None]) -> int:
    """Hand every row of the ``wanted`` tables found in ``path``'s pages to ``keep``;
    returns how many were handed over."""
    found = 0
    for rowid, values in leaf_rows(path):
        table = shape_of(values)
        if table in wanted:
            values[0] = rowid  # the INTEGER PRIMARY KEY is stored as the rowid
            keep(table, rowid, values)
            found += 1
    return found
