"""The HTML the article pane shows for an article, in the interface language.

The renderer (:func:`reader.core.render.document.render_article`) has no ``tr()``: the page's
words, the line that says which text is shown (reader view, the feed's text, or the page opened
in the browser) and the locale's date are chosen here and handed to it. The words keep the
``ArticleView`` translation context of the pane they appear in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.render.document import article_is_rtl, render_article
from reader.settings import Settings
from reader.ui import i18n
from reader.ui.page_layout import page_labels


def page_words() -> dict[str, str]:
    """The page's words in the interface language (``render.py`` has no ``tr()``)."""
    return {**page_labels(), "also_in": QCoreApplication.translate("ArticleView", "Also in:")}


def shown_text(
    article: Article, simplified: SimplifiedArticle | None, mode: str
) -> tuple[SimplifiedArticle | None, dict[str, str]]:
    """The reader view to render for ``mode`` (None: the feed's text) and the words of the
    quiet line."""
    translate = QCoreApplication.translate
    labels = page_words()
    if mode == "reader" and article.simplified == "feed":
        note = translate("ArticleView", "Reader view not available: the page is not an article.")
        return None, {**labels, "feed_note": note}
    if mode == "reader":
        return simplified, labels
    note = translate("ArticleView", "Opened in your browser.") if mode == "original" else ""
    return None, {**labels, "feed_note": note, "failed_note": note}


def date_text(article: Article, simplified: SimplifiedArticle | None) -> str:
    """When the article was published, in the local time zone, as the locale writes it."""
    when = (simplified.published if simplified else None) or article.published
    local = when.astimezone()
    locale = QLocale()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    date = locale.toString(stamp.date(), QLocale.FormatType.LongFormat, i18n.calendar())
    time = locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return f"{date}, {time}"


def article_html(
    article: Article,
    simplified: SimplifiedArticle | None,
    shown_mode: str,
    settings: Settings,
    *,
    column_px: int,
    has_image: Callable[[str], bool],
    downloads: dict[str, Any],
    **look: Any,
) -> tuple[str, bool]:
    """The page for ``article`` shown as ``shown_mode`` (one of
    :data:`~reader.ui.article_view.ARTICLE_MODES`) and whether its text reads right to left.
    ``look`` is the resolved reading mode, font family and colours, as the renderer takes them."""
    shown, labels = shown_text(article, simplified, shown_mode)
    html = render_article(
        article,
        shown,
        settings,
        labels=labels,
        column_px=column_px,
        date_text=date_text(article, shown),
        has_image=has_image,
        format_number=QLocale().toString,
        downloads=downloads,
        **look,
    )
    return html, article_is_rtl(article, shown)
