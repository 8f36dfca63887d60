"""The allowlist sanitizer every piece of stored HTML passes (feed bodies and reader views).

nh3 (ammonia) does the allowlisting; before it, lxml resolves relative URLs against an http(s)
base and caps nesting depth and table size, so a structure bomb cannot reach the view.
"""

from __future__ import annotations

import html as htmllib
import re
from urllib.parse import urljoin, urlsplit

import nh3

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q",
        "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
    }
)  # fmt: skip

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"lang", "dir", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "ol": {"start", "reversed"},
    "blockquote": {"cite"},
    "q": {"cite"},
}

URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

_WS = re.compile(r"\s+")


def is_web_url(url: str) -> bool:
    """True for an absolute http or https URL with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def absolute_url(url: str, base: str) -> str:
    """``url`` resolved against ``base``; ``""`` unless the result is http(s)."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        joined = urljoin(base, url) if is_web_url(base) else url
    except ValueError:
        return ""
    return joined if is_web_url(joined) else ""


def sanitize_html(html: str, base_url: str = "") -> str:
    """Return ``html`` with only allowlisted tags, attributes and http(s)/mailto links.

    Relative links and image sources are resolved against ``base_url`` when it is http(s),
    otherwise dropped. Sanitizing twice gives the same result as once.
    """
    if not html:
        return ""

    def attribute_filter(tag: str, attr: str, value: str) -> str | None:
        if attr in ("href", "src", "cite"):
            if tag == "a" and attr == "href" and value.strip().lower().startswith("mailto:"):
                return value.strip()
            resolved = absolute_url(value, base_url)
            return resolved or None
        return value

    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        attribute_filter=attribute_filter,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def plain_text(fragment: str, limit: int = 1000) -> str:
    """Text of a title/author that may hold markup or entities, on one line, at most ``limit`` chars.

    The result is meant for plain-text widgets only; it is never HTML.
    """
    if not fragment:
        return ""
    text = nh3.clean(fragment, tags=set(), strip_comments=True) if "<" in fragment else fragment
    text = htmllib.unescape(text)
    text = "".join(ch for ch in text if ch.isprintable() or ch in " \t\n")
    text = _WS.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
