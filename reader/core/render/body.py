"""Rewrite sanitized article HTML into the subset QTextBrowser lays out well.

A streaming pass (``html.parser``, no tree, no recursion) that

- keeps only the tags QTextBrowser knows, mapping HTML5 ones to those (``figure`` -> ``div``,
  ``figcaption`` -> a caption paragraph, ``mark`` -> a highlighted span ...);
- rewrites every ``<img src>`` to ``cache:<sha256(url)>`` so the view never loads a URL itself, and
  gives each image a width no wider than the text column (its height follows, in proportion);
- caps the nesting depth and the output size, so a structure bomb cannot stall the view;
- escapes every text and attribute value it writes.
"""

from __future__ import annotations

import html as htmllib
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from reader.core.render.sanitize import is_web_url
from reader.core.urls import clean_mailto

MAX_DEPTH = 24
"""Deeper elements are flattened into their parent (their text is kept)."""
MAX_OUTPUT_CHARS = 3_000_000
CACHE_SCHEME = "cache:"
MAX_IMAGE_HEIGHT_RATIO = 1.1
"""An image is at most this many times the column's width tall (portrait photos)."""
IMAGE_BLOCK_STYLE = ' style="line-height: 100%"'

# tag -> (output tag, extra attributes)
_MAP: dict[str, tuple[str, str]] = {
    "figure": ("div", ' class="figure"'),
    "figcaption": ("p", ' class="caption"'),
    "picture": ("", ""),
    "time": ("span", ""),
    "abbr": ("span", ""),
    "mark": ("span", ' class="mark"'),
    "del": ("s", ""),
    "ins": ("u", ""),
    "details": ("div", ""),
    "summary": ("p", ' class="summary"'),
    "h1": ("h2", ""),
    "q": ("span", ""),
}
_KEEP = frozenset(
    {
        "a", "b", "blockquote", "br", "caption", "cite", "code", "dd", "dfn", "div", "dl", "dt",
        "em", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s",
        "samp", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "u", "ul", "var",
    }
)  # fmt: skip
_TABLE = '<table class="quotebox" width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
_BAR = '<td class="bar" width="3"></td>'
QUOTE_OPEN = _TABLE + _BAR + '<td class="quote"><blockquote class="boxed">'
QUOTE_CLOSE = "</blockquote></td></tr></table>"
# Qt lays tables out left to right whatever the direction: put the bar on the right by hand.
QUOTE_OPEN_RTL = _TABLE + '<td class="quote"><blockquote class="boxed" dir="rtl">'
QUOTE_CLOSE_RTL = "</blockquote></td>" + _BAR + "</tr></table>"
MAX_TABLE_NESTING = 2
_TABLE_PARTS = frozenset({"tr", "td", "th", "thead", "tbody", "tfoot", "caption"})
_FLAT_TABLE: dict[str, tuple[str, str]] = {
    "tr": ("div", ""),
    "td": ("div", ""),
    "th": ("div", ""),
    "caption": ("p", ""),
}
_SLANTED = frozenset({"em", "i", "cite", "dfn", "var"})
_VOID = frozenset({"br", "hr", "img"})
_BLOCKS = frozenset(
    {"p", "div", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt", "td", "th"}
)
_ATTRS: dict[str, frozenset[str]] = {
    "a": frozenset({"href"}),
    "ol": frozenset({"start"}),
    "td": frozenset({"colspan", "rowspan"}),
    "th": frozenset({"colspan", "rowspan"}),
}


def image_key(url: str) -> str:
    """The cache key of an image URL: the same formula as ``reader.store.cache.image_key``."""
    # Imported here: hashlib loads OpenSSL (~11 M instructions), which a page without
    # pictures (the window's welcome page, before its first frame) never needs.
    import hashlib

    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def cache_src(url: str) -> str:
    """The ``cache:`` address the article view serves for an image URL."""
    return CACHE_SCHEME + image_key(url)


def _int_attr(value: str | None) -> int | None:
    if not value:
        return None
    digits = value.strip().removesuffix("px").strip()
    if not digits.isdigit() or len(digits) > 6:
        return None
    number = int(digits)
    return number if number > 0 else None


def image_tag(url: str, alt: str, width: int | None, height: int | None, column_px: int) -> str:
    """An ``<img>`` for ``url`` that fits the text column (``column_px`` wide and at most
    :data:`MAX_IMAGE_HEIGHT_RATIO` times that tall), its aspect ratio kept."""
    attrs = f'src="{cache_src(url)}"'
    if alt:
        attrs += f' alt="{htmllib.escape(alt[:300])}"'
    if width:
        scale = min(1.0, column_px / width) if column_px > 0 else 1.0
        if height and column_px > 0:
            scale = min(scale, column_px * MAX_IMAGE_HEIGHT_RATIO / height)
        attrs += f' width="{max(1, round(width * scale))}"'
        if height:
            attrs += f' height="{max(1, round(height * scale))}"'
    return f"<img {attrs}>"


@dataclass
class _Open:
    """One open element: how to close it in the output."""

    tag: str
    closer: str
    block: bool = False
    table: bool = False
    """A table is open in the output (Qt lays nested tables out slowly: at most
    :data:`MAX_TABLE_NESTING`)."""


class _Rewriter(HTMLParser):
    def __init__(
        self,
        column_px: int,
        direction: str,
        skip_image: str,
        has_image: Callable[[str], bool] | None,
    ) -> None:
        super().__init__(convert_charrefs=True)
        self.has_image = has_image
        self.column_px = column_px
        self.rtl = direction == "rtl"
        self.skip_image = skip_image
        self.out: list[str] = []
        self.size = 0
        self.stack: list[_Open] = []
        self.block_at: list[int] = []  # index in ``out`` of each open block's start tag
        self.tables = 0  # tables open in the output
        self.dropped_tables = 0  # tables flattened (too deep): their parts become blocks
        self.truncated = False
        self.images: list[str] = []

    def _emit(self, text: str) -> None:
        if self.truncated:
            return
        self.size += len(text)
        if self.size > MAX_OUTPUT_CHARS:
            self.truncated = True
            return
        self.out.append(text)

    def _output_name(self, tag: str) -> tuple[str, str]:
        name, extra = _MAP.get(tag, (tag if tag in _KEEP else "", ""))
        if self.rtl and name in _SLANTED:
            name = "b"  # RTL fonts rarely have italics; emphasis is set in bold
        if tag in _TABLE_PARTS and (self.dropped_tables or not self.tables):
            name, extra = _FLAT_TABLE.get(tag, ("", ""))
        return name, extra

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "") for k, v in attrs}
        if tag == "img":
            self._image(values)
            return
        if tag in _VOID:
            name = _MAP.get(tag, (tag if tag in _KEEP else "", ""))[0]
            if name:
                self._emit(f"<{name}>")
            return
        name, extra = self._output_name(tag)
        if len(self.stack) >= MAX_DEPTH:
            name = ""
        quote = "“" if tag == "q" else ""
        if tag == "table" and name and self.tables >= MAX_TABLE_NESTING:
            self.stack.append(_Open(tag, ""))
            self.dropped_tables += 1
            return
        if name == "blockquote" and self.tables == 0 and not self.dropped_tables:
            # a top-level quote: a rule beside it, drawn by a two-cell table
            self.stack.append(_Open(tag, QUOTE_CLOSE_RTL if self.rtl else QUOTE_CLOSE, True, True))
            self.block_at.append(-1)
            self.tables += 1
            self._emit(QUOTE_OPEN_RTL if self.rtl else QUOTE_OPEN)
            return
        if not name:
            self.stack.append(_Open(tag, "”" if quote else ""))
            self._emit(quote)
            return
        text = f"<{name}{extra}"
        if name == "a" and values.get("href", "").strip().lower().startswith("mailto:"):
            # stored before the sanitizer cleaned mailto: links (the click handler does too)
            values["href"] = clean_mailto(values["href"])
        for attr in sorted(_ATTRS.get(name, ())):
            if attr in values:
                text += f' {attr}="{htmllib.escape(values[attr])}"'
        block = name in _BLOCKS
        if block:
            direction = values.get("dir", "").lower()
            if direction in ("rtl", "ltr"):
                text += f' dir="{direction}"'
            elif self.rtl:
                text += ' dir="rtl"'
            self.block_at.append(len(self.out) if not self.truncated else -1)
        is_table = name == "table"
        if is_table:
            self.tables += 1
            text += ' border="1" cellspacing="0" cellpadding="6"'
        self.stack.append(_Open(tag, ("”" if quote else "") + f"</{name}>", block, is_table))
        self._emit(text + ">" + quote)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.stack:
            return
        # nh3 output is well formed: the end tag closes the element on top of the stack.
        self._close(self.stack.pop(), self._emit)

    def _close(self, item: _Open, write: Callable[[str], None]) -> None:
        if item.block and self.block_at:
            self.block_at.pop()
        if item.table:
            self.tables -= 1
        elif item.tag == "table" and not item.closer and self.dropped_tables:
            self.dropped_tables -= 1
        if item.closer:
            write(item.closer)

    def handle_data(self, data: str) -> None:
        self._emit(htmllib.escape(data, quote=False))

    def _image(self, values: dict[str, str]) -> None:
        src = values.get("src", "").strip()
        if not is_web_url(src) or src == self.skip_image:
            return
        if self.has_image is not None and not self.has_image(src):
            return  # not cached (yet): no empty box in the text
        self.images.append(src)
        tag = image_tag(
            src,
            values.get("alt", ""),
            _int_attr(values.get("width")),
            _int_attr(values.get("height")),
            self.column_px,
        )
        if self.truncated:
            return
        if self.block_at and self.block_at[-1] >= 0:
            # A proportional line height would stretch the image's line: keep it single.
            index = self.block_at[-1]
            start = self.out[index]
            if IMAGE_BLOCK_STYLE not in start:
                self.out[index] = start[:-1] + IMAGE_BLOCK_STYLE + ">"
            self._emit(tag)
        else:
            self._emit(f"<p{IMAGE_BLOCK_STYLE}>{tag}</p>")

    def result(self) -> str:
        while self.stack:
            self._close(self.stack.pop(), self.out.append)
        return "".join(self.out)


def rewrite_body(
    html: str,
    *,
    column_px: int = 0,
    direction: str = "ltr",
    skip_image: str = "",
    has_image: Callable[[str], bool] | None = None,
) -> tuple[str, tuple[str, ...], bool]:
    """Rewrite sanitized ``html`` for the view.

    Returns ``(html, image_urls, truncated)``. ``skip_image`` (the lead image, shown above the
    body) is left out when the body repeats it; with ``has_image``, images it says are not
    cached are left out.
    """
    parser = _Rewriter(column_px, direction, skip_image, has_image)
    parser.feed(html)
    parser.close()
    return parser.result(), tuple(parser.images), parser.truncated
