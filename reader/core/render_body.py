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

import hashlib
import html as htmllib
from html.parser import HTMLParser

from reader.core.sanitize import is_web_url

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


class _Rewriter(HTMLParser):
    def __init__(self, column_px: int, direction: str, skip_image: str) -> None:
        super().__init__(convert_charrefs=True)
        self.column_px = column_px
        self.direction = direction
        self.skip_image = skip_image
        self.out: list[str] = []
        self.size = 0
        self.stack: list[str] = []  # output tags ("" for a dropped one)
        self.block_at: list[int] = []  # index in ``out`` of each open block's start tag
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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "") for k, v in attrs}
        if tag == "img":
            self._image(values)
            return
        name, extra = _MAP.get(tag, (tag if tag in _KEEP else "", ""))
        if tag in _VOID:
            if name:
                self._emit(f"<{name}>")
            return
        if len(self.stack) >= MAX_DEPTH:
            name = ""
        self.stack.append(name)
        if not name:
            if tag == "q":
                self._emit("“")
            return
        text = f"<{name}{extra}"
        for attr in sorted(_ATTRS.get(name, ())):
            if attr in values:
                text += f' {attr}="{htmllib.escape(values[attr])}"'
        if name in _BLOCKS:
            direction = values.get("dir", "").lower()
            if direction in ("rtl", "ltr"):
                text += f' dir="{direction}"'
            elif self.direction == "rtl":
                text += ' dir="rtl"'
        if name in _BLOCKS:
            self.block_at.append(len(self.out) if not self.truncated else -1)
        self._emit(text + ">")
        if tag == "q":
            self._emit("“")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.stack:
            return
        expected = _MAP.get(tag, (tag if tag in _KEEP else "", ""))[0]
        # nh3 output is well formed; still, only close what is open at the top.
        name = self.stack.pop()
        if name in _BLOCKS and self.block_at:
            self.block_at.pop()
        if tag == "q":
            self._emit("”")
        if name:
            self._emit(f"</{name}>")
        del expected

    def handle_data(self, data: str) -> None:
        self._emit(htmllib.escape(data, quote=False))

    def _image(self, values: dict[str, str]) -> None:
        src = values.get("src", "").strip()
        if not is_web_url(src) or src == self.skip_image:
            return
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
            name = self.stack.pop()
            if name:
                self.out.append(f"</{name}>")
        return "".join(self.out)


def rewrite_body(
    html: str, *, column_px: int = 0, direction: str = "ltr", skip_image: str = ""
) -> tuple[str, tuple[str, ...], bool]:
    """Rewrite sanitized ``html`` for the view.

    Returns ``(html, image_urls, truncated)``. ``skip_image`` (the lead image, shown above the
    body) is left out when the body repeats it.
    """
    parser = _Rewriter(column_px, direction, skip_image)
    parser.feed(html)
    parser.close()
    return parser.result(), tuple(parser.images), parser.truncated
