"""Reader-view quality and speed on both corpora, against raw readability-lxml in the same run.

Usage: python bench/simplify.py [--corpus mozilla|wide|both] [--sample N] [--jobs J] [--worst N]

- Mozilla corpus (``shared/corpus/reader-view``, 130 pages): both texts split into case-folded
  ``\\w+`` words; the multiset of word 4-grams (a text shorter than 4 words is one gram); per page
  precision = overlap / produced, recall = overlap / expected; precision and recall averaged over
  pages; F1 of the two averages. Pages marked ``readerable: false`` are not articles: refusing
  them (ExtractError) is reported apart.
- Wide corpus (``shared/corpus/reader-view-wide``, 990 pages; its README and ``score.py``): a
  "with" segment found in the whitespace-normalised text is a true positive, a missing one a
  false negative, a "without" segment found a false positive; P, R and F1 from the summed counts
  (the same metric as its ``score.py``, which this reproduces). Reported per language too.

Both extractors are timed on the same page in the same process, one after the other; the ratio
of the medians is what the speed budget is about. ``--sample N`` takes N pages per corpus (a
fixed random choice, ``--seed``) for quick iteration; the figures to quote come from a full run.

The wide corpus is also reported in two halves split by site (:func:`half`: a hash of the page's
domain, so all pages of one site fall in the same half): rules are developed on the "dev" half and
kept only when they also raise F1 on the "held" half (``--half`` runs one half only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.simplify.pipeline import decode_html, html_to_text, simplify  # noqa: E402
from reader.errors import ExtractError  # noqa: E402

PAGE_URL = "http://fakehost/test/page.html"
SMALL_LANGUAGE = 10
"""Languages with fewer wide-corpus pages than this are reported together as "other"."""
_WORD = re.compile(r"\w+")
_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_STOPWORDS = {
    "de": {"der", "die", "und", "das", "nicht", "mit", "ist", "ein", "eine", "für"},
    "en": {"the", "and", "of", "to", "is", "that", "with", "for", "this", "are"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "pour", "dans", "que"},
    "es": {"el", "la", "los", "y", "de", "que", "en", "una", "por", "con"},
}


def find_corpus(name: str) -> Path | None:
    """``shared/corpus/NAME`` beside the checkout (main) or two levels up (a worktree)."""
    for base in (REPO.parent, REPO.parent.parent):
        folder = base / "shared" / "corpus" / name
        if folder.is_dir():
            return folder.resolve()
    return None


# ---- metrics -------------------------------------------------------------------------------


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


def norm(text: str) -> str:
    """Whitespace-normalised text, as the wide corpus's score.py compares it."""
    return " ".join(text.split())


def segments(text: str, item: dict[str, Any]) -> dict[str, list[str]]:
    """The wide corpus's verdict on one text: which wanted / unwanted segments it holds."""
    out = norm(text)
    return {
        "fn": [w for w in item["with"] if norm(w) not in out],
        "fp": [w for w in item["without"] if norm(w) in out],
        "n_with": [str(len(item["with"]))],
        "n_without": [str(len(item["without"]))],
    }


# ---- the two extractors ---------------------------------------------------------------------


def ours(html: str, url: str) -> tuple[str | None, Any]:
    """Our text (None when refused) and the article."""
    try:
        article = simplify(html, url)
    except ExtractError:
        return None, None
    return article.text, article


def baseline_mozilla(html: str, url: str) -> str | None:
    """Raw readability-lxml, as plain text the way our own text is made."""
    from readability import Document

    try:
        return html_to_text(Document(html).summary())
    except Exception:  # the baseline's own failures are part of its score
        return None


def baseline_wide(html: str, url: str) -> str | None:
    """Raw readability-lxml exactly as the wide corpus's score.py runs it."""
    from lxml import html as lxml_html
    from readability import Document

    try:
        summary = Document(html, url=url).summary(html_partial=True)
        return str(lxml_html.fromstring(summary).text_content())
    except Exception:
        return None


