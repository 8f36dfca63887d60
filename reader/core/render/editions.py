"""The article page's quiet "Also in: English, Français" line: the other language editions
its page announces, each a ``broadsheet:edition/<tag>`` link the view turns into a switch."""

from __future__ import annotations

import html as htmllib

from reader.core.parsed import SimplifiedArticle
from reader.core.render.byline import isolate
from reader.core.simplify.alternates import language_name, other_editions

MAX_SHOWN = 12
"""More editions than this are left off the line (it must stay one quiet line)."""


def editions_line(simplified: SimplifiedArticle | None, label: str) -> str:
    """``<p class="meta">Also in: ...</p>``, or ``""`` when the page names no other edition.

    Every name is escaped and isolated (a right-to-left name keeps its place in a
    left-to-right line); the tags in the links are normalized ones, so they are plain ASCII."""
    if simplified is None or not simplified.alternates:
        return ""
    offered = other_editions(simplified.alternates, simplified.lang)[:MAX_SHOWN]
    if not offered:
        return ""
    links = ", ".join(
        f'<a class="action" href="broadsheet:edition/{htmllib.escape(tag)}">'
        f"{htmllib.escape(isolate(language_name(tag)))}</a>"
        for tag, _ in offered
    )
    return f'<p class="meta">{htmllib.escape(label)} {links}</p>'
