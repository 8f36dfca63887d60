"""Whole numbers written by strangers (feeds, pages), read without int() ever raising.

``str.isdigit()`` then ``int()`` fails twice: '²' and other superscripts are digits to
isdigit() but not to int() (ValueError), and int() refuses more than 4,300 digits (ValueError,
CPython's guard against quadratic conversion), so a feed's enclosure length or a page's colspan
of 5,000 nines stopped the whole entry or page.
"""

from __future__ import annotations


def bounded_int(text: str, most: int) -> int | None:
    """The value of ``text`` (decimal digits of any script, spaces around ignored) when it is
    at most ``most``; ``None`` for anything else, a larger number included."""
    digits = text.strip()
    if not digits.isdecimal():
        return None
    digits = digits.lstrip("0") or "0"
    if len(digits) > len(str(most)):
        return None
    value = int(digits)
    return value if value <= most else None
