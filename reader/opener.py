"""What ``broadsheet FILE_OR_URL`` asks for: import an OPML file or subscribe to a feed.

The desktop entry runs ``broadsheet %u`` when a user opens an ``.opml`` or feed file, or a ``feed:``
link, with Broadsheet. :func:`classify_open_args` turns those arguments into requests the window
carries out (import, subscribe) or explains (``invalid``). No Qt here, so it is tested headless.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, NamedTuple
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from reader.core.redact import redact_url

log = logging.getLogger(__name__)

OpenKind = Literal["opml", "feed", "invalid"]
MAX_FILE_BYTES = 15 * 1024 * 1024  # the same cap as a fetched feed
SNIFF_BYTES = 64 * 1024
OPTIONS_WITH_VALUE = ("--profile",)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+):")
_JSON_FEED = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')


class OpenRequest(NamedTuple):
    """One thing to do: ``("opml", path)``, ``("feed", url)`` or ``("invalid", words)``."""

    kind: OpenKind
    target: str


def classify_open_args(args: Sequence[str]) -> list[OpenRequest]:
    """Classify the command line's files and URLs, in order; options are skipped.

    - ``http(s)://`` URL: subscribe (the site's feed is found by autodiscovery when it is a page).
    - ``feed://host/x`` -> ``https://host/x``; ``feed:https://...`` -> ``https://...``.
    - ``file://`` URI or path to an OPML file (``.opml`` or an ``<opml`` root): import it.
    - Path to a feed file (RSS, Atom, JSON Feed): subscribe to the address the file names for
      itself (its ``self`` link or ``feed_url``, else its site's address).
    - Anything else (another scheme, a missing file, a file that is neither): ``invalid`` with
      words that say why; nothing is fetched or run.
    """
    requests: list[OpenRequest] = []
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
            continue
        if arg.startswith("-"):
            skip_next = arg in OPTIONS_WITH_VALUE
            continue
        requests.append(classify_one(arg))
    return requests


def classify_one(arg: str) -> OpenRequest:
    """Classify one argument (see :func:`classify_open_args`)."""
    text = arg.strip()
    match = _SCHEME.match(text)
    if match:
        scheme = match.group(1).lower()
        if scheme in ("http", "https"):
            return _web_url(text)
        if scheme == "feed":
            return _feed_scheme(text)
        if scheme == "file":
            parts = urlsplit(text)
            if parts.netloc not in ("", "localhost"):
                return OpenRequest("invalid", f"{arg}: files on other machines are not supported")
            return classify_path(Path(url2pathname(unquote(parts.path))))
        return OpenRequest("invalid", f"{arg}: unsupported address ({scheme}:)")
    return classify_path(Path(text).expanduser())


def _web_url(url: str) -> OpenRequest:
    parts = urlsplit(url)
    if not parts.hostname:
        return OpenRequest("invalid", f"{redact_url(url)}: the address has no host")
    return OpenRequest("feed", url)


def _feed_scheme(url: str) -> OpenRequest:
    rest = url[len("feed:") :]
    if rest.lower().startswith(("http://", "https://")):
        return _web_url(rest)
    if rest.startswith("//"):
        return _web_url("https:" + rest)
    return OpenRequest("invalid", f"{redact_url(url)}: not a feed address")


def classify_path(path: Path) -> OpenRequest:
    """Classify a local file: an OPML file to import or a feed file to subscribe to."""
    try:
        if not path.is_file():
            return OpenRequest("invalid", f"{path}: no such file")
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        return OpenRequest("invalid", f"{path}: cannot read the file ({exc.strerror or exc})")
    lowered = head.lower()
    if path.suffix.lower() == ".opml" or b"<opml" in lowered:
        return OpenRequest("opml", str(path.resolve()))
    if size > MAX_FILE_BYTES:
        return OpenRequest("invalid", f"{path}: the file is too large for a feed")
    try:
        body = path.read_bytes()
    except OSError as exc:
        return OpenRequest("invalid", f"{path}: cannot read the file ({exc.strerror or exc})")
    if _JSON_FEED.search(head):
        url = _json_feed_url(body)
    elif any(tag in lowered for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")):
        url = _xml_feed_url(body)
    else:
        return OpenRequest("invalid", f"{path}: not an OPML file or a feed")
    if url is None:
        return OpenRequest("invalid", f"{path}: the feed does not say its web address")
    request = classify_one(url)
    if request.kind != "feed":
        return OpenRequest("invalid", f"{path}: the feed's address is not a web address")
    return request


def _json_feed_url(body: bytes) -> str | None:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    for key in ("feed_url", "home_page_url"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _xml_feed_url(body: bytes) -> str | None:
    """The feed's ``self`` link, else its site link (RSS ``<link>``, Atom ``alternate``)."""
    # Imported here for start-up time: the XML parser loads only when a feed file is opened.
    import xml.etree.ElementTree as ET

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(body)
    except (ET.ParseError, DefusedXmlException, ValueError) as exc:
        log.info("feed file not readable: %s", exc)
        return None
    containers = [root] + [child for child in root if _local(child.tag) == "channel"]
    self_link = site_link = None
    for container in containers:
        for child in container:
            if _local(child.tag) != "link":
                continue
            rel = (child.get("rel") or "alternate").lower()
            href = (child.get("href") or child.text or "").strip()
            if not href:
                continue
            if rel == "self" and self_link is None:
                self_link = href
            elif rel == "alternate" and site_link is None:
                site_link = href
    if self_link is None and _local(root.tag) == "rdf":
        for container in containers[1:]:
            about = container.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            if about:
                self_link = about.strip()
    return self_link or site_link
