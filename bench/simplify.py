"""Reader-view quality and speed on the reader-view corpus, against raw readability-lxml.

Usage: python bench/simplify.py [--corpus DIR] [--worst N] [--page NAME ...]

Metric (the corpus README): both texts split into case-folded ``\\w+`` words; the multiset of
word 4-grams (a text shorter than 4 words is one gram); per page precision = overlap / produced,
recall = overlap / expected; precision and recall averaged over pages; F1 of the two averages.
A page that raises counts as empty (precision and recall 0). Pages marked ``readerable: false``
in their metadata are not articles: refusing them (ExtractError) is reported apart.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.simplify.pipeline import decode_html, html_to_text, simplify  # noqa: E402
from reader.errors import ExtractError  # noqa: E402

DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus" / "reader-view"
PAGE_URL = "http://fakehost/test/page.html"
_WORD = re.compile(r"\w+")


def grams(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of word 4-grams of ``text`` (the whole text as one gram when shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) < 4:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + 4]) for i in range(len(words) - 3))


def score(produced: str, expected: str) -> tuple[float, float]:
    """(precision, recall) of ``produced`` against ``expected``."""
    got, want = grams(produced), grams(expected)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else (1.0 if not got else 0.0)
    return precision, recall


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall."""
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Run:
    """Scores and times of one extractor over the corpus."""

    name: str
    precision: dict[str, float] = field(default_factory=dict)
    recall: dict[str, float] = field(default_factory=dict)
    ms: list[float] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)

    def add(self, page: str, text: str | None, expected: str, ms: float) -> None:
        """Record one page (``text`` None: it raised)."""
        self.ms.append(ms)
        if text is None:
            self.failed.append(page)
            text = ""
        elif not text.strip():
            self.empty.append(page)
        self.precision[page], self.recall[page] = score(text, expected)

    def summary(self, pages: list[str] | None = None) -> tuple[float, float, float]:
        """Averaged precision, recall and their F1 over ``pages`` (default all)."""
        pages = pages if pages is not None else list(self.precision)
        if not pages:
            return 0.0, 0.0, 0.0
        p = statistics.fmean(self.precision[k] for k in pages)
        r = statistics.fmean(self.recall[k] for k in pages)
        return p, r, f1(p, r)

    def page_f1(self, page: str) -> float:
        """F1 of one page."""
        return f1(self.precision[page], self.recall[page])


_BY = re.compile(r"^(?:by|par|von|por)\s+", re.I)


def _norm(value: object, key: str = "") -> str:
    text = " ".join(str(value or "").split()).casefold()
    # Readability.js keeps a "By " prefix from the page's byline node; we strip it.
    return _BY.sub("", text) if key == "byline" else text


