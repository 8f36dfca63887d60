"""The article text a page declares in its JSON-LD (schema.org ``articleBody``), as a fallback
for pages whose HTML body holds little of it: script-built pages ship the text in the JSON-LD and
an empty shell (or only a teaser, a dialog, a cookie form) in the HTML."""

from __future__ import annotations

from typing import Any

from reader.core.simplify import dom

MIN_DECLARED = 1000
"""Characters a declared body needs to be trusted over the page's own blocks."""
FOUND_SHARE = 0.3
"""When the extracted block holds less than this share of the declared body's character
trigrams (and is less than half as long), the declared body replaces it."""


def use_declared_body(article: Any, body: str) -> bool:
    """Replace the children of ``article`` (the extracted block) by the paragraphs of ``body``
    when ``body`` is long and the block holds little of it. Returns True when it did."""
    text = " ".join(body.split())
    if len(text) < MIN_DECLARED:
        return False
    if "<" in body and ">" in body:
        body = _markup_text(body)
        text = " ".join(body.split())
        if len(text) < MIN_DECLARED:
            return False
    found = dom.inner_text(article)
    if len(found) * 2 >= len(text) or _share(found, text) >= FOUND_SHARE:
        return False
    from lxml import html as lxml_html

    for child in list(article):
        article.remove(child)
    article.text = None
    for line in body.splitlines():
        line = " ".join(line.split())
        if line:
            paragraph = lxml_html.Element("p")
            paragraph.text = line
            article.append(paragraph)
    return True


def _markup_text(body: str) -> str:
    """The text of an ``articleBody`` written as HTML, one block a line."""
    from reader.core.simplify.text import html_to_text

    return html_to_text(body)


def _share(found: str, declared: str) -> float:
    """Share of ``declared``'s character trigrams that ``found`` holds."""
    want = {declared[i : i + 3] for i in range(len(declared) - 2)}
    have = {found[i : i + 3] for i in range(len(found) - 2)}
    return len(want & have) / len(want) if want else 1.0
