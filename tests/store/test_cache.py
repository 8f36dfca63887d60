"""The on-disk cache: atomic writes, rebuilt folders, LRU eviction that keeps starred articles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reader.core.parsed import SimplifiedArticle
from reader.errors import StoreError
from reader.store.cache import ArticleCache, image_key, image_urls

ROOT = Path(__file__).resolve().parents[2]
# A PNG signature and header (1 x 1 px), padded: the cache checks what the bytes are.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x00\x00\x01" * 2 + b"\x08\x02\x00\x00\x00"
).ljust(108, b"\x00")


def article(n: int, *images: str, body: int = 0) -> SimplifiedArticle:
    imgs = "".join(f'<figure><img src="{u}" alt=""></figure>' for u in images)
    return SimplifiedArticle(
        title=f"Article {n}",
        byline="A. Writer",
        published=datetime(2025, 3, n % 28 + 1, 8, 30, tzinfo=UTC),
        lead_image="",
        lang="en",
        html=f"<p>Body {n}</p>{imgs}<p>{'x' * body}</p>",
        text=f"Body {n}",
    )


@pytest.fixture
def root(profile: Path) -> Path:
    return profile / "cache"


def _age(path: Path, seconds_ago: float) -> None:
    when = datetime.now(UTC).timestamp() - seconds_ago
    os.utime(path, (when, when))


def test_article_round_trip(root: Path) -> None:
    cache = ArticleCache(root)
    rtl = SimplifiedArticle(
        title="עברית",
        published=datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2))),
        direction="rtl",
        html="<p dir='rtl'>שלום</p>",
        text="שלום",
        lead_image="https://example.org/lead.jpg",
    )
    assert not cache.has_article(7)
    assert cache.get_article(7) is None
    cache.put_article(7, rtl)
    assert cache.has_article(7)
    got = cache.get_article(7)
    assert got == SimplifiedArticle(
        title="עברית",
        published=datetime(2025, 1, 2, 1, 4, 5, tzinfo=UTC),
        direction="rtl",
        html="<p dir='rtl'>שלום</p>",
        text="שלום",
        lead_image="https://example.org/lead.jpg",
    )
    assert (
        got is not None and got.published is not None and got.published.utcoffset() == timedelta(0)
    )
    cache.put_article(8, SimplifiedArticle(title="no date"))
    assert cache.get_article(8) == SimplifiedArticle(title="no date")


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b'{"title": 3}', b"[1, 2]", b"\xff\xfe", b'{"title": "t", "published": "x"}'],
)
def test_damaged_article_reads_as_none(root: Path, content: bytes) -> None:
    cache = ArticleCache(root)
    cache.put_article(1, article(1))
    (root / "articles" / "1.json").write_bytes(content)
    assert cache.get_article(1) is None
    assert not cache.has_article(1)  # dropped, so it is fetched again


def test_images_and_key_validation(root: Path) -> None:
    cache = ArticleCache(root)
    url = "https://example.org/a.png?x=1&y=2"
    key = cache.put_image(url, PNG, "image/png; charset=binary")
    assert key == image_key(url) and len(key) == 64
    assert cache.has_image(url)
    assert cache.image(key) == PNG
    assert cache.image_with_type(key) == (PNG, "image/png")
    for bad in [
        "",
        key.upper(),
        key[:-1],
        key + "0",
        "../" + key[3:],
        "..",
        "/etc/passwd",
        "g" * 64,
        key[:63] + "\n",
        None,
    ]:
        assert cache.image(bad) is None  # type: ignore[arg-type]
    assert cache.image("0" * 64) is None


@pytest.mark.parametrize(
    "content_type",
    ["text/html", "", "application/octet-stream", "image/svg+xml", "image/", "imagex/png"],
)
def test_put_image_refuses_what_is_not_a_picture(root: Path, content_type: str) -> None:
    cache = ArticleCache(root)
    with pytest.raises(StoreError):
        cache.put_image("https://example.org/x", b"<svg/>", content_type)
    assert not cache.has_image("https://example.org/x")


def test_image_urls_from_html() -> None:
    a = SimplifiedArticle(
        title="t",
        lead_image="https://e.org/lead.jpg",
        html="<img src=\"https://e.org/1.png?a=1&amp;b=2\"><IMG alt=x SRC='https://e.org/2.png'>"
        '<img data-src="https://e.org/no.png"><img src=https://e.org/3.png>',
    )
    assert image_urls(a) == [
        "https://e.org/lead.jpg",
        "https://e.org/1.png?a=1&b=2",
        "https://e.org/2.png",
        "https://e.org/3.png",
    ]


def test_deleted_root_is_rebuilt(root: Path) -> None:
    cache = ArticleCache(root)
    cache.put_article(1, article(1))
    cache.put_image("https://e.org/1.png", PNG, "image/png")
    shutil.rmtree(root)
    assert cache.get_article(1) is None
    assert cache.image(image_key("https://e.org/1.png")) is None
    assert cache.size() == 0
    assert cache.evict() == 0
    cache.remove_articles([1])
    cache.put_article(2, article(2))
    cache.put_image("https://e.org/2.png", PNG, "image/png")
    assert cache.get_article(2) == article(2)
    assert cache.image(image_key("https://e.org/2.png")) == PNG
    assert ArticleCache(root / "never" / "made").get_article(1) is None


def test_failed_write_leaves_no_file(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ArticleCache(root)
    cache.put_article(1, article(1))

    def no_space(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(StoreError, match="disk full"):
        cache.put_article(1, article(99))
    monkeypatch.undo()
    assert cache.get_article(1) == article(1)  # the old copy, whole
    assert [p.name for p in (root / "articles").iterdir()] == ["1.json"]


_CRASHING_WRITER = r"""
import os, sys
from pathlib import Path
from reader.core.parsed import SimplifiedArticle
from reader.store.cache import ArticleCache
cache = ArticleCache(Path(sys.argv[1]))
cache.put_article(1, SimplifiedArticle(title="whole"))
os.replace = lambda src, dst: os._exit(9)  # die between writing the temp file and the rename
cache.put_article(1, SimplifiedArticle(title="never seen", html="x" * 100000))
"""


def test_crash_mid_write_keeps_the_old_file_and_temp_is_removed_at_start(root: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CRASHING_WRITER, str(root)], cwd=ROOT, capture_output=True
    )
    assert done.returncode == 9, done.stderr
    leftovers = [p for p in (root / "articles").iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1 and leftovers[0].stat().st_size > 100000
    cache = ArticleCache(root)
    assert [p.name for p in (root / "articles").iterdir()] == ["1.json"]
    assert cache.get_article(1) == SimplifiedArticle(title="whole")


def test_start_keeps_a_live_writers_temp_file_but_removes_old_ones(root: Path) -> None:
    folder = root / "images" / "ab"
    folder.mkdir(parents=True)
    mine = folder / f".{'ab' * 32}.{os.getpid()}.k2j3h4.tmp"
    mine.write_bytes(b"being written")
    stale = folder / f".{'ab' * 32}.{os.getpid()}.zzzzzz.tmp"
    stale.write_bytes(b"left over")
    _age(stale, 3600)
    unnamed = root / "articles" / ".weird.tmp"
    unnamed.parent.mkdir(parents=True)
    unnamed.write_bytes(b"?")
    ArticleCache(root)
    assert mine.exists()
    assert not stale.exists() and not unnamed.exists()


def test_eviction_is_least_recently_read_first_and_keeps_starred(root: Path) -> None:
    cache = ArticleCache(root, max_bytes=10**9)
    shared = "https://e.org/shared.png"
    for n in range(1, 6):
        cache.put_article(n, article(n, f"https://e.org/{n}.png", shared, body=2000))
        cache.put_image(f"https://e.org/{n}.png", PNG * 10, "image/png")
        _age(root / "articles" / f"{n}.json", 1000 - n)  # 1 is the oldest
    cache.put_image(shared, PNG, "image/png")
    cache.put_image("https://e.org/orphan.png", PNG, "image/png")
    _age(
        root
        / "images"
        / image_key("https://e.org/orphan.png")[:2]
        / image_key("https://e.org/orphan.png"),
        5000,
    )
    assert cache.get_article(1) is not None  # reading 1 makes it the most recent
    total = cache.size()
    assert cache.evict(keep={2}) == 0  # under the cap: nothing to do

    one_article = (
        (root / "articles" / "3.json").stat().st_size + len(PNG) * 10 + len(b"image/png\n")
    )
    cache.max_bytes = total - 2 * one_article + 10
    freed = cache.evict(keep={2})
    assert freed > 0 and cache.size() == total - freed <= cache.max_bytes
    # Orphan first, then the least recently read that is not starred: 3 and 4 (2 is kept).
    assert not cache.has_image("https://e.org/orphan.png")
    assert [n for n in range(1, 6) if cache.has_article(n)] == [1, 2, 5]
    assert not cache.has_image("https://e.org/3.png") and not cache.has_image("https://e.org/4.png")
    assert cache.has_image("https://e.org/2.png") and cache.has_image(shared)

    cache.max_bytes = 0
    cache.evict(keep={2})
    assert [n for n in range(1, 6) if cache.has_article(n)] == [2]
    assert cache.has_image(shared) and cache.has_image("https://e.org/2.png")  # 2 shows them
    assert cache.get_article(2) is not None


def test_remove_articles_keeps_images_others_use(root: Path) -> None:
    cache = ArticleCache(root)
    shared = "https://e.org/shared.png"
    cache.put_article(1, article(1, shared, "https://e.org/only1.png"))
    cache.put_article(2, article(2, shared))
    for url in (shared, "https://e.org/only1.png"):
        cache.put_image(url, PNG, "image/png")
    cache.remove_articles([1, 99])
    assert not cache.has_article(1)
    assert not cache.has_image("https://e.org/only1.png")
    assert cache.has_image(shared)
    # A second cache object (another thread's) knows nothing in memory and still agrees.
    ArticleCache(root).remove_articles([2])
    assert not cache.has_image(shared)


def test_threads_write_and_read_together(root: Path) -> None:
    cache = ArticleCache(root, max_bytes=20_000)
    errors: list[BaseException] = []

    def work(base: int) -> None:
        try:
            for n in range(base, base + 40):
                cache.put_article(n, article(n, body=500))
                cache.get_article(n - 1)
                if n % 10 == 0:
                    cache.evict()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(b,)) for b in (0, 1000, 2000, 3000)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    cache.evict()
    assert cache.size() <= 20_000
    assert not [p for p in (root / "articles").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file kinds")
@pytest.mark.parametrize("kind", ["pipe", "device", "folder"])
def test_an_entry_that_is_no_file_reads_as_missing_and_never_blocks(root: Path, kind: str) -> None:
    # Before, a named pipe at an entry's path blocked the reader for ever (the window's pane, or
    # the eviction's scan), and a link to /dev/zero read until memory ran out.
    cache = ArticleCache(root)
    cache.put_article(2, article(2))
    key = image_key("https://example.org/x.png")
    planted = [cache._article_path(1), cache._image_path(key)]
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "pipe":
            os.mkfifo(path)
        elif kind == "device":
            path.symlink_to("/dev/zero")
        else:
            path.mkdir()
    answers: dict[str, object] = {}

    def read_all() -> None:
        answers["article"] = cache.get_article(1)
        answers["image"] = cache.image_with_type(key)
        answers["size"] = cache.size()
        answers["evicted"] = cache.evict()
        answers["other"] = cache.get_article(2)

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert not reader.is_alive(), "blocked on the planted entry"
    assert answers["article"] is None and answers["image"] is None
    assert answers["size"] == len(cache._article_path(2).read_bytes())  # the planted count 0
    assert answers["evicted"] == 0  # well under the limit
    assert answers["other"] == article(2)  # the real entries are untouched
