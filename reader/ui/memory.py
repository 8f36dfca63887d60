"""Keeping a window that lives for days in the tray small (bench/tray_memory.py measures it).

Two things of glibc's allocator, where there is one (Linux with glibc; elsewhere both do
nothing and say so):

- Each thread that allocates gets an allocator arena of its own, up to eight per core; the
  refresh's sixteen fetching threads each leave one, partly used, that memory cannot move
  out of. :func:`limit_arenas` keeps them to a few (the threads mostly wait on the network,
  so they hardly contend for the lock).
- Memory freed inside the heap stays with the process until the top of the heap is free.
  :func:`release_free_memory` (``malloc_trim``) hands the free pages back after a refresh,
  once Python's cyclic garbage is collected.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import logging
import sys

log = logging.getLogger(__name__)

M_ARENA_MAX = -8
"""mallopt's parameter number for the arena limit (glibc's malloc.h)."""
ARENAS = 2
"""Allocator arenas for the whole process (the GUI thread's and one for the rest)."""


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    """glibc, when this process runs on it (None on other systems and C libraries)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    except (OSError, AttributeError):  # musl has neither function
        return None
    return libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Keep glibc's allocator to ``arenas`` arenas from now on (call before the threads
    start); False where that cannot be done."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_ARENA_MAX, arenas))


def release_free_memory() -> bool:
    """Collect Python's cyclic garbage (a refresh's caught errors hold their frames in
    cycles), then give the allocator's free pages back to the system; whether any were."""
    gc.collect()
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))
