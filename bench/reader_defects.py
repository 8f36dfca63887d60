"""Three reader-view defects the wide corpus's segment metric does not see, counted per half.

Usage: python bench/reader_defects.py [--jobs J] [--show]

The segment metric asks whether wanted sentences are in the text; it is blind to a headline
shown twice, to a short breadcrumb trail and to a title's suffix. This counts, on the wide
corpus's pages (dev and held halves as in ``bench/simplify.py``), the pages whose reader view:

- ``title again``: has, above its first paragraph of prose, a heading that says the shown title
  again (:func:`reader.core.simplify.dom.repeats_title`);
- ``breadcrumb``: shows the text of one of the page's breadcrumb trails (an element whose class
  or id says "breadcrumb", or whose schema.org / RDFa type is a breadcrumb), compared without
  white space;
- ``site in title``: shows a title whose last part, after a spaced separator of one or two
  signs, is the site's name (``og:site_name`` or the address's host, as the display's
  :func:`reader.core.render.byline.strip_site_suffix` knows it).
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from simplify import Page, find_corpus, wide_pages  # noqa: E402

from reader.core.render import byline  # noqa: E402
from reader.core.simplify import dom, rules  # noqa: E402
from reader.core.simplify.extract import parse_page  # noqa: E402
from reader.core.simplify.pipeline import simplify  # noqa: E402
from reader.errors import ExtractError  # noqa: E402

_CRUMB = re.compile(r"breadcrumb", re.I)
_LAST_PART = re.compile(r"\s+[^\w\s\"'„“”«()\[\]]{1,2}\s+(?=[^\s])")


def _marked(element: Any) -> bool:
    marks = (
        element.get(name) or "" for name in ("class", "id", "itemtype", "typeof", "aria-label")
    )
    return bool(_CRUMB.search(" ".join(marks)))


def _crumb_texts(doc: Any) -> list[str]:
    """The text of each whole trail (an outermost marked element), without white space."""
    texts = []
    for element in doc.iter():
        if not isinstance(element.tag, str) or not _marked(element):
            continue
        if any(_marked(parent) for parent in element.iterancestors()):
            continue  # an item of a trail: its words alone are often in the story too
        text = re.sub(r"\s+", "", element.text_content())
        if 10 <= len(text) <= 300:
            texts.append(text)
    return texts


def _site_name(doc: Any) -> str:
    for meta in doc.iter("meta"):
        if (meta.get("property") or "").strip().lower() == "og:site_name":
            return meta.get("content") or ""
    return ""


def measure(page: Page) -> dict[str, Any]:
    """The three defects on one page (all False when the page is refused)."""
    html = Path(page.path).read_bytes().decode("utf-8", "replace")
    found = {"name": page.name, "half": page.half, "title again": False, "breadcrumb": False}
    found["site in title"] = False
    try:
        article = simplify(html, page.url)
    except ExtractError:
        return found
    doc = parse_page(html)
    names = byline.site_names(_site_name(doc), link=page.url)
    shown = byline.strip_site_suffix(article.title, names)
    parts = _LAST_PART.split(shown)
    found["site in title"] = len(parts) > 1 and byline._is_site(parts[-1], names)
    body = parse_page(article.html)
    for node in body.iter("p", *dom.HEADINGS):
        text = dom.inner_text(node)
        if node.tag == "p":
            if rules.is_prose(node, text):
                break
        elif dom.repeats_title(shown, text):
            found["title again"] = True
            break
    flat = re.sub(r"\s+", "", article.text)
    found["breadcrumb"] = any(text in flat for text in _crumb_texts(doc))
    return found


def main() -> None:
    """Count the defects per half of the wide corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="name the pages")
    args = parser.parse_args()
    corpus = find_corpus("reader-view-wide")
    if corpus is None:
        sys.exit("the wide corpus is not beside the checkout")
    pages = wide_pages(corpus)
    if args.jobs > 1:
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            results = pool.map(measure, pages, chunksize=8)
    else:
        results = [measure(page) for page in pages]
    for kind in ("title again", "breadcrumb", "site in title"):
        counts = Counter(r["half"] for r in results if r[kind])
        print(f"{kind:14} dev {counts['dev']:3d}  held {counts['held']:3d}")
        if args.show:
            for r in results:
                if r[kind]:
                    print(f"    {r['half']:4} {r['name']}")


if __name__ == "__main__":
    main()
