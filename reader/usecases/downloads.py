"""Downloading an article's enclosure (a podcast episode, an attachment) to a folder.

Plain synchronous Python, run off the GUI thread. The rules are those of every other fetch
(:mod:`reader.net`): http and https only, every redirect hop checked (at most five), the same
guarded connections that refuse loopback, private and link-local addresses for content-derived
URLs (an enclosure is one: it may reach such an address only when its feed lives there, and a
public hop may never lead to a private one), no cookies, no proxies from the environment.

What differs from a page fetch is the size: the body is streamed to ``<name>.<tag>.part``,
never held in memory; a declared length over the cap is refused before a byte is written; a cut
connection is resumed with ``Range`` (and ``If-Range``: a file changed meanwhile starts again),
also by a later try of the same URL. The finished file is fsynced and renamed to a free name.
Cancel stops a blocked read at once (the fetch's sockets are shut).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import http.cookiejar
import logging
import os
import re
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import requests
import requests.utils

from reader.core.digits import bounded_int
from reader.errors import DiskFull, FetchError, ReaderError
from reader.net import addresses, failures
from reader.net.adapter import GuardedAdapter
from reader.net.guard import Watch, watching
from reader.net.http import ALLOWED_SCHEMES, REDIRECTS, USER_AGENT
from reader.usecases.download_checks import MIN_RATE, RateFloor, empty_file, web_page_instead
from reader.usecases.download_files import file_name, free_path

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 1024 * 1024 * 1024
"""The default cap (the setting ``download_max_mb``): a 2 GiB file is refused unless raised."""
CHUNK = 256 * 1024
RESUME_ATTEMPTS = 5
"""How many times a cut connection is resumed before the download fails."""
Progress = Callable[[int, int | None], None]
"""Called with (bytes on disk, total bytes or None when the server does not say)."""


class DownloadCancelled(ReaderError):
    """The user cancelled the download (the part file is removed)."""

    def __init__(self) -> None:
        super().__init__("download cancelled")


class Cancel:
    """A cancel switch for one download, settable from any thread; setting it also shuts the
    sockets of the request in flight, so a read blocked on a silent server returns at once."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._watch: Watch | None = None

    def set(self) -> None:
        """Cancel."""
        self._event.set()
        with self._lock:
            watch = self._watch
        if watch is not None:
            watch.expire()

    def is_set(self) -> bool:
        """Whether cancel was asked."""
        return self._event.is_set()

    @contextlib.contextmanager
    def watching(self, watch: Watch) -> Iterator[Watch]:
        """While the block runs, :meth:`set` cuts ``watch``'s sockets."""
        with self._lock:
            self._watch = watch
        try:
            if self._event.is_set():
                watch.expire()
            yield watch
        finally:
            with self._lock:
                self._watch = None


@dataclass
class _Part:
    """The file being written and what the server said about it."""

    path: Path
    size: int = 0
    total: int | None = None
    validator: str | None = None
    resumable: bool = True


