"""RELIABILITY H5: capping deep nesting keeps the text inside and after the deep part."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from reader.core.render.sanitize import MAX_DEPTH, sanitize_html


def _depth(fragment: str) -> int:
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    return max(len(list(el.iterancestors())) for el in root.iter())


@pytest.mark.parametrize("levels", [300, 1500])
def test_deep_nesting_is_flattened_without_losing_what_follows(levels: int) -> None:
    page = "<p>before</p>" + "<div>" * levels + "deep" + "</div>" * levels + "<p>after</p>"
    out = sanitize_html(page, "https://example.org/")
    assert "before" in out and "deep" in out and "after" in out
    assert _depth(out) <= MAX_DEPTH + 2
