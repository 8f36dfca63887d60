"""glibc's allocator settings for a window that lives in the tray (reader.ui.memory): they take
effect where glibc is, and do nothing (saying so) elsewhere."""

from __future__ import annotations

import platform
import sys

import pytest

from reader.ui import memory

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not GLIBC, reason="glibc's allocator only")
def test_arenas_are_limited_and_free_pages_given_back() -> None:
    assert memory.limit_arenas()
    # Freed pages of the heap exist after many small objects are let go.
    junk = [bytearray(2000) for _ in range(20_000)]
    del junk
    assert memory.release_free_memory() is True


def test_elsewhere_nothing_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    memory._glibc.cache_clear()
    monkeypatch.setattr(memory.sys, "platform", "darwin")
    try:
        assert memory.limit_arenas() is False
        assert memory.release_free_memory() is False
    finally:
        memory._glibc.cache_clear()
