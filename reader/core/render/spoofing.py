"""Invisible characters in feed text: which ones a title may keep, which ones spoof.

A feed controls the characters of every title, author and name we show. Some invisible ones
are writing: the zero-width non-joiner U+200C inside a Persian word (می‌خواهم), the zero-width
joiner U+200D inside an emoji sequence (👩‍💻), the tag characters of a subdivision flag. Others
only deceive: bidi overrides, embeddings and isolates turn ``txt.exe`` around, zero-width spaces
hide a word's real spelling. :func:`strip_spoofing` keeps the first kind where they join
something and drops the second kind everywhere; the isolates our own layout adds are added
after this, never taken from a feed.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS: frozenset[str] = frozenset(
    chr(c)
    for c in (
        *range(0x202A, 0x202F),  # LRE RLE PDF LRO RLO: embeddings and overrides
        *range(0x2066, 0x206A),  # LRI RLI FSI PDI: isolates
        0x200E,  # LRM
        0x200F,  # RLM
        0x061C,  # ARABIC LETTER MARK
    )
)
"""Characters that reorder what is shown: never taken from a feed."""
ZERO_WIDTH: frozenset[str] = frozenset("\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u00ad")
"""Invisible characters with no writing role in a title (zero-width space, word joiner,
invisible operators, BOM, Mongolian vowel separator, soft hyphen)."""
FILLERS: frozenset[str] = frozenset("\u3164\uffa0")
"""The Hangul fillers: "printable", yet drawn as nothing (no Korean text needs them). A title
made of them was a blank row in the list and a blank window title."""
JOINERS: frozenset[str] = frozenset("\u200c\u200d")
"""ZWNJ and ZWJ: kept only between two characters they can join."""
_BLACK_FLAG = "\U0001f3f4"
_TAGS = range(0xE0020, 0xE0080)


def joinable(ch: str) -> bool:
    """True for a character a ZWNJ/ZWJ may stand beside: a letter, a combining mark (vowel
    signs, the emoji variation selector) or a symbol (emoji, skin-tone modifiers)."""
    category = unicodedata.category(ch)
    return category[0] in "LM" or category in ("So", "Sk")


def strip_spoofing(text: str, *, keep: str = "", controls_to_space: bool = False) -> str:
    """``text`` without control, bidi and stray zero-width characters.

    Kept: every printable character, the characters in ``keep`` (e.g. ``"\\n"``), a joiner
    between two :func:`joinable` characters, and the tag characters right after a black flag
    (subdivision flags). ``controls_to_space`` turns line breaks, tabs and other non-printing
    spaces into plain spaces instead of dropping them (so ``"a\\nb"`` stays two words).
    """
    if text.isprintable() and FILLERS.isdisjoint(text):
        return text  # the usual title: every character would be kept as it is
    out: list[str] = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch in FILLERS:  # a blank that is no space: a space where spaces are kept
            if controls_to_space:
                out.append(" ")
            continue
        if ch.isprintable() or ch in keep:
            out.append(ch)
        elif ch in JOINERS:
            if out and i < last and joinable(out[-1]) and joinable(text[i + 1]):
                out.append(ch)
        elif ord(ch) in _TAGS:
            if out and (out[-1] == _BLACK_FLAG or ord(out[-1]) in _TAGS):
                out.append(ch)
        elif controls_to_space and ch.isspace():
            out.append(" ")
    return "".join(out)


def one_line(text: str) -> str:
    """``text`` on one line for a list row or a title bar: line breaks become spaces, other
    controls and spoofing characters go, runs of spaces become one."""
    return " ".join(strip_spoofing(text, controls_to_space=True).split())


def spoofing_problems(text: str) -> list[str]:
    """What in ``text`` a display must not show (empty when clean): a description of each
    control, bidi or zero-width character, and each joiner that joins nothing. For tests and
    self-checks; :func:`strip_spoofing` is the cure."""
    problems = []
    for i, ch in enumerate(text):
        where = f"U+{ord(ch):04X} at {i}"
        if (
            ch in BIDI_CONTROLS
            or ch in ZERO_WIDTH
            or ch in FILLERS
            or unicodedata.category(ch) == "Cc"
        ):
            problems.append(where)
        elif ch in JOINERS:
            before = text[i - 1] if i > 0 else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if not (before and after and joinable(before) and joinable(after)):
                problems.append(where + " (joins nothing)")
    return problems