def main(argv: list[str] | None = None) -> int:
    """Run the bench and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--page", action="append", help="only these pages (folder names)")
    parser.add_argument("--no-baseline", action="store_true", help="skip raw readability-lxml")
    parser.add_argument("--show-meta", action="store_true", help="print metadata mismatches")
    parser.add_argument("--big", action="store_true", help="also time generated 5 MiB pages")
    args = parser.parse_args(argv)
    if args.big:
        big_pages()

    corpus: Path = args.corpus.resolve()
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}; skipping (use --corpus DIR)")
        return 0
    folders = sorted(p for p in corpus.iterdir() if (p / "source.html").is_file())
    if args.page:
        folders = [p for p in folders if p.name in set(args.page)]

    from readability import Document

    ours, base = Run("reader.simplify"), Run("readability-lxml")
    meta_hits: Counter[str] = Counter()
    mismatches: list[str] = []
    non_articles: list[str] = []
    refused_non_articles: list[str] = []
    for folder in folders:
        name = folder.name
        html = decode_html((folder / "source.html").read_bytes(), "text/html")
        expected = html_to_text((folder / "expected.html").read_text(encoding="utf-8"))
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        if meta.get("readerable") is False:
            non_articles.append(name)

        start = time.perf_counter()
        try:
            article = simplify(html, PAGE_URL)
        except ExtractError:
            article = None
        ours.add(name, article.text if article else None, expected, _ms(start))
        if article is None and name in non_articles:
            refused_non_articles.append(name)

        if not args.no_baseline:
            start = time.perf_counter()
            try:
                raw = Document(html).summary()
            except Exception:  # the baseline's own failures are part of its score
                raw = None
            base.add(name, html_to_text(raw) if raw is not None else None, expected, _ms(start))

        got = {
            "title": article.title if article else "",
            "byline": article.byline if article else "",
            "lang": article.lang if article else "",
            "dir": article.direction if article else "",
        }
        want = {
            "title": meta.get("title"),
            "byline": meta.get("byline"),
            "lang": meta.get("lang"),
            "dir": meta.get("dir") or "ltr",
        }
        for key in got:
            if _norm(got[key], key) == _norm(want[key], key):
                meta_hits[key] += 1
            else:
                mismatches.append(
                    f"  {name:36} {key:6} got {got[key]!r:.60} want {want[key]!r:.60}"
                )

    count = len(folders)
    articles = [f.name for f in folders if f.name not in non_articles]
    print(f"corpus: {corpus} ({count} pages, {len(non_articles)} marked not readerable)")
    header = f"{'':18} {'precision':>9} {'recall':>7} {'F1':>6} {'F1 art.':>7} {'failed':>6} {'empty':>5} {'median ms':>9}"
    print(header)
    runs = [ours] if args.no_baseline else [ours, base]
    for run in runs:
        p, r, f = run.summary()
        fa = run.summary(articles)[2]
        med = statistics.median(run.ms) if run.ms else 0.0
        print(
            f"{run.name:18} {p:9.4f} {r:7.4f} {f:6.4f} {fa:7.4f} {len(run.failed):6d} "
            f"{len(run.empty):5d} {med:9.1f}"
        )
    if not args.no_baseline and base.ms:
        ratio = statistics.median(ours.ms) / max(statistics.median(base.ms), 1e-9)
        print(f"median time ratio (ours / readability-lxml): {ratio:.2f}x")
    below = [k for k in articles if ours.page_f1(k) < 0.5]
    print(f"article pages below F1 0.5: {len(below)} {below}")
    print(
        f"not-readerable pages refused: {len(refused_non_articles)}/{len(non_articles)} "
        f"{refused_non_articles}"
    )
    if ours.failed:
        print(f"raised ExtractError: {ours.failed}")
    print("metadata match: " + ", ".join(f"{k} {meta_hits[k] / count:.1%}" for k in got))
    print(f"worst {args.worst} pages (ours):")
    for name in sorted(ours.precision, key=ours.page_f1)[: args.worst]:
        base_f1 = f" baseline F1 {base.page_f1(name):.3f}" if name in base.precision else ""
        print(
            f"  {name:36} F1 {ours.page_f1(name):.3f} P {ours.precision[name]:.3f} "
            f"R {ours.recall[name]:.3f}{base_f1}"
        )
    if args.show_meta:
        print("metadata mismatches:")
        print("\n".join(mismatches))
    return 0


def big_pages() -> None:
    """Time generated pages just under the 5 MiB cap (CPU seconds) and print the peak memory."""
    import resource

    from reader.core.simplify.pipeline import MAX_PAGE_BYTES

    para = (
        "<p>The council met on Tuesday, and after a long debate, agreed to repair the old "
        "library roof before winter, to hire two more librarians, and to open the reading "
        "room on Sundays.</p>"
    )

    def page(body: str) -> str:
        return f"<html><head><title>T</title></head><body>{body}</body></html>"

    def fit(markup: str, marker: str) -> str:
        return markup[: markup.rfind(marker, 0, MAX_PAGE_BYTES - 10_000)]

    item = '<div class="item"><a href="/p/{i}">Headline number {i} about the town</a> <span>{h} hours ago</span></div>'
    farm = fit("".join(item.format(i=i, h=i % 24) for i in range(45_000)), "<div")
    prose = "".join(
        f"<div class='para-wrap'><p>{i} {para[3:-4]} <a href='/x'>link</a>.</p></div>"
        for i in range(30_000)
    )
    shapes = {
        "headline-link farm + article": page(f"<div>{farm}</div><article>{para * 20}</article>"),
        "headline-link farm only": page(farm),
        "tiny link divs": page(
            fit(
                "".join(
                    f'<div class="c{i % 7}"><span>w{i}</span><a href="/{i}">l</a></div>'
                    for i in range(130_000)
                ),
                "<div",
            )
        ),
        "long article": page("<div class='content'>" + fit(prose, "<div") + "</div>"),
        "90k-row table": page(
            para * 5
            + "<table>"
            + "<tr><td>cell, a</td><td>value, b</td><td>more</td></tr>" * 90_000
            + "</table>"
        ),
        "100k nested divs": page(para * 5 + "<div>" * 100_000 + "x" + "</div>" * 100_000),
    }
    print("5 MiB pages (CPU seconds):")
    for name, html in shapes.items():
        start = time.process_time()
        try:
            outcome = f"{len(simplify(html, PAGE_URL).text)} chars of text"
        except ExtractError as exc:
            outcome = f"ExtractError: {exc}"
        size = len(html.encode()) / 2**20
        print(f"  {name:30} {size:5.2f} MiB {time.process_time() - start:6.2f} s  {outcome}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS of this process: {peak:.0f} MB")


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    raise SystemExit(main())
