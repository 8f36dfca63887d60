"""Article, welcome and message pages as HTML + CSS for the article view (QTextBrowser).

No Qt here: the view passes in what it knows (font family resolved to a real font, the text
column's width in px, translated labels) and shows the result. The pages' CSS is made by
:mod:`reader.core.render.stylesheet`, inside the subset of CSS QTextBrowser understands; the
article's body by :mod:`reader.core.render.body`. Every string that came from a feed is escaped;
the body is sanitized once more and its images point at ``cache:<sha256(url)>``, the only
addresses the view serves.
"""

from __future__ import annotations

import html as htmllib
import logging
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Protocol
from urllib.parse import urlsplit

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.render.body import IMAGE_BLOCK_STYLE, cache_src, image_tag, rewrite_body
from reader.core.render.byline import (
    drop_dates,
    isolate,
    isolate_names,
    site_names,
    strip_site_suffix,
)
from reader.core.render.editions import editions_line
from reader.core.render.enclosures import DownloadState, enclosure_list
from reader.core.render.palette import ReadingColours, colours_for
from reader.core.render.sanitize import is_web_url, plain_text, sanitize_html
from reader.core.render.spoofing import strip_spoofing
from reader.core.render.stylesheet import stylesheet

log = logging.getLogger(__name__)

LINE_CHARS: dict[str, int] = {"narrow": 55, "medium": 65, "wide": 73}
"""Characters per line of each line width (about 65-75 at medium)."""
RTL_LANGS = frozenset({"ar", "arc", "ckb", "dv", "fa", "ha", "he", "iw", "ks", "ku", "ps", "sd", "ur", "yi"})  # fmt: skip
WORDS_PER_MINUTE = 230

DEFAULT_LABELS: dict[str, str] = {
    "open": "Open original",
    "untitled": "(no title)",
    "copy": "Copy link",
    "by": "By {}",
    "minutes": "{} min read",
    "feed_note": "Showing the feed's text; the full article is being prepared.",
    "failed_note": "The full article could not be prepared; showing the feed's text.",
    "no_text": "This article has no text. Open the original to read it.",
    "also_in": "Also in:",
    "truncated": "This article is too long to show in full. Open the original to read the rest.",
    "welcome_title": "Welcome to Broadsheet",
    "welcome_text": "Broadsheet gathers the news sites and blogs you follow and shows every "
    "article in one calm, clean view, online or offline. Nothing is fetched until you ask.",
    "welcome_add": "Add a subscription",
    "welcome_add_text": "by the address of a feed or of a site.",
    "welcome_import": "Import subscriptions",
    "welcome_import_text": "from an OPML file of another reader.",
    "welcome_suggested": "Add suggested news feeds",
    "welcome_suggested_text": "a small selection of news sites in several languages.",
    "welcome_keys": "Then: F5 refreshes, J and K move between articles, Space reads on, "
    "Ctrl+Plus and Ctrl+Minus change the text size.",
}
"""English labels; the view passes translated ones (``render.py`` has no Qt ``tr()``)."""


class RenderSettings(Protocol):
    """The fields of ``reader.settings.Settings`` that rendering reads."""

    @property
    def font_size(self) -> int:
        """Body text size in px."""

    @property
    def line_width(self) -> str:
        """``narrow``, ``medium`` or ``wide``."""


def is_rtl(lang: str) -> bool:
    """True for a right-to-left language tag (``ar``, ``he-IL``, ``fa`` ...)."""
    return lang.strip().lower().replace("_", "-").split("-")[0] in RTL_LANGS


def guess_rtl(text: str, sample: int = 2000) -> bool:
    """True when most letters of ``text`` are in a right-to-left script (Arabic, Hebrew ...)."""
    rtl = ltr = 0
    for ch in text[:sample]:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            rtl += 1
        else:
            ltr += 1
    return rtl > ltr


def column_width_px(font_size: int, line_width: str, char_width_px: float | None = None) -> int:
    """The text column's width for ``line_width`` (the view passes its font's average width)."""
    chars = LINE_CHARS.get(line_width, LINE_CHARS["medium"])
    per_char = char_width_px if char_width_px and char_width_px > 0 else font_size * 0.5
    return max(240, round(chars * per_char))


def _page(body: str, colours: ReadingColours, font_size: int, family: str, rtl: bool) -> str:
    direction = ' dir="rtl"' if rtl else ""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        + stylesheet(colours, font_size, family, rtl)
        + f"</style></head><body{direction}>"
        + body
        + "</body></html>"
    )


def _site_name(link: str) -> str:
    """``news.example`` for ``https://www.news.example/a``: the source when the feed has no name."""
    if not is_web_url(link):
        return ""
    host = urlsplit(link).hostname or ""
    return host.removeprefix("www.")


