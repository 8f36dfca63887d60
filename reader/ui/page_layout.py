"""The article page's geometry and words: the reading font, the text column's width, images
fitted to the room their paragraph has, and the page's labels in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QTextDocument

from reader.core.render.document import column_width_px
from reader.settings import Settings
from reader.ui.reading_resources import resolve_family

if TYPE_CHECKING:
    # Only named here: fit_images makes them through QtGui when a page has a picture; naming
    # them at import built their Python types (QTextFormat's enums) before an empty profile's
    # first frame, whose welcome page has none (start-up time).
    from PySide6.QtGui import QTextBlock, QTextImageFormat

SIDE_PADDING = 28
"""The article page's least padding left and right of the text column (px)."""


def reading_font(settings: Settings) -> QFont:
    """The article's body font for ``settings`` (a real installed family, px size)."""
    font = QFont(resolve_family(settings.font_family))
    font.setPixelSize(settings.font_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def column_px(font: QFont, settings: Settings) -> int:
    """The text column's width for the chosen line width, measured in ``font``."""
    metrics = QFontMetricsF(font)
    # the width of a typical lowercase text sample, per character
    sample = "the quick brown fox jumps over a lazy dog and reads the news"
    per_char = metrics.horizontalAdvance(sample) / len(sample)
    return column_width_px(settings.font_size, settings.line_width, per_char)


def article_pane_px(settings: Settings, scroll_bar_px: int) -> int:
    """How wide the article pane must be to show whole lines of the chosen line width."""
    return column_px(reading_font(settings), settings) + 2 * SIDE_PADDING + scroll_bar_px


def fit_images(doc: QTextDocument, column: float) -> int:
    """Make every image in ``doc`` no wider than the room its paragraph has in a text column
    ``column`` px wide (less the paragraph's and its list's indents; a table cell gets its
    share of the column), its aspect ratio kept. Returns how many were made smaller.

    The renderer sizes images to the column, but a quote, a list or a table leaves less room
    than that, and an image the page gave no size has only its own: an inline object wider
    than its line is what made the page scroll sideways."""
    changes: list[tuple[int, int, QTextImageFormat]] = []
    block = doc.begin()
    while block.isValid():
        room = _room(doc, block, column)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                smaller = _fitted(doc, fmt.toImageFormat(), room)
                if smaller is not None:
                    changes.append((fragment.position(), fragment.length(), smaller))
            it += 1
        block = block.next()
    if not changes:
        return 0
    cursor = QtGui.QTextCursor(doc)
    for position, length, fmt in changes:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QtGui.QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
    return len(changes)


def _room(doc: QTextDocument, block: QTextBlock, column: float) -> float:
    """The width a line of ``block`` has in a column ``column`` px wide."""
    fmt = block.blockFormat()
    room = column - fmt.leftMargin() - fmt.rightMargin() - abs(fmt.textIndent())
    room -= fmt.indent() * doc.indentWidth()
    text_list = block.textList()
    if text_list is not None:  # the list's indent and a marker's width
        room -= text_list.format().indent() * doc.indentWidth()
    table = QtGui.QTextCursor(block).currentTable()
    if table is not None:
        room = room / max(1, table.columns()) - 2 * table.format().cellPadding()
    # a quote's margins are on its paragraphs' frame in Qt: the frames around the block
    frame = QtGui.QTextCursor(block).currentFrame()
    while frame is not None and frame is not doc.rootFrame() and table is None:
        frame_fmt = frame.frameFormat()
        room -= frame_fmt.leftMargin() + frame_fmt.rightMargin()
        frame = frame.parentFrame()
    return max(16.0, room - 2)


def _fitted(doc: QTextDocument, fmt: QTextImageFormat, room: float) -> QTextImageFormat | None:
    """``fmt`` sized to ``room`` (ratio kept) when it is wider, else None."""
    width, height = fmt.width(), fmt.height()
    if width <= 0 or height <= 0:
        shown = doc.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(fmt.name()))
        if not isinstance(shown, QImage) or shown.isNull():
            return None
        size = shown.deviceIndependentSize()
        if width > 0:  # only the width was given: the height follows the picture's ratio
            size = size * (width / size.width())
        elif height > 0:
            size = size * (height / size.height())
        width, height = size.width(), size.height()
    if width <= room:
        return None
    smaller = QtGui.QTextImageFormat(fmt)
    smaller.setWidth(room)
    smaller.setHeight(height * room / width)
    return smaller


def page_labels() -> dict[str, str]:
    """The article page's words in the interface language (the renderer has no ``tr()``)."""
    translate = QCoreApplication.translate
    return {
        "open": translate("ArticleView", "Open original"),
        "untitled": translate("ArticleView", "(no title)"),
        "copy": translate("ArticleView", "Copy link"),
        "by": translate("ArticleView", "By {}"),
        "minutes": translate("ArticleView", "{} min read"),
        "feed_note": translate(
            "ArticleView", "Showing the feed's text; the full article is being prepared."
        ),
        "failed_note": translate(
            "ArticleView", "The full article could not be prepared; showing the feed's text."
        ),
        "no_text": translate(
            "ArticleView", "This article has no text. Open the original to read it."
        ),
        "truncated": translate(
            "ArticleView",
            "This article is too long to show in full. Open the original to read the rest.",
        ),
        "welcome_title": translate("ArticleView", "Welcome to Broadsheet"),
        "welcome_text": translate(
            "ArticleView",
            "Broadsheet gathers the news sites and blogs you follow and shows every article "
            "in one calm, clean view, online or offline. Nothing is fetched until you ask.",
        ),
        "welcome_add": translate("ArticleView", "Add a subscription"),
        "welcome_add_text": translate("ArticleView", "by the address of a feed or of a site."),
        "welcome_import": translate("ArticleView", "Import subscriptions"),
        "welcome_import_text": translate("ArticleView", "from an OPML file of another reader."),
        "welcome_suggested": translate("ArticleView", "Add suggested news feeds"),
        "welcome_suggested_text": translate(
            "ArticleView", "a small selection of news sites in several languages."
        ),
        "welcome_keys": translate(
            "ArticleView",
            "Then: F5 refreshes, J and K move between articles, Space reads on, "
            "Ctrl+Plus and Ctrl+Minus change the text size.",
        ),
        **enclosure_words(),
    }


def enclosure_words() -> dict[str, str]:
    """The list's words on the article page, in the interface language."""
    translate = QCoreApplication.translate
    return {
        "attachments": translate("ArticleView", "Attachments"),
        "audio": translate("ArticleView", "Audio"),
        "video": translate("ArticleView", "Video"),
        "image": translate("ArticleView", "Image"),
        "document": translate("ArticleView", "Document"),
        "file": translate("ArticleView", "File"),
        "play": translate("ArticleView", "Play"),
        "open_file": translate("ArticleView", "Open"),
        "download": translate("ArticleView", "Download"),
        "cancel": translate("ArticleView", "Cancel"),
        "downloading": translate("ArticleView", "Downloading: {}"),
        "downloaded": translate("ArticleView", "Downloaded"),
        "download_failed": translate("ArticleView", "Download failed: {}"),
        "kb": translate("ArticleView", "{} KB"),
        "mb": translate("ArticleView", "{} MB"),
    }
