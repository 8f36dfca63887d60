"""cut_inside_an_item: a feed document that ends inside an item is told from one that is whole
or lacks only its closing channel/root tags (RSS, RDF, Atom, prefixed names)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.truncated import cut_inside_an_item
from tests.props import PROPERTY

_TEXT = st.text(st.sampled_from("ab <>&;/itemnry:\n"), max_size=12).map(
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
)


@st.composite
def _documents(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["rss", "atom", "rdf", "prefixed"]))
    texts = draw(st.lists(_TEXT, min_size=1, max_size=4))
    if kind == "atom":
        items = "".join(
            f"<entry><id>{i}</id><title>{t}</title></entry>\n" for i, t in enumerate(texts)
        )
        return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>\n{items}</feed>'
    if kind == "prefixed":
        items = "".join(
            f"<a:entry><a:id>{i}</a:id><a:title>{t}</a:title></a:entry>"
            for i, t in enumerate(texts)
        )
        return f'<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>x</a:title>{items}</a:feed>'
    if kind == "rdf":
        items = "".join(
            f'<item rdf:about="u{i}"><title>{t}</title></item>' for i, t in enumerate(texts)
        )
        return (
            f'<rdf:RDF xmlns:rdf="r"><channel><items><rdf:Seq/></items></channel>{items}</rdf:RDF>'
        )
    items = "".join(
        f"<item><guid>{i}</guid><description>{t}</description></item>" for i, t in enumerate(texts)
    )
    return f'<rss version="2.0"><channel><title>x</title><item/>{items}</channel></rss>\n'


@PROPERTY
@given(_documents(), st.data())
def test_a_cut_inside_an_item_is_told_from_a_whole_document(doc: str, data: st.DataObject) -> None:
    body = doc.encode()
    assert not cut_inside_an_item(body)
    spans = [
        (m.start(), m.end())
        for m in re.finditer(rb"<(?:a:)?(item|entry)[ >].*?</(?:a:)?\1>", body, re.S)
    ]
    start, end = data.draw(st.sampled_from(spans))
    opened = body.index(b">", start) + 1  # a cut open tag: the parsers see no item at all
    cut = data.draw(st.integers(min_value=opened, max_value=end - 1))
    assert cut_inside_an_item(body[:cut])
    last_end = spans[-1][1]
    assert not cut_inside_an_item(body[: data.draw(st.integers(last_end, len(body)))])