def format_date(when: datetime | None) -> str:
    """A date for the byline line, in the local time zone (the view may pass its own)."""
    if when is None:
        return ""
    local = when.astimezone()
    return f"{local.day} {local:%B %Y, %H:%M}"


def reading_minutes(text: str) -> int:
    """Minutes to read ``text`` at an unhurried pace (at least 1)."""
    return max(1, round(len(text.split()) / WORDS_PER_MINUTE))


def _text_of(html: str) -> str:
    return re.sub(r"<[^>]*>", " ", html)


def article_is_rtl(article: Article, simplified: SimplifiedArticle | None) -> bool:
    """True when the article reads right to left: the reader view says so, or (before it
    exists) most of the feed's text is in a right-to-left script."""
    if simplified is not None:
        return simplified.direction == "rtl" or is_rtl(simplified.lang)
    body = article.content_html or article.summary_html
    return guess_rtl(article.title + " " + _text_of(body))


def render_article(
    article: Article,
    simplified: SimplifiedArticle | None,
    settings: RenderSettings | None = None,
    *,
    mode: str = "light",
    font_family: str = "serif",
    colours: ReadingColours | None = None,
    labels: Mapping[str, str] | None = None,
    column_px: int | None = None,
    date_text: str | None = None,
    has_image: Callable[[str], bool] | None = None,
    format_number: Callable[[int], str] = str,
    downloads: Mapping[str, DownloadState] | None = None,
) -> str:
    """The article page (``downloads``: the state of its files' downloads, by URL).

    ``mode`` is a resolved reading mode (``light``, ``sepia``, ``dark``; the view resolves
    ``system``), ``font_family`` a real family name or ``serif``/``sans``, ``column_px`` the text
    column's width (images are made no wider), ``date_text`` the published date as the view
    formats it for the user's locale, ``has_image`` tells which images are in the cache (the
    others are left out rather than shown as empty boxes), ``format_number`` writes numbers in
    the interface's locale.

    The page, top to bottom: source and title, the line under them (byline, date, reading
    time), the actions, the other editions, a note on where the text comes from, the files,
    then the lead image and the body.
    """
    words = {**DEFAULT_LABELS, **(labels or {})}
    font_size = settings.font_size if settings is not None else 18
    line_width = settings.line_width if settings is not None else "medium"
    col = column_px or column_width_px(font_size, line_width)
    rtl = article_is_rtl(article, simplified)
    body_html, note, text_for_time = _text_source(article, simplified, words)

    parts = _title_lines(article, simplified, words)
    when = date_text if date_text is not None else format_date(_published(article, simplified))
    parts.append(_meta_line(article, simplified, words, when, text_for_time, format_number))
    parts.append(_actions_line(article.link, words))
    parts.append(editions_line(simplified, words["also_in"]))
    if note:
        parts.append(f'<p class="note">{htmllib.escape(note)}</p>')
    parts.append(enclosure_list(article.enclosures, downloads or {}, words, format_number))
    direction = "rtl" if rtl else "ltr"
    parts += _body_parts(article, simplified, body_html, words, col, direction, has_image)
    return _page("".join(parts), colours or colours_for(mode), font_size, font_family, rtl)


def _title_lines(
    article: Article, simplified: SimplifiedArticle | None, words: Mapping[str, str]
) -> list[str]:
    """The source line (the feed's name, else the site's) and the title, without the site's
    name the page may append to it."""
    feed_name = plain_text(article.feed_title, 200) or _site_name(article.link)
    title = plain_text((simplified.title if simplified else "") or article.title, 1000)
    title = strip_site_suffix(title, site_names(feed_name, link=article.link))
    title = title or words["untitled"]
    lines = [f'<p class="source">{htmllib.escape(feed_name)}</p>'] if feed_name else []
    lines.append(f"<h1>{htmllib.escape(title)}</h1>")
    return lines


def _published(article: Article, simplified: SimplifiedArticle | None) -> datetime:
    """The date the page gives, else the feed's."""
    return (simplified.published if simplified else None) or article.published


def _text_source(
    article: Article, simplified: SimplifiedArticle | None, words: Mapping[str, str]
) -> tuple[str, str, str]:
    """(body HTML, the note on where it comes from, plain text for the reading time): the
    reader view when there is one, else the feed's text with a note saying so."""
    if simplified is not None:
        return simplified.html, "", simplified.text or _text_of(simplified.html)
    body_html = article.content_html or article.summary_html
    note = words["failed_note"] if article.simplified == "failed" else words["feed_note"]
    return body_html, note, _text_of(body_html)


