"""The reader view's size limit, apart from the simplify pipeline: the refresh needs the number
to cap a page's fetch, not the extractor, its parsers and its rules (~60 ms of imports that a
``refresh --feeds-only`` never uses)."""

from __future__ import annotations

MAX_PAGE_BYTES = 5 * 1024 * 1024
"""Pages larger than this (UTF-8) are refused before any parsing: open them in the browser."""
