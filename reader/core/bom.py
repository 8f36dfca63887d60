"""Byte-order marks: the one table both the feed sniffer and the page decoder read."""

from __future__ import annotations

import codecs

BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 LE first: its mark starts with UTF-16 LE's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""(mark, codec name) pairs, longest match first."""


def sniff_bom(data: bytes) -> tuple[str, int]:
    """The codec a byte-order mark at the start of ``data`` names, and the mark's length;
    ``("", 0)`` when there is none."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return "", 0
