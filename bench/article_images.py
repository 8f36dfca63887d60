"""GUI-thread time of an article with twelve 8000 x 8000 PNGs (issue 9 item 2).

    python bench/article_images.py [--runs 3]

Baseline, in the same run: the old way, every image decoded on the GUI thread while the page
is laid out (``decode_image`` called from ``loadResource``, as before the fix). Now: the view as
it is (headers read on the GUI thread, decodes in the decoder threads within the article's
pixel budget). For each, the GUI thread's longest stall is measured by a 1 ms ticker while the
page is shown and its pictures settle; the time until every picture is settled is printed too.
Prints medians and the ratio; Qt runs offscreen. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication

from reader.core.render.body import MAX_IMAGE_HEIGHT_RATIO
from reader.ui.article_view import ArticleView
from reader.ui.reading_resources import decode_image
from tests.imagekit import big_png
from tests.ui.test_hostile_images import DictCache, _article


class OldView(ArticleView):
    """The view before the fix: images decoded in ``loadResource``, on the GUI thread."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        address = url.toString() if isinstance(url, QUrl) else str(url)
        if int(kind) == 2 and address.startswith("cache:"):
            data = self._cache.image(address[6:])
            column = self.column_px()
            image = decode_image(data, column, round(column * MAX_IMAGE_HEIGHT_RATIO))
            return image if image is not None else self._placeholder()
        return super().loadResource(kind, url)


def one_run(app: QApplication, view_class: type[ArticleView], png: bytes) -> tuple[float, float]:
    """(longest GUI stall, seconds until the pictures settled) for one article."""
    urls = [f"https://news.example/huge-{i}.png" for i in range(12)]
    view = view_class(DictCache(dict.fromkeys(urls, png)))
    view.resize(1200, 800)
    view.show()
    html = "".join(f'<p>Picture {i}</p><p><img src="{u}"></p>' for i, u in enumerate(urls))
    last = [time.perf_counter()]
    worst = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    ticker.start()
    app.processEvents()
    started = last[0] = time.perf_counter()
    view.show_article(_article(html), None)
    view.document().size()
    view.viewport().update()
    while view.pictures.pending() and time.perf_counter() - started < 300:
        app.processEvents()
    settled = time.perf_counter() - started
    tick()
    ticker.stop()
    view.close()
    view.deleteLater()
    app.processEvents()
    return worst[0], settled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    png = big_png(8000, 8000)
    results: dict[str, list[tuple[float, float]]] = {"old (GUI thread)": [], "now": []}
    for _ in range(args.runs):
        results["old (GUI thread)"].append(one_run(app, OldView, png))
        results["now"].append(one_run(app, ArticleView, png))
    medians = {}
    for name, runs in results.items():
        stall = statistics.median(r[0] for r in runs)
        settled = statistics.median(r[1] for r in runs)
        medians[name] = stall
        print(f"{name:>18}: longest GUI stall {stall * 1000:8.0f} ms, settled in {settled:6.2f} s")
    ratio = medians["old (GUI thread)"] / max(medians["now"], 1e-6)
    print(f"longest GUI stall, old / now: {ratio:.0f}x")


if __name__ == "__main__":
    main()