def _meta_line(
    article: Article,
    simplified: SimplifiedArticle | None,
    words: Mapping[str, str],
    when: str,
    text_for_time: str,
    format_number: Callable[[int], str],
) -> str:
    """The line under the title: byline, date and reading time (``""`` when none is known).
    Each item, and each name, is isolated: mixed scripts keep their order."""
    esc = htmllib.escape
    byline = plain_text((simplified.byline if simplified else "") or article.author, 300)
    byline = drop_dates(byline) if when else byline  # one date on the line: ours
    meta = []
    if byline:
        meta.append(esc(isolate(words["by"].replace("{}", isolate_names(byline)))))
    if when:
        meta.append(esc(isolate(when)))
    if text_for_time.strip():
        minutes = format_number(reading_minutes(text_for_time))
        meta.append(esc(isolate(words["minutes"].replace("{}", minutes))))
    return '<p class="meta">' + " &nbsp;·&nbsp; ".join(meta) + "</p>" if meta else ""


def _actions_line(link: str, words: Mapping[str, str]) -> str:
    """Open the original and copy its link (``""`` when the article has no web address)."""
    if not is_web_url(link):
        return ""
    esc = htmllib.escape
    return (
        f'<p class="actions"><a class="action" href="broadsheet:open">{esc(words["open"])}</a>'
        f' &nbsp;·&nbsp; <a class="action" href="broadsheet:copy">{esc(words["copy"])}</a></p>'
    )


def _body_parts(
    article: Article,
    simplified: SimplifiedArticle | None,
    body_html: str,
    words: Mapping[str, str],
    column_px: int,
    direction: str,
    has_image: Callable[[str], bool] | None,
) -> list[str]:
    """The lead image (when cached, and not repeated in the body), the body sanitized once
    more with its images sized to the column, and a note when it is empty or cut short."""
    esc = htmllib.escape
    lead = (simplified.lead_image if simplified else "") or article.image_url
    lead = lead if is_web_url(lead) else ""
    clean = sanitize_html(body_html, article.link)
    body, _images, truncated = rewrite_body(
        clean, column_px=column_px, direction=direction, skip_image=lead, has_image=has_image
    )
    if lead and has_image is not None and not has_image(lead):
        lead = ""
    parts: list[str] = []
    if lead:
        lead_tag = image_tag(lead, "", None, None, column_px)
        parts.append(f'<p class="lead" align="center"{IMAGE_BLOCK_STYLE}>{lead_tag}</p>')
    if body.strip():
        parts.append(body)
    elif simplified is not None or article.simplified == "failed":
        parts.append(f'<p class="note">{esc(words["no_text"])}</p>')
    if truncated:
        parts.append(f'<p class="note">{esc(words["truncated"])}</p>')
    return parts


def render_welcome(
    settings: RenderSettings | None = None,
    *,
    mode: str = "light",
    font_family: str = "serif",
    colours: ReadingColours | None = None,
    labels: Mapping[str, str] | None = None,
    rtl: bool = False,
) -> str:
    """The first-run page, with links ``broadsheet:add``, ``broadsheet:import``,
    ``broadsheet:suggested``."""
    w = {**DEFAULT_LABELS, **(labels or {})}
    esc = htmllib.escape
    font_size = settings.font_size if settings is not None else 18
    items = "".join(
        f'<p><a class="action" href="broadsheet:{key}"><b>{esc(w["welcome_" + key])}</b></a> '
        f'<span class="hint">{esc(w["welcome_" + key + "_text"])}</span></p>'
        for key in ("add", "import", "suggested")
    )
    body = (
        f'<div class="welcome"><h1>{esc(w["welcome_title"])}</h1>'
        f'<p class="intro">{esc(w["welcome_text"])}</p>{items}'
        f'<p class="keys">{esc(w["welcome_keys"])}</p></div>'
    )
    return _page(body, colours or colours_for(mode), font_size, font_family, rtl)


def render_message(
    text: str,
    settings: RenderSettings | None = None,
    *,
    mode: str = "light",
    font_family: str = "serif",
    colours: ReadingColours | None = None,
    rtl: bool = False,
) -> str:
    """A short plain-text message in the article pane (escaped; it may quote a feed)."""
    font_size = settings.font_size if settings is not None else 18
    paragraphs = [p for p in plain_lines(text) if p]
    body = "".join(f'<p class="note">{htmllib.escape(p)}</p>' for p in paragraphs)
    return _page(body, colours or colours_for(mode), font_size, font_family, rtl)


def plain_lines(text: str, limit: int = 20_000) -> list[str]:
    """``text`` split into lines, control characters removed, at most ``limit`` chars in all."""
    text = text[:limit]
    return [strip_spoofing(line).strip() for line in text.splitlines()]


__all__ = [
    "DEFAULT_LABELS",
    "LINE_CHARS",
    "RenderSettings",
    "cache_src",
    "column_width_px",
    "format_date",
    "is_rtl",
    "reading_minutes",
    "render_article",
    "render_message",
    "render_welcome",
    "stylesheet",
]