def _timed(function: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    result = function(*args)
    return result, (time.perf_counter() - start) * 1000


# ---- one page (runs in a worker) ------------------------------------------------------------


@dataclass
class Page:
    """One page to measure: where it is and what it should give."""

    corpus: str
    name: str
    path: str
    url: str = PAGE_URL
    lang: str = ""
    half: str = ""
    item: dict[str, Any] = field(default_factory=dict)


def measure(task: tuple[Page, bool]) -> dict[str, Any]:
    """Scores and times of both extractors on one page."""
    page, with_baseline = task
    result: dict[str, Any] = {
        "corpus": page.corpus,
        "name": page.name,
        "lang": page.lang,
        "half": page.half,
    }
    if page.corpus == "mozilla":
        folder = Path(page.path)
        html = decode_html((folder / "source.html").read_bytes(), "text/html")
        expected = html_to_text((folder / "expected.html").read_text(encoding="utf-8"))
        (text, article), result["ms_ours"] = _timed(ours, html, page.url)
        result["ours"] = (*score(text or "", expected), text is None, not (text or "").strip())
        result["meta"] = {
            "title": article.title if article else "",
            "byline": article.byline if article else "",
            "lang": article.lang if article else "",
            "dir": article.direction if article else "",
        }
        if with_baseline:
            raw, result["ms_base"] = _timed(baseline_mozilla, html, page.url)
            result["base"] = (*score(raw or "", expected), raw is None, not (raw or "").strip())
        return result
    html = Path(page.path).read_bytes().decode("utf-8", "replace")  # as score.py reads it
    (text, _article), result["ms_ours"] = _timed(ours, html, page.url)
    result["ours"] = segments(text or "", page.item)
    if with_baseline:
        raw, result["ms_base"] = _timed(baseline_wide, html, page.url)
        result["base"] = segments(raw or "", page.item)
    return result


# ---- the corpora ----------------------------------------------------------------------------


def mozilla_pages(corpus: Path) -> list[Page]:
    """The Mozilla corpus's pages (folders with a source.html)."""
    folders = sorted(p for p in corpus.iterdir() if (p / "source.html").is_file())
    pages = []
    for folder in folders:
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        page = Page("mozilla", folder.name, str(folder), item={"meta": meta})
        pages.append(page)
    return pages


def wide_pages(corpus: Path) -> list[Page]:
    """The wide corpus's scored pages, unpacked once into the temporary folder as score.py does."""
    cache = Path(tempfile.gettempdir()) / "reader-view-wide-pages"
    if not (cache / "pages").is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        with tarfile.open(corpus / "pages.tar.xz") as archive:
            archive.extractall(cache, filter="data")
    data = json.loads((corpus / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in data.items():
        path = cache / "pages" / item["file"]
        lang = language(path.read_bytes()[:30_000], item["with"])
        pages.append(Page("wide", item["file"], str(path), url, lang, half(url), item))
    counts = Counter(p.lang for p in pages)
    for page in pages:
        if counts[page.lang] < SMALL_LANGUAGE:
            page.lang = "other"
    return pages


def site(url: str) -> str:
    """The domain a wide-corpus page comes from: an archived page's original one, and for the
    corpus's "hard::NAME.html" keys the domain the name starts with ("iwr.de.IWR-x" -> iwr.de)."""
    archived = re.match(r"https?://web\.archive\.org/web/[^/]+/(.+)$", url)
    if archived:
        url = archived.group(1)
    if url.startswith("hard::"):
        labels = url.removeprefix("hard::").removesuffix(".html").split("-")[0].split(".")
        while len(labels) > 2 and (len(labels[-1]) > 3 or not labels[-1].islower()):
            labels.pop()
        return ".".join(labels).lower()
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def half(url: str) -> str:
    """The half ("dev" or "held") of the wide corpus a page is in, by a hash of its site."""
    return "dev" if hashlib.sha256(site(url).encode()).digest()[0] % 2 == 0 else "held"


def language(head: bytes, wanted: list[str]) -> str:
    """The page's declared language, else a guess from its wanted segments' common words."""
    match = _HTML_LANG.search(head)
    if match:
        return match.group(1).decode("ascii").lower()
    words = Counter(_WORD.findall(" ".join(wanted).casefold()))
    hits = {lang: sum(words[w] for w in common) for lang, common in _STOPWORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    return best if hits[best] else "other"


# ---- reports --------------------------------------------------------------------------------


def _mozilla_prf(results: list[dict[str, Any]], key: str) -> tuple[float, float, float]:
    rows = [r[key] for r in results if key in r]
    if not rows:
        return 0.0, 0.0, 0.0
    p = statistics.fmean(row[0] for row in rows)
    r = statistics.fmean(row[1] for row in rows)
    return p, r, f1(p, r)


def _wide_prf(results: list[dict[str, Any]], key: str) -> tuple[float, float, float]:
    tp = fn = fp = 0
    for result in results:
        if key not in result:
            continue
        verdict = result[key]
        fn += len(verdict["fn"])
        fp += len(verdict["fp"])
        tp += int(verdict["n_with"][0]) - len(verdict["fn"])
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, f1(p, r)


def _median_ms(results: list[dict[str, Any]], key: str) -> float:
    times = [r[key] for r in results if key in r]
    return statistics.median(times) if times else 0.0


def _row(label: str, results: list[dict[str, Any]], prf: Callable[..., Any]) -> str:
    p, r, f = prf(results, "ours")
    line = f"{label:22} {len(results):5d}  {p:6.4f} {r:6.4f} {f:6.4f} {_median_ms(results, 'ms_ours'):7.1f}"
    if any("base" in x for x in results):
        bp, br, bf = prf(results, "base")
        base_ms = _median_ms(results, "ms_base")
        ratio = _median_ms(results, "ms_ours") / max(base_ms, 1e-9)
        line += f"   {bp:6.4f} {br:6.4f} {bf:6.4f} {base_ms:7.1f} {ratio:5.2f}x"
    return line


def report(results: list[dict[str, Any]], worst: int, show_meta: bool) -> None:
    """Print the side-by-side table, metadata matches and the worst pages."""
    mozilla = [r for r in results if r["corpus"] == "mozilla"]
    wide = [r for r in results if r["corpus"] == "wide"]
    print(f"{'':22} {'':5}  {'reader.simplify':^35}   {'readability-lxml':^35}")
    head = f"{'P':>6} {'R':>6} {'F1':>6} {'med ms':>7}"
    print(f"{'corpus':22} {'pages':>5}  {head}   {head} {'ratio':>6}")
    if mozilla:
        print(_row("mozilla (4-gram)", mozilla, _mozilla_prf))
    if wide:
        print(_row("wide (segments)", wide, _wide_prf))
        for name in ("dev", "held"):
            print(_row(f"  wide {name} half", [r for r in wide if r["half"] == name], _wide_prf))
        for lang, _count in Counter(r["lang"] for r in wide).most_common():
            print(_row(f"  wide {lang}", [r for r in wide if r["lang"] == lang], _wide_prf))
    if any("base" in r for r in results):
        ours_ms, base_ms = _median_ms(results, "ms_ours"), _median_ms(results, "ms_base")
        print(
            f"all {len(results)} pages: median ms {ours_ms:.1f} (ours) / {base_ms:.1f} "
            f"(readability-lxml) = {ours_ms / max(base_ms, 1e-9):.2f}x"
        )
    if mozilla:
        _report_mozilla(mozilla, worst, show_meta)
    if wide and worst:
        print(f"worst {worst} wide pages (ours): missing (-) and unwanted (+) segments")
        ranked = sorted(wide, key=lambda r: len(r["ours"]["fn"]) + len(r["ours"]["fp"]))
        for result in reversed(ranked[-worst:]):
            print(f"  {result['name']} [{result['lang']}]")
            for kind, mark in (("fn", "-"), ("fp", "+")):
                for seg in result["ours"][kind]:
                    print(f"      {mark} {seg[:100]!r}")


def _report_mozilla(results: list[dict[str, Any]], worst: int, show_meta: bool) -> None:
    hits: Counter[str] = Counter()
    mismatches = []
    for result in results:
        want = result["want"]
        for key, got in result["meta"].items():
            if _norm_meta(got, key) == _norm_meta(want[key], key):
                hits[key] += 1
            else:
                mismatches.append(
                    f"  {result['name']:36} {key:6} got {got!r:.60} want {want[key]!r:.60}"
                )
    count = len(results)
    print(
        "mozilla metadata match: "
        + ", ".join(f"{k} {hits[k] / count:.1%}" for k in ("title", "byline", "lang", "dir"))
    )
    refused = [r["name"] for r in results if r["ours"][2]]
    non_articles = [r["name"] for r in results if not r["readerable"]]
    print(f"mozilla refused (ExtractError): {refused}; marked not readerable: {non_articles}")
    if show_meta:
        print("\n".join(mismatches))
    ranked = sorted(results, key=lambda r: f1(r["ours"][0], r["ours"][1]))[:worst]
    if ranked:
        print(f"worst {worst} mozilla pages (ours):")
    for r in ranked:
        base = f" baseline F1 {f1(r['base'][0], r['base'][1]):.3f}" if "base" in r else ""
        print(
            f"  {r['name']:36} F1 {f1(r['ours'][0], r['ours'][1]):.3f} P {r['ours'][0]:.3f} R {r['ours'][1]:.3f}{base}"
        )


_BY = re.compile(r"^(?:by|par|von|por)\s+", re.I)


def _norm_meta(value: object, key: str = "") -> str:
    text = " ".join(str(value or "").split()).casefold()
    # Readability.js keeps a "By " prefix from the page's byline node; we strip it.
    return _BY.sub("", text) if key == "byline" else text


# ---- main -----------------------------------------------------------------------------------


def collect(args: argparse.Namespace) -> list[Page]:
    """The pages this run measures (all, or a fixed sample of each corpus)."""
    pages: list[Page] = []
    for name, folder, loader in (
        ("mozilla", "reader-view", mozilla_pages),
        ("wide", "reader-view-wide", wide_pages),
    ):
        if args.corpus not in (name, "both"):
            continue
        corpus = find_corpus(folder)
        if corpus is None:
            print(f"corpus {folder} not found beside the checkout; skipping it")
            continue
        found = loader(corpus)
        if args.lang:
            found = [p for p in found if p.corpus != "wide" or p.lang == args.lang]
        if args.half:
            found = [p for p in found if p.corpus != "wide" or p.half == args.half]
        if args.page:
            found = [p for p in found if p.name in set(args.page)]
        if args.sample and args.sample < len(found):
            found = random.Random(args.seed).sample(found, args.sample)
        pages.extend(found)
    return pages


def main(argv: list[str] | None = None) -> int:
    """Run the bench and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("mozilla", "wide", "both"), default="both")
    parser.add_argument("--sample", type=int, default=0, help="N pages per corpus (fixed choice)")
    parser.add_argument("--seed", type=int, default=0, help="which sample --sample takes")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (at most 2 here)")
    parser.add_argument("--lang", help="only wide-corpus pages of this language")
    parser.add_argument("--half", choices=("dev", "held"), help="only this half of the wide corpus")
    parser.add_argument("--page", action="append", help="only these pages (names)")
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--no-baseline", action="store_true", help="skip raw readability-lxml")
    parser.add_argument("--show-meta", action="store_true", help="print metadata mismatches")
    parser.add_argument("--json-out", type=Path, help="write per-page results here")
    parser.add_argument("--big", action="store_true", help="also time generated 5 MiB pages")
    args = parser.parse_args(argv)
    if args.big:
        big_pages()
    pages = collect(args)
    if not pages:
        return 0
    tasks = [(page, not args.no_baseline) for page in pages]
    if args.jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            results = pool.map(measure, tasks, chunksize=4)
    else:
        results = [measure(task) for task in tasks]
    for page, result in zip(pages, results, strict=True):
        if page.corpus == "mozilla":
            meta = page.item["meta"]
            result["readerable"] = meta.get("readerable") is not False
            result["want"] = {
                "title": meta.get("title"),
                "byline": meta.get("byline"),
                "lang": meta.get("lang"),
                "dir": meta.get("dir") or "ltr",
            }
    report(results, args.worst, args.show_meta)
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=1), encoding="utf-8")
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


if __name__ == "__main__":
    raise SystemExit(main())
