"""Simplified articles and their images on disk: atomic writes, a size cap, LRU eviction.

The cache can be deleted at any time; a missing folder is rebuilt, never an error.
Image keys are ``sha256(url)`` hex; the article view asks for ``cache:<key>``.

Layout: ``articles/<id>.json`` (the article plus its image keys), ``images/<key[:2]>/<key>``
(a content-type line, then the bytes). A file's mtime is its last use: eviction removes the least
recently used first."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Collection, Iterator
from pathlib import Path

from reader.core.images import RASTER_TYPES, image_problem, image_urls, read_header, sniff_format
from reader.core.parsed import SimplifiedArticle
from reader.core.render.body import image_key  # one formula for the view and the cache
from reader.errors import StoreError
from reader.paths import clear_way
from reader.profilefile import read_limited
from reader.store import temps
from reader.store.cache_format import IMAGE_KEY, image_keys
from reader.store.cache_format import from_json as _from_json
from reader.store.cache_format import to_json as _to_json

log = logging.getLogger(__name__)

__all__ = ["ArticleCache", "image_key", "image_urls"]

DEFAULT_MAX_BYTES = 500 * 1024 * 1024
FULL_DISK_HEADROOM = 1024 * 1024
"""At least this much is evicted when the disk is full, so the next writes fit too."""
STALE_TEMP_SECONDS = 600
"""A temp file this old is a leftover of a crash even if its process id is alive again."""
MAX_ENTRY_BYTES = 64 * 1024 * 1024
"""No entry is larger (pictures <= 5 MB, pages <= their cap): more, or a pipe, is no entry."""

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
"""A full disk, or a full quota (EDQUOT is not defined everywhere)."""
_ARTICLE_FILE = re.compile(r"(\d+)\.json")
_CONTENT_TYPE = re.compile(r"image/[a-z0-9][a-z0-9.+-]*")


def _words(exc: OSError, what: str) -> str:
    if exc.errno == errno.ENOSPC:
        return f"disk full: the cache could not write {what}"
    return f"the cache could not write {what}: {exc.strerror or exc}"


class ArticleCache:
    """The cache folder of one profile. Safe to use from several threads."""

    def __init__(self, root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self._lock = threading.RLock()
        # article id -> (file size, image keys): saves re-reading every file at each eviction
        self._refs: dict[int, tuple[int, tuple[str, ...]]] = {}
        self._keep: frozenset[int] | None = None
        """The starred ids of the last :meth:`evict` (None: not known yet, so a full disk
        evicts only images no article shows)."""
        self.clear_obstacles()
        self.remove_temp_files()

    def clear_obstacles(self, inner: Path | None = None) -> None:
        """A file where the cache or one of its folders (up to ``inner``) should be is moved
        aside (kept, the user told where): the cache is disposable, and it goes on (9.11)."""
        clear_way(self.root, [self._articles, self._images, *([inner] if inner else [])])

    # -- paths and files -----------------------------------------------------------------
    @property
    def _articles(self) -> Path:
        return self.root / "articles"

    @property
    def _images(self) -> Path:
        return self.root / "images"

    def _article_path(self, article_id: int) -> Path:
        return self._articles / f"{int(article_id)}.json"

    def _image_path(self, key: str) -> Path:
        return self._images / key[:2] / key

    def _folders(self) -> Iterator[Path]:
        yield self._articles
        with contextlib.suppress(OSError):
            for entry in os.scandir(self._images):
                if entry.is_dir(follow_symlinks=False):
                    yield Path(entry.path)

    def remove_temp_files(self) -> int:
        """Delete temp files left by a crash (not those another live writer is filling)."""
        removed = 0
        now = time.time()
        for folder in self._folders():
            with contextlib.suppress(OSError):
                for entry in os.scandir(folder):
                    if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                        continue
                    parts = entry.name.split(".")
                    pid = int(parts[-3]) if len(parts) >= 4 and parts[-3].isdecimal() else -1
                    with contextlib.suppress(OSError):
                        old = now - entry.stat().st_mtime > STALE_TEMP_SECONDS
                        if old or pid <= 0 or not temps.alive(pid):
                            os.unlink(entry.path)
                            removed += 1
        if removed:
            log.info("removed %d leftover temp files from %s", removed, self.root)
        return removed

    def _write(self, path: Path, data: bytes, what: str) -> None:
        """Temp file in the same folder, fsync, rename; recreates missing folders.

        On a full disk the least recently read entries are evicted (never the starred ones)
        and the write is tried once more (RELIABILITY S3).
        """
        freed_for_full = False
        for attempt in (1, 2, 3):
            tmp = ""
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(
                    dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
                )
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, path)
                return
            except (FileNotFoundError, NotADirectoryError, FileExistsError):
                # The folder vanished under us, or a file stands in its way: once more.
                self.clear_obstacles(path.parent)
                if tmp:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
                if attempt == 3:
                    raise StoreError(f"the cache could not write {what}") from None
            except OSError as exc:
                if tmp:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
                full = exc.errno in _FULL_ERRNOS
                if full and not freed_for_full and attempt < 3:
                    freed_for_full = True
                    if self._make_room(len(data), exclude=path) > 0:
                        continue
                raise StoreError(_words(exc, what)) from exc

    # -- articles ------------------------------------------------------------------------
    def put_article(self, article_id: int, article: SimplifiedArticle) -> None:
        """Store a simplified article (atomic: temp file, fsync, rename)."""
        keys = [image_key(u) for u in image_urls(article)]
        data = _to_json(article, keys)
        with self._lock:
            self._write(self._article_path(article_id), data, f"article {article_id}")
            self._refs[int(article_id)] = (len(data), tuple(keys))

    def get_article(self, article_id: int) -> SimplifiedArticle | None:
        """The cached article, or ``None``; counts as a read for eviction."""
        path = self._article_path(article_id)
        with self._lock:
            try:
                data = read_limited(path, MAX_ENTRY_BYTES)
            except OSError:
                return None
            try:
                article = _from_json(data)
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("cached article %s is damaged (%s); dropping it", path.name, exc)
                with contextlib.suppress(OSError):
                    path.unlink()
                self._refs.pop(int(article_id), None)
                return None
            with contextlib.suppress(OSError):
                os.utime(path)
            return article

    def has_article(self, article_id: int) -> bool:
        """True when the article is cached."""
        return self._article_path(article_id).is_file()

    def remove_articles(self, article_ids: Collection[int]) -> None:
        """Forget these articles (pruned from the database), and images no other uses."""
        gone = {int(i) for i in article_ids}
        if not gone:
            return
        with self._lock:
            articles = self._scan_articles()
            still_used: set[str] = set()
            dropped: set[str] = set()
            for article_id, (_, _, keys) in articles.items():
                (dropped if article_id in gone else still_used).update(keys)
            for article_id in gone:
                with contextlib.suppress(OSError):
                    self._article_path(article_id).unlink()
                self._refs.pop(article_id, None)
            for key in dropped - still_used:
                with contextlib.suppress(OSError):
                    self._image_path(key).unlink()

    # -- images --------------------------------------------------------------------------
    def put_image(self, url: str, data: bytes, content_type: str) -> str:
        """Store an image; returns its key. The bytes decide, not ``content_type``: only PNG,
        JPEG, GIF and WebP of a size we decode are kept (else StoreError; issue 9 item 1)."""
        if not data:
            raise StoreError("the image is empty")
        header = read_header(data)
        if header is None or image_problem(header):
            declared = content_type.split(";", 1)[0].strip().lower()[:60] or "no content type"
            raise StoreError(f"{image_problem(header)} (declared {declared})")
        key = image_key(url)
        with self._lock:
            kind = header.content_type.encode("ascii")
            self._write(self._image_path(key), kind + b"\n" + data, "an image")
        return key

    def image_with_type(self, key: str) -> tuple[bytes, str] | None:
        """The bytes and real content type of a cached image, or ``None``; bytes that are no
        picture we show (an SVG an older version stored as ``image/png``) are removed."""
        if not isinstance(key, str) or not IMAGE_KEY.fullmatch(key):
            return None
        path = self._image_path(key)
        try:
            raw = read_limited(path, MAX_ENTRY_BYTES)
        except OSError:
            return None
        kind, newline, data = raw.partition(b"\n")
        if not newline or not _CONTENT_TYPE.fullmatch(kind.decode("ascii", "replace")):
            log.warning("cached image %s is damaged", key)
            return None
        real = sniff_format(data)
        if real is None:
            log.warning("cached image %s is not a picture we show; removing it", key)
            self._unlink(path, 0)
            return None
        return data, RASTER_TYPES[real]

    def image(self, key: str) -> bytes | None:
        """The bytes of a cached image, or ``None`` (key must be 64 hex chars)."""
        found = self.image_with_type(key)
        return None if found is None else found[0]

    def has_image(self, url: str) -> bool:
        """True when the image at ``url`` is cached."""
        return self._image_path(image_key(url)).is_file()

    # -- size and eviction ---------------------------------------------------------------
    def _scan_articles(self) -> dict[int, tuple[float, int, tuple[str, ...]]]:
        """article id -> (last use, bytes, image keys) of what is on disk now."""
        found: dict[int, tuple[float, int, tuple[str, ...]]] = {}
        with contextlib.suppress(OSError):
            for entry in os.scandir(self._articles):
                match = _ARTICLE_FILE.fullmatch(entry.name)
                if match is None or not entry.is_file():  # a folder, pipe or device: no entry
                    continue
                try:
                    stat = entry.stat()
                except OSError:
                    continue
                article_id = int(match.group(1))
                known = self._refs.get(article_id)
                if known is None or known[0] != stat.st_size:
                    known = (stat.st_size, self._read_keys(Path(entry.path)))
                    self._refs[article_id] = known
                found[article_id] = (stat.st_mtime, stat.st_size, known[1])
        for stale in set(self._refs) - set(found):
            del self._refs[stale]
        return found

    @staticmethod
    def _read_keys(path: Path) -> tuple[str, ...]:
        try:
            return image_keys(read_limited(path, MAX_ENTRY_BYTES))
        except (OSError, ValueError, TypeError, KeyError):
            return ()

    def _scan_images(self) -> dict[str, tuple[float, int]]:
        """image key -> (last write, bytes)."""
        found: dict[str, tuple[float, int]] = {}
        for folder in self._folders():
            if folder == self._articles:
                continue
            with contextlib.suppress(OSError):
                for entry in os.scandir(folder):
                    if IMAGE_KEY.fullmatch(entry.name) and entry.is_file():
                        with contextlib.suppress(OSError):
                            stat = entry.stat()
                            found[entry.name] = (stat.st_mtime, stat.st_size)
        return found

    def size(self) -> int:
        """Bytes used."""
        with self._lock:
            articles = self._scan_articles()
            images = self._scan_images()
        return sum(a[1] for a in articles.values()) + sum(i[1] for i in images.values())

    def evict(self, *, keep: Collection[int] = ()) -> int:
        """Shrink below the cap, least recently read first, never the ``keep`` (starred) ones;
        returns bytes freed.

        An article goes together with the images no remaining article shows; images no
        article shows at all go by their own age.
        """
        kept = {int(i) for i in keep}
        with self._lock:
            self._keep = frozenset(kept)
            articles = self._scan_articles()
            images = self._scan_images()
            total = sum(a[1] for a in articles.values()) + sum(i[1] for i in images.values())
            if total <= self.max_bytes:
                return 0
            users: Counter[str] = Counter()
            for _, _, keys in articles.values():
                users.update(k for k in set(keys) if k in images)
            candidates: list[tuple[float, int, int | str]] = [
                (when, 0, article_id)
                for article_id, (when, _, _) in articles.items()
                if article_id not in kept
            ]
            candidates += [(when, 1, key) for key, (when, _) in images.items() if not users[key]]
            candidates.sort(key=lambda c: (c[0], c[1], str(c[2])))
            freed = 0
            for _, _, item in candidates:
                if total - freed <= self.max_bytes:
                    break
                if isinstance(item, str):
                    freed += self._unlink(self._image_path(item), images[item][1])
                    continue
                freed += self._unlink(self._article_path(item), articles[item][1])
                self._refs.pop(item, None)
                for key in set(articles[item][2]):
                    if key in images and users[key] > 0:
                        users[key] -= 1
                        if users[key] == 0:
                            freed += self._unlink(self._image_path(key), images[key][1])
        if freed:
            log.info("cache: evicted %d bytes (now about %d)", freed, total - freed)
        return freed

    def _make_room(self, needed: int, *, exclude: Path) -> int:
        """The disk is full: free at least ``needed`` bytes (and 1 MiB), least recently read
        first, never a starred article; returns bytes freed.

        Until the starred ids are known (the first :meth:`evict`), only images no article
        shows are removed.
        """
        goal = max(2 * needed, FULL_DISK_HEADROOM)
        with self._lock:
            articles = self._scan_articles()
            images = self._scan_images()
            users: Counter[str] = Counter()
            for _, _, keys in articles.values():
                users.update(set(keys))
            candidates: list[tuple[float, Path, int]] = [
                (when, self._image_path(key), size)
                for key, (when, size) in images.items()
                if not users[key]
            ]
            if self._keep is not None:
                candidates += [
                    (when, self._article_path(article_id), size)
                    for article_id, (when, size, _) in articles.items()
                    if article_id not in self._keep
                ]
            candidates.sort(key=lambda c: c[0])
            freed = 0
            for _, path, size in candidates:
                if freed >= goal:
                    break
                if path == exclude:
                    continue
                freed += self._unlink(path, size)
        log.warning("cache: the disk is full; evicted %d bytes", freed)
        return freed

    @staticmethod
    def _unlink(path: Path, size: int) -> int:
        try:
            path.unlink()
        except FileNotFoundError:
            return 0
        except OSError as exc:
            log.warning("cache: could not remove %s: %s", path, exc)
            return 0
        return size
