"""What the reader view still gets wrong on the wide corpus, grouped into classes of pattern.

Usage: python bench/simplify_misses.py [--jobs 2] [--json-out F] [--examples N] [--lang de]

For every wide-corpus page (``shared/corpus/reader-view-wide``): the segments kept that must not
be (false positives) with the output line that holds each and where it sits (top / middle / end
of the text), and the segments lost that must be there (false negatives), told apart as: the
page was refused, the segment is not in the page's text at all (script-built or mis-decoded),
or it was lost by extraction. The kept segments are then grouped by a rough class (date, share,
related, credit, author, newsletter, comment, tags, legal, other) and position, most frequent
first, with examples: fix a class at a time, not a page.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.simplify import find_corpus, norm, wide_pages  # noqa: E402

CLASSES = [
    (
        "date",
        r"\b(?:19|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{1,2}:\d\d\b|updated|"
        r"aktualisiert|publié|publicado|veröffentlicht|stand:",
    ),
    (
        "share",
        r"share|teilen|partager|compartir|facebook|twitter|whatsapp|linkedin|e-?mail|"
        r"drucken|print|tweet|pinterest|udostępnij",
    ),
    (
        "related",
        r"related|read more|more from|lesen sie|weiterlesen|auch interessant|mehr zum|"
        r"lire aussi|à lire|leer más|también|recommended|you may|popular|most read|zobacz",
    ),
    ("credit", r"foto|photo|bild|image|credit|©|\(c\)|getty|reuters|dpa|afp|imago|istock"),
    ("author", r"\bby\b|\bvon\b|\bpar\b|\bpor\b|author|autor|redakt|journalist|editor"),
    ("newsletter", r"newsletter|subscribe|abonn|suscr|sign up|anmelden|registr|log ?in"),
    ("comment", r"comment|kommentar|reply|antworten|répondre|responder"),
    ("tags", r"tags?:|schlagw|themen|topics|mots-clés|etiquetas|kategor|categor|filed under"),
    ("legal", r"impressum|datenschutz|privacy|cookie|copyright|all rights|alle rechte|kontakt"),
]
_CLASSES = [(name, re.compile(pattern, re.I)) for name, pattern in CLASSES]


def klass(segment: str) -> str:
    """A rough class of an unwanted segment, from its words."""
    return next((name for name, rx in _CLASSES if rx.search(segment)), "other")


def one(task: tuple[str, str, dict[str, Any]]) -> dict[str, Any]:
    """The misses of one page."""
    from lxml import html as lxml_html

    from reader.core.simplify.pipeline import simplify

    name, path, item = task
    html = Path(path).read_bytes().decode("utf-8", "replace")  # as score.py reads it
    try:
        text, refused = simplify(html, item["url"]).text, False
    except Exception:  # a refused page scores as empty output
        text, refused = "", True
    out = norm(text)
    lines = [norm(line) for line in text.split("\n") if line.strip()]
    result: dict[str, Any] = {"page": name, "refused": refused, "fp": [], "fn": []}
    for segment in map(norm, item["without"]):
        if segment in out:
            line = next((x for x in lines if segment in x), "")
            where = out.find(segment) / max(1, len(out))
            place = "top" if where < 0.15 else "end" if where > 0.85 else "middle"
            result["fp"].append({"segment": segment, "line": line[:300], "place": place})
    try:
        source = norm(lxml_html.fromstring(html).text_content())
    except Exception:
        source = ""
    for segment in map(norm, item["with"]):
        if segment not in out:
            why = "refused" if refused else "lost" if segment in source else "not in page text"
            result["fn"].append({"segment": segment, "why": why})
    return result


def report(rows: list[dict[str, Any]], examples: int) -> None:
    """Print the classes of kept and lost segments, most frequent first, with examples."""
    kept: Counter[tuple[str, str]] = Counter()
    lost: Counter[str] = Counter()
    shown: dict[Any, list[str]] = defaultdict(list)
    for row in rows:
        for miss in row["fp"]:
            key = (klass(miss["segment"]), miss["place"])
            kept[key] += 1
            whole = "whole line" if len(miss["segment"]) >= 0.4 * len(miss["line"]) else "in line"
            shown[key].append(f"{row['page'][:40]} [{whole}] {miss['line'][:120]!r}")
        for miss in row["fn"]:
            lost[miss["why"]] += 1
            shown[miss["why"]].append(f"{row['page'][:40]} {miss['segment'][:100]!r}")
    print(f"pages {len(rows)}: kept-but-must-not {sum(kept.values())}, lost {sum(lost.values())}")
    for key, count in kept.most_common():
        print(f"KEPT {key[0]} at {key[1]}: {count}")
        for line in shown[key][:examples]:
            print("    " + line)
    for why, count in lost.most_common():
        print(f"LOST ({why}): {count}")
        for line in shown[why][:examples]:
            print("    " + line)


def main(argv: list[str] | None = None) -> int:
    """Run over the wide corpus and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--examples", type=int, default=6)
    parser.add_argument("--lang", help="only pages of this language")
    parser.add_argument("--json-out", type=Path, help="write the per-page misses here")
    args = parser.parse_args(argv)
    corpus = find_corpus("reader-view-wide")
    if corpus is None:
        print("corpus reader-view-wide not found beside the checkout")
        return 1
    pages = [p for p in wide_pages(corpus) if not args.lang or p.lang == args.lang]
    tasks = [(p.name, p.path, {**p.item, "url": p.url}) for p in pages]
    if args.jobs > 1:
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            rows = pool.map(one, tasks, chunksize=8)
    else:
        rows = [one(task) for task in tasks]
    if args.json_out:
        args.json_out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    report(rows, args.examples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
