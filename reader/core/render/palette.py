"""The colours of the reading modes, and the WCAG contrast arithmetic that keeps them readable.

One article template, themed by these variables (the peers switch whole templates between light
and dark). Body text reaches at least 7:1 (WCAG AAA) against its background in every mode; the
secondary text (byline, captions) and links reach at least 4.5:1. The high-contrast mode
(``contrast``) goes further: body text at least 12:1 (white on black), links in yellow and
underlined. Every mode names a focus colour that reaches 3:1 against its window and background,
so the keyboard focus can be seen in each of them (WCAG 2.4.7 / 1.4.11).
"""

from __future__ import annotations

from typing import NamedTuple


# A NamedTuple, not a frozen dataclass: this module loads before the window's first frame,
# where a dataclass costs ~5 M instructions (~1 ms) to create and a NamedTuple a tenth of that.
class ReadingColours(NamedTuple):
    """The colours of one reading mode, as ``#rrggbb`` strings."""

    name: str
    background: str
    text: str
    """Body text."""
    heading: str
    muted: str
    """Byline, date, captions, the feed's name."""
    link: str
    rule: str
    """Hairlines: the rule under the header, table borders."""
    quote: str
    """Block quotes' text."""
    code_background: str
    placeholder: str
    """The box drawn for an image that is not in the cache."""
    quote_bar: str = "#bdbdbd"
    """The rule beside a block quote."""
    dark: bool = False
    window: str = ""
    """The window frame (panes, lists) around the article, for the application palette."""
    selection: str = ""
    action_decoration: str = "none"
    """The article's own action links (Open original, Copy link): quiet, except where every
    link must be underlined (high contrast)."""
    focus: str = "#0b57a4"
    """The frame drawn around the pane that has the keyboard focus (>= 3:1 on window and
    background)."""


READING_COLOURS: dict[str, ReadingColours] = {
    "light": ReadingColours(
        name="light",
        background="#ffffff",
        text="#1f1f1f",
        heading="#111111",
        muted="#555555",
        link="#0b57a4",
        rule="#dcdcdc",
        quote="#333333",
        code_background="#f3f3f3",
        placeholder="#e6e6e6",
        window="#f3f3f3",
        selection="#cfe3fa",
        focus="#0b57a4",
    ),
    "sepia": ReadingColours(
        name="sepia",
        background="#f6efdf",
        text="#33281a",
        heading="#24190c",
        muted="#5e4c35",
        link="#7c3210",
        rule="#dccfb2",
        quote="#44382a",
        code_background="#ede3cc",
        placeholder="#e4d8bd",
        quote_bar="#c4ad80",
        window="#ece2cb",
        selection="#e5cf9f",
        focus="#7c3210",
    ),
    "dark": ReadingColours(
        name="dark",
        background="#18191b",
        text="#e2dfd8",
        heading="#f2f0ea",
        muted="#a9a59c",
        link="#8ab4f8",
        rule="#3a3c40",
        quote="#cfccc4",
        code_background="#26282b",
        placeholder="#2c2e31",
        quote_bar="#5f636a",
        dark=True,
        window="#202124",
        selection="#2d4a6e",
        focus="#8ab4f8",
    ),
    # High contrast: white on black (21:1), yellow links (19.6:1) and focus, no greys below
    # 12:1 for text; a selection dark enough for white text on it (>= 7:1).
    "contrast": ReadingColours(
        name="contrast",
        background="#000000",
        text="#ffffff",
        heading="#ffffff",
        muted="#e8e8e8",
        link="#ffff00",
        rule="#ffffff",
        quote="#ffffff",
        code_background="#1a1a1a",
        placeholder="#333333",
        quote_bar="#ffffff",
        dark=True,
        window="#000000",
        selection="#1a3f99",
        action_decoration="underline",
        focus="#ffff00",
    ),
}

HIGH_CONTRAST_MIN = 12.0
"""The body-text contrast the high-contrast mode keeps (tests/ui/test_high_contrast.py)."""


def colours_for(mode: str) -> ReadingColours:
    """The colours of a resolved mode (``light``, ``sepia``, ``dark`` or ``contrast``); light
    when unknown."""
    return READING_COLOURS.get(mode, READING_COLOURS["light"])


def _channel(value: int) -> float:
    c = value / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour (0 black .. 1 white)."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1.0 to 21.0."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)
