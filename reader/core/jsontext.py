"""JSON from strangers (JSON Feeds, sync servers) as text we can store.

JSON may escape half of a surrogate pair (``"\\ud800"``): ``json.loads`` keeps it as a lone
surrogate, which UTF-8 (SQLite, the terminal, Qt) cannot hold, so one in a title failed the
whole feed or sync with "internal error (UnicodeEncodeError ...)". :func:`load_json` replaces
each lone half with U+FFFD.
"""

from __future__ import annotations

import json
from typing import Any

from reader.core.lazy_re import lazy_pattern

_SURROGATE_ESCAPE = lazy_pattern(r"\\u[dD][89a-fA-F]")
_SURROGATE_ESCAPE_BYTES = lazy_pattern(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = lazy_pattern("[\ud800-\udfff]")


def load_json(data: str | bytes) -> Any:
    """``json.loads(data)`` (same errors: ValueError, RecursionError) with no lone surrogate
    in any string, key or value, and integers too long for int() read as floats."""
    value = json.loads(data, parse_int=_whole_number)
    if isinstance(data, bytes):
        escaped = _SURROGATE_ESCAPE_BYTES().search(data) is not None
    else:
        escaped = _SURROGATE_ESCAPE().search(data) is not None
    return _without_lone_surrogates(value) if escaped else value


def _whole_number(text: str) -> int | float:
    """An integer literal: as int, or as a float when it has more digits than int() reads
    (4,300: json.loads raised ValueError, so one such number anywhere made a whole JSON Feed
    'not a valid JSON Feed'); such a float is infinite, which no field takes for a value."""
    return int(text) if len(text) <= 4000 else float(text)


def _fixed(value: Any) -> Any:
    return _LONE_SURROGATE().sub("\ufffd", value) if isinstance(value, str) else value


def _without_lone_surrogates(data: Any) -> Any:
    """``data`` with U+FFFD for each lone surrogate; iterative (JSON nests as deep as the
    recursion limit allows)."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in list(node):
                value = node.pop(key)
                node[_fixed(key)] = _fixed(value)
                stack.append(value)
        elif isinstance(node, list):
            node[:] = [_fixed(value) for value in node]
            stack.extend(node)
    return _fixed(data)
