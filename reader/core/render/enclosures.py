"""The list of an article's files (podcast episodes, videos, attachments) on the article page.

Each row names the file, its kind, size and playing time, with ``broadsheet:`` links the view
handles: ``play/N`` (the system's player, with the downloaded file when there is one),
``download/N`` and ``cancel/N`` (N is the file's position in ``Article.enclosures``). Nothing
here fetches anything; the URL-derived name is shown as plain text, escaped and isolated.
"""

from __future__ import annotations

import html as htmllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from reader.core.models import Enclosure
from reader.core.render.byline import isolate
from reader.core.render.sanitize import is_web_url
from reader.core.render.spoofing import one_line

LABELS: dict[str, str] = {
    "attachments": "Attachments",
    "audio": "Audio",
    "video": "Video",
    "image": "Image",
    "document": "Document",
    "file": "File",
    "play": "Play",
    "open_file": "Open",
    "download": "Download",
    "cancel": "Cancel",
    "downloading": "Downloading: {}",
    "downloaded": "Downloaded",
    "download_failed": "Download failed: {}",
    "kb": "{} KB",
    "mb": "{} MB",
}
"""English words of the list; the view passes translated ones."""


@dataclass(frozen=True)
class DownloadState:
    """What the window knows about one file's download."""

    status: str
    """``"active"``, ``"done"`` or ``"failed"``."""
    done: int = 0
    total: int | None = None
    words: str = ""
    """Why it failed, in words."""
    path: str = ""
    """The downloaded file, once done."""


def kind_of(enclosure: Enclosure) -> str:
    """``audio``, ``video``, ``image``, ``document`` or ``file`` from the MIME type."""
    major, _, minor = enclosure.type.partition("/")
    if major in ("audio", "video", "image"):
        return major
    if major == "text" or minor in ("pdf", "epub+zip", "msword", "rtf") or "document" in minor:
        return "document"
    return "file"


def size_text(size: int, words: Mapping[str, str], number: Callable[[int], str]) -> str:
    """A size in KB below one megabyte, else in whole MB (1,434 MB reads fine)."""
    if size < 1024 * 1024:
        return words["kb"].replace("{}", number(max(1, round(size / 1024))))
    return words["mb"].replace("{}", number(round(size / (1024 * 1024))))


def duration_text(seconds: int) -> str:
    """``42:05`` or ``1:02:03``."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def shown_name(url: str) -> str:
    """The file's name as the list shows it (plain text, one line, at most 120 characters)."""
    if not is_web_url(url):
        return ""
    parts = urlsplit(url)
    name = one_line(unquote(parts.path.rsplit("/", 1)[-1])) or one_line(parts.hostname or "")
    return name if len(name) <= 120 else name[:119] + "…"


def enclosure_list(
    enclosures: Sequence[Enclosure],
    downloads: Mapping[str, DownloadState],
    labels: Mapping[str, str] | None = None,
    number: Callable[[int], str] = str,
) -> str:
    """The HTML of the list (``""`` when the article carries no file)."""
    words = {**LABELS, **(labels or {})}
    esc = htmllib.escape
    rows: list[str] = []
    for position, enclosure in enumerate(enclosures):
        if not is_web_url(enclosure.url):
            continue
        kind = kind_of(enclosure)
        facts = [words[kind]]
        if enclosure.size:
            facts.append(size_text(enclosure.size, words, number))
        if enclosure.duration:
            facts.append(duration_text(enclosure.duration))
        play = words["play"] if kind in ("audio", "video") else words["open_file"]
        links = [_link(f"play/{position}", play)]
        state = downloads.get(enclosure.url)
        if state is not None and state.status == "active":
            done = size_text(state.done, words, number)
            if state.total:
                done = f"{number(min(100, state.done * 100 // state.total))} %"
            links.append(esc(words["downloading"].replace("{}", done)))
            links.append(_link(f"cancel/{position}", words["cancel"]))
        elif state is not None and state.status == "done":
            links.append(esc(words["downloaded"]))
        else:
            if state is not None and state.status == "failed":
                links.append(esc(words["download_failed"].replace("{}", state.words)))
            links.append(_link(f"download/{position}", words["download"]))
        rows.append(
            f'<p class="attachment"><b>{esc(isolate(shown_name(enclosure.url)))}</b>'
            f' <span class="meta">{esc(" · ".join(facts))}</span><br>'
            f'<span class="actions">{" &nbsp;·&nbsp; ".join(links)}</span></p>'
        )
    if not rows:
        return ""
    return f'<h3 class="attachments">{esc(words["attachments"])}</h3>' + "".join(rows)


def _link(action: str, text: str) -> str:
    return f'<a class="action" href="broadsheet:{action}">{htmllib.escape(text)}</a>'
