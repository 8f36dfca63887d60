"""An XHTML page (or a feed body that is a whole document) whose doctype declares entities,
``<!DOCTYPE html [ <!ENTITY ...> ]>``: an HTML parser ends the doctype at its first ``>``, so the
rest of the subset ("]>") became text at the top of the reader view, with the page's <title>
after it, and the ``<html lang>`` was lost. The subset is cut out before any HTML parse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.core.doctype import without_internal_subset
from reader.core.feeds.discovery import discover_feeds
from reader.core.render.sanitize import sanitize_html
from reader.core.simplify.pipeline import simplify
from tests.props import PROPERTY, PROPERTY_SLOW

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPH = "<p>" + "The council voted on the new budget for the river bridge today. " * 4 + "</p>"

_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_values = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='"&%<'),
    max_size=20,
)
_entity = st.builds(lambda n, v: f'<!ENTITY {n} "{v}">', _names, _values)
_comment = st.builds(lambda t: f"<!-- {t} -->", _values.filter(lambda t: "--" not in t))
_subsets = st.lists(st.one_of(_entity, _comment), min_size=0, max_size=5).map("\n  ".join)
_prologs = st.sampled_from(["", '<?xml version="1.0" encoding="utf-8"?>\n', "\ufeff", "<!-- x -->"])
_doctypes = st.sampled_from(
    [
        "<!DOCTYPE html",
        "<!doctype html",
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
        '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd"',
    ]
)


def page(prolog: str, doctype: str, subset: str, lang: str = "fr") -> str:
    return (
        f"{prolog}{doctype} [\n  {subset}\n]>\n"
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"><head><title>The story</title>'
        '<link rel="alternate" type="application/rss+xml" href="/feed.xml" title="Feed"/>'
        f"</head><body>{PARAGRAPH * 3}</body></html>"
    )


@PROPERTY_SLOW
@given(_prologs, _doctypes, _subsets)
def test_the_reader_view_shows_no_part_of_the_subset(
    prolog: str, doctype: str, subset: str
) -> None:
    article = simplify(page(prolog, doctype, subset), "https://example.org/story")
    assert "]>" not in article.text and "]&gt;" not in article.html
    assert not article.text.startswith("The story")
    assert article.text.startswith("The council voted")
    assert article.lang == "fr"


@PROPERTY
@given(_prologs, _doctypes, _subsets)
def test_a_whole_document_as_a_feed_body_keeps_only_its_body(
    prolog: str, doctype: str, subset: str
) -> None:
    clean = sanitize_html(page(prolog, doctype, subset), "https://example.org/")
    assert clean.strip() == PARAGRAPH * 3


@PROPERTY
@given(_prologs, _doctypes, _subsets)
def test_discovery_reads_the_head_of_such_a_page(prolog: str, doctype: str, subset: str) -> None:
    body = page(prolog, doctype, subset).encode("utf-8")
    found = discover_feeds(body, "https://example.org/story", "text/html")
    assert [f.url for f in found] == ["https://example.org/feed.xml"]


@PROPERTY
@given(st.text(max_size=200), st.sampled_from(["", "<!DOCTYPE html [", "<!doctype x [ ]>"]))
def test_cutting_is_idempotent_and_the_same_for_text_and_bytes(text: str, start: str) -> None:
    markup = start + text
    once = without_internal_subset(markup)
    assert without_internal_subset(once) == once
    if markup.isascii():
        assert without_internal_subset(markup.encode()) == once.encode()
    if "<!doctype" not in markup.lower():
        assert once == markup


def test_quotes_and_comments_inside_the_subset_do_not_end_it() -> None:
    markup = "<!DOCTYPE html [ <!ENTITY a \"x]>y\"> <!-- ]> --> <!ENTITY b '['> ]><p>z</p>"
    assert without_internal_subset(markup) == "<!DOCTYPE html ><p>z</p>"


def test_an_unclosed_subset_or_a_late_doctype_is_left_alone() -> None:
    for markup in ('<!DOCTYPE html [ <!ENTITY a "b"><p>z</p>', "<p>z</p><!DOCTYPE html [ ]>"):
        assert without_internal_subset(markup) == markup


def test_the_command_line_simplifies_such_a_page_without_the_stray_text(tmp_path: Path) -> None:
    path = tmp_path / "story.xhtml"
    path.write_text(page('<?xml version="1.0"?>\n', "<!DOCTYPE html", '<!ENTITY b "B">'))
    run = subprocess.run(
        [sys.executable, "-m", "reader", "--profile", str(tmp_path / "p"), "simplify", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("The story\n\nThe council voted")
    assert "]>" not in run.stdout