class Downloader:
    """Downloads enclosures; one instance may serve several threads (one download each)."""

    def __init__(
        self,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        max_redirects: int = 5,
        resume_attempts: int = RESUME_ATTEMPTS,
        ca_bundle: str | None = None,
        min_rate: tuple[int, float] = MIN_RATE,
    ) -> None:
        """``read_timeout`` bounds each wait for data: a server silent that long is a cut
        connection (resumed); a download as a whole has no deadline, it may be large, but one
        slower than ``min_rate`` (bytes in seconds) is cut too."""
        self.min_rate = min_rate
        self.max_bytes = max_bytes
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_redirects = max_redirects
        self.resume_attempts = resume_attempts
        session = requests.Session()
        session.trust_env = False  # as the Fetcher: no proxies or credentials from outside
        adapter = GuardedAdapter(ca_bundle=ca_bundle, max_retries=0)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.headers.clear()
        session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self._session = session

    def close(self) -> None:
        """Close the connections."""
        self._session.close()

    def download(
        self,
        url: str,
        folder: Path,
        *,
        allow_private: bool,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Path:
        """Download ``url`` into ``folder``; returns the finished file's path.

        Raises FetchError (in words: "response too large (over 1024 MiB)", "redirected to a
        local or private address (...)", ...), DiskFull, DownloadCancelled, or ReaderError
        when the folder cannot be written.
        """
        cancel = cancel or Cancel()
        tag = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        name = file_name(url)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise _disk_error(err, folder) from None
        part = _Part(folder / f"{name}.{tag}.part")
        with contextlib.suppress(OSError):
            part.size = part.path.stat().st_size  # an earlier try's part: resume it
        attempts = 0
        while True:
            try:
                self._attempt(url, part, allow_private, progress, cancel)
                break
            except FetchError as err:
                if cancel.is_set():
                    _discard(part)
                    raise DownloadCancelled() from None
                attempts += 1
                cut = err.kind in ("connection", "timeout") and part.resumable
                if not cut:
                    _discard(part)  # refused for good: nothing to resume later
                    raise
                if attempts > self.resume_attempts:
                    raise  # the part stays: the next try of this URL resumes it
                log.info("download of %s cut at %d bytes (%s); resuming", url, part.size, err)
        final = free_path(folder, name)
        try:
            part.path.replace(final)
        except OSError as err:
            raise _disk_error(err, folder) from None
        return final

    def _attempt(
        self,
        url: str,
        part: _Part,
        allow_private: bool,
        progress: Progress | None,
        cancel: Cancel,
    ) -> None:
        headers = {"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "identity"}
        if part.size:
            headers["Range"] = f"bytes={part.size}-"
            if part.validator:
                headers["If-Range"] = part.validator
        watch = Watch()
        with watching(watch), cancel.watching(watch):
            response = self._follow(url, headers, watch, allow_private)
            with contextlib.closing(response):
                self._receive(response, part, progress, cancel, watch)

    def _follow(
        self, url: str, headers: dict[str, str], watch: Watch, allow_private: bool
    ) -> requests.Response:
        """The final answer after checked redirects (the caller closes it)."""
        current, hops, seen_public = url, 0, False
        while True:
            try:
                parts = urllib.parse.urlsplit(current)
                scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
            except ValueError:
                raise FetchError("not a valid web address", kind="url") from None
            if scheme not in ALLOWED_SCHEMES:
                words = "redirected to an unsupported address" if hops else "not a web address"
                raise FetchError(f"{words} ({scheme}:)", kind="scheme")
            if not host:
                raise FetchError("not a valid web address", kind="url")
            watch.private_ok = allow_private and not seen_public
            response = self._send(current, host, headers, hops > 0)
            if watch.peer is not None and addresses.is_public(watch.peer):
                seen_public = True
            location = response.headers.get("location")
            if response.status_code not in REDIRECTS or not location:
                return response
            response.close()
            hops += 1
            if hops > self.max_redirects:
                raise FetchError("too many redirects", kind="redirects")
            try:
                current = requests.utils.requote_uri(urllib.parse.urljoin(current, location))
            except (ValueError, UnicodeError):
                raise FetchError("redirected to an invalid address", kind="url") from None

    def _send(
        self, url: str, host: str, headers: dict[str, str], redirected: bool
    ) -> requests.Response:
        try:
            return self._session.get(
                url,
                headers=headers,
                stream=True,
                allow_redirects=False,
                timeout=(self.connect_timeout, self.read_timeout),
            )
        except addresses.BlockedAddressError as err:
            words = "redirected to" if redirected else "refused to fetch"
            raise FetchError(
                f"{words} a local or private address ({err.address})", kind="private"
            ) from None
        except failures.MAPPED as err:
            raise failures.map_exception(err, host) from None

    def _receive(
        self,
        response: requests.Response,
        part: _Part,
        progress: Progress | None,
        cancel: Cancel,
        watch: Watch,
    ) -> None:
        """Check the answer, then append its body to the part file."""
        if failures.headers_cut_short(response.raw):
            raise FetchError(
                "the server closed the connection before the whole response arrived",
                kind="connection",
            )
        status = response.status_code
        length = _header_int(response.headers.get("content-length"))
        start_at, whole = _content_range(response)
        if status == 416 and part.size and whole == part.size:
            return  # the part already holds the whole file
        if status == 206 and start_at == part.size:
            start = part.size
        elif 200 <= status < 300 and status != 206:
            start = 0  # the whole file (the server ignored the range, or the file changed)
        elif status in (206, 416):
            part.size, part.validator = 0, None  # a range we did not ask for: start again
            raise FetchError("the server sent a different part of the file", kind="connection")
        else:
            raise failures.status_error(status)
        total = whole if status == 206 else length
        if total is None and length is not None:
            total = start + length
        if total is not None and total > self.max_bytes:
            raise failures.too_large(self.max_bytes)
        part.total = total
        part.validator = response.headers.get("etag") or response.headers.get("last-modified")
        encoding = response.headers.get("content-encoding", "identity").lower()
        if unreadable := failures.unreadable_coding(encoding):
            raise unreadable
        part.resumable = encoding in ("", "identity")  # ranges of an encoded body do not add up
        self._write_body(response, part, start, progress, cancel, watch)
        if part.size == 0:
            raise empty_file()
        if total is not None and part.size < total:
            raise FetchError(
                "the server closed the connection before the whole file arrived",
                kind="connection",
            )

    def _write_body(
        self,
        response: requests.Response,
        part: _Part,
        start: int,
        progress: Progress | None,
        cancel: Cancel,
        watch: Watch,
    ) -> None:
        host = urllib.parse.urlsplit(response.url).hostname or ""
        kind = response.headers.get("content-type", "")
        try:
            handle = part.path.open("r+b" if start and part.path.exists() else "wb")
        except OSError as err:
            raise _disk_error(err, part.path.parent) from None
        with handle:
            try:
                handle.truncate(start)
                handle.seek(start)
                part.size = start
                if progress is not None:
                    progress(part.size, part.total)
                floor = RateFloor(*self.min_rate)
                while not cancel.is_set():
                    try:
                        chunk = response.raw.read1(CHUNK, decode_content=True)
                    except failures.MAPPED as err:
                        if cancel.is_set() or watch.expired:
                            break
                        raise failures.map_exception(err, host) from None
                    if not chunk:
                        break
                    if part.size + len(chunk) > self.max_bytes:
                        raise failures.too_large(self.max_bytes)
                    if part.size == 0 and (
                        page := web_page_instead(chunk, kind, part.path.name.rsplit(".", 2)[0])
                    ):
                        raise page
                    handle.write(chunk)
                    part.size += len(chunk)
                    floor.received(part.size - start)
                    if progress is not None:
                        progress(part.size, part.total)
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as err:
                raise _disk_error(err, part.path.parent) from None
        if cancel.is_set():
            raise FetchError("download cancelled", kind="cancelled")


def _discard(part: _Part) -> None:
    with contextlib.suppress(OSError):
        part.path.unlink()


def _header_int(value: str | None) -> int | None:
    return bounded_int(value or "", 2**63 - 1)  # never int() of 5,000 digits (ValueError)


_CONTENT_RANGE = re.compile(r"bytes\s+(?:(\d+)-\d+|\*)/(\d+|\*)", re.IGNORECASE)


def _content_range(response: requests.Response) -> tuple[int | None, int | None]:
    """(first byte, total size) of a Content-Range header; None for what it does not say."""
    match = _CONTENT_RANGE.match(response.headers.get("content-range", "").strip())
    if match is None:
        return None, None
    first, total = match.group(1), match.group(2)
    return (bounded_int(first or "", 2**63 - 1)), bounded_int(total, 2**63 - 1)


def _disk_error(err: OSError, folder: Path) -> ReaderError:
    """A file-system failure in words, its kind a type."""
    if err.errno == errno.ENOSPC:
        return DiskFull(f"the disk is full: could not save the download in {folder}")
    reason = (err.strerror or type(err).__name__).lower()
    return ReaderError(f"could not save the download in {folder} ({reason})")
