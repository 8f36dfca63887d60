"""Hypothesis strategies for hostile markup and feeds: pieces known to hurt (script, handlers,
javascript: spellings, structure bombs, entities, spoofing characters) combined at random."""

from __future__ import annotations

import html as htmllib
import re

from hypothesis import strategies as st

from tests.core.test_feeds_hostile import PAYLOADS

SCHEMES = ["javascript:", "JaVaScRiPt:", " java\tscript:", "vbscript:", "data:text/html,",
           "file:///", "ms-msdt:", "feed:", "http://", "https://", "//", "mailto:", "", "cache:"]  # fmt: skip
TAGS = ["p", "div", "a", "img", "script", "style", "iframe", "svg", "math", "table", "tr", "td",
        "blockquote", "noscript", "object", "form", "b", "figure", "picture", "source", "base"]  # fmt: skip
ATTRIBUTES = ["href", "src", "onerror", "onload", "style", "srcset", "srcdoc", "formaction",
              "xlink:href", "width", "height", "alt", "title", "dir", "action", "data"]  # fmt: skip
SPOOF = ["\u202e", "\u2066", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff", "\x00", "\x1b"]
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from([*"ab <>&;\"'=/#:()", *SPOOF, "م", "ی", "👩", "\u0301"]),
        st.characters(codec="utf-8"),
    ),
    max_size=20,
)


@st.composite
def attribute(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(ATTRIBUTES))
    value = draw(st.sampled_from(SCHEMES)) + draw(TEXT)
    if draw(st.booleans()):
        value = (
            "".join(f"&#{ord(c)};" if draw(st.booleans()) else c for c in value[:12]) + value[12:]
        )
    quote = draw(st.sampled_from(['"', "'", ""]))
    return f" {name}={quote}{value.replace(quote, '') if quote else value.replace(' ', '')}{quote}"


@st.composite
def fragment(draw: st.DrawFn, depth: int = 0) -> str:
    """A random piece of hostile HTML."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 4 if depth < 3 else 2))
        if kind == 0:
            parts.append(htmllib.escape(draw(TEXT)) if draw(st.booleans()) else draw(TEXT))
        elif kind == 1:
            parts.append(draw(st.sampled_from(PAYLOADS)))
        elif kind == 2:
            tag = draw(st.sampled_from(TAGS))
            attrs = "".join(draw(st.lists(attribute(), max_size=3)))
            parts.append(f"<{tag}{attrs}>")
        else:
            tag = draw(st.sampled_from(TAGS))
            attrs = "".join(draw(st.lists(attribute(), max_size=2)))
            inner = draw(fragment(depth + 1))
            parts.append(f"<{tag}{attrs}>{inner}</{tag}>")
    return "".join(parts)


def cdata(text: str) -> str:
    """``text`` as one CDATA section, whatever it holds."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


@st.composite
def rss_feed(draw: st.DrawFn) -> bytes:
    """An RSS document with hostile titles and bodies (sometimes broken on purpose)."""
    items = []
    for i in range(draw(st.integers(0, 4))):
        title = draw(st.one_of(TEXT, fragment()))
        body = draw(fragment())
        wrap = draw(st.sampled_from(["escape", "cdata", "raw"]))
        body_xml = {"escape": htmllib.escape(body), "cdata": cdata(body), "raw": body}[wrap]
        link = draw(st.sampled_from(SCHEMES)) + "x.example/" + str(i)
        items.append(
            f"<item><title>{htmllib.escape(title)}</title><link>{htmllib.escape(link)}</link>"
            f"<guid>{i}</guid><description>{body_xml}</description>"
            f"<pubDate>{htmllib.escape(draw(TEXT))}</pubDate></item>"
        )
    prolog = draw(st.sampled_from([
        '<?xml version="1.0" encoding="utf-8"?>', "", '<?xml version="1.0" encoding="iso-8859-1"?>',
        '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">]>', '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd">',
    ]))  # fmt: skip
    document = (
        f'{prolog}<rss version="2.0"><channel><title>{htmllib.escape(draw(TEXT))}</title>'
        f"<link>https://x.example/</link>{''.join(items)}</channel></rss>"
    )
    data = document.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):  # cut, or flip bytes
        cut = draw(st.integers(0, len(data)))
        data = (
            data[:cut]
            if draw(st.booleans())
            else data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
        )
    return data


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(html: str) -> str:
    """``html`` without the control characters lxml refuses (they are text, and harmless),
    so an oracle can parse it."""
    return _CONTROLS.sub("", html)
