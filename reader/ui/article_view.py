"""The article pane: a QTextBrowser that shows our rendered HTML and loads nothing by itself.

- The page's HTML and words come from :mod:`reader.ui.article_page`.
- Links are never followed by Qt (``setOpenLinks(False)``): http, https and mailto go to the
  system browser, ``broadsheet:`` links are ours, everything else is refused in words
  (:mod:`reader.ui.article_links` decides which).
- ``loadResource`` serves images from the article cache (``cache:<64 hex>``) and nothing else:
  no ``file:``, no relative paths, no network (RELIABILITY H2-H4). An image's real format and
  size are read from its bytes first; it is decoded off the GUI thread to the size it is shown
  (a quiet box of that size stands in meanwhile), and one article decodes at most
  :data:`~reader.core.images.ARTICLE_PIXEL_BUDGET` pixels; the rest get the placeholder.
- The text column is capped at about 65-75 characters by the root frame's side margins, computed
  again on every resize. In a pane narrower than that the column is the pane (less its padding
  and the scroll bar), and images are made no wider: when a resize changes that width, the page
  is laid out again, so no image ever needs a horizontal scroll bar.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.render.body import MAX_IMAGE_HEIGHT_RATIO
from reader.core.render.document import render_message, render_welcome
from reader.settings import Settings
from reader.ui import themes
from reader.ui.article_images import ArticleImages
from reader.ui.article_links import LinkKind, route_link
from reader.ui.article_page import article_html, page_words
from reader.ui.lazy_qt import Qt
from reader.ui.page_layout import SIDE_PADDING, column_px, fit_images, reading_font
from reader.ui.reading_resources import placeholder_image

log = logging.getLogger(__name__)

_CACHE_RE = re.compile(r"^cache:([0-9a-f]{64})$")
TOP_PADDING = 24
DARK_IMAGE_DIM = 0.12
"""How much images are darkened on the dark page (bright photos glare)."""
_IMAGE = QTextDocument.ResourceType.ImageResource
MIN_TEXT_PX = 120
"""The narrowest text column (a pane squeezed smaller than this scrolls)."""
RESIZE_RELAYOUT_MS = 120
"""After a resize that changes the text column, the page is laid out again this much later
(once, not on every step of a drag)."""
ARTICLE_MODES = ("reader", "feed", "original")
"""Reader view (the feed's text until it exists), the feed's text, the page in the browser."""


class ArticleView(QTextBrowser):
    """Shows one article (or the welcome page, or a message) in the chosen reading settings."""

    welcome_action = Signal(str)
    """``"add"``, ``"import"`` or ``"suggested"``: a link on the welcome page was clicked."""
    link_refused = Signal(str)
    """Words for the status bar: a link was not opened."""
    link_copied = Signal(str)
    """The article's address was copied to the clipboard."""
    enclosure_action = Signal(str)
    """``"play/N"``, ``"download/N"`` or ``"cancel/N"``: N is the file in ``enclosures``."""
    edition_requested = Signal(str)
    """The reader picked another language edition (a normalized tag) on the "Also in" line."""
    font_step_requested = Signal(int)
    """Ctrl+wheel over the article: +1 bigger, -1 smaller (the window changes the setting, so
    the size persists; QTextBrowser's own zoom would not)."""

    def __init__(self, cache: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_view")
        self._cache = cache
        self._settings = Settings()
        self._article: Article | None = None
        self._simplified: SimplifiedArticle | None = None
        # blank until something is shown: the welcome page is only for an empty profile
        self._page: tuple[str, str] = ("message", "")
        self.shown_mode = "reader"
        """How the open article is shown (one of :data:`ARTICLE_MODES`)."""
        self._rtl = False
        self.resource_log: list[tuple[str, bool]] = []
        """The last resource requests: (address asked for, served from the cache?)."""
        self.pictures = ArticleImages(cache, self)
        """The article's images: decoded off the GUI thread, within a pixel budget."""
        self.pictures.arrived.connect(self._on_pictures_arrived)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._on_relayout_timeout)
        self._laid_out_px = 0
        self.downloads: dict[str, Any] = {}  # render.enclosures.DownloadState by file URL
        self._resize_relayout = QTimer(self)
        self._resize_relayout.setSingleShot(True)
        self._resize_relayout.setInterval(RESIZE_RELAYOUT_MS)
        self._resize_relayout.timeout.connect(self._on_resize_relayout_timeout)
        # The page is as wide as the pane: a horizontal scroll bar would only ever show an
        # overflow, which the layout avoids; never offer it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setAccessibleName(self.tr("Article"))
        self.anchorClicked.connect(self._on_anchor_clicked)
        themes.theme_notifier().colours_changed.connect(self._on_theme_colours_changed)
        self._apply_fonts()

    # ----------------------------------------------------------------- public API

    def show_article(
        self, article: Article, simplified: SimplifiedArticle | None, *, mode: str = "reader"
    ) -> None:
        """Show ``article`` as one of :data:`ARTICLE_MODES` (its reader view is kept in every
        mode, so :meth:`set_mode` switches at once)."""
        same = self._article is not None and self._article.id == article.id
        same = same and self._page[0] == "article" and self.shown_mode == mode
        keep = self.verticalScrollBar().value() if same else 0
        if not same:
            self.pictures.forget()
        self._article, self._simplified = article, simplified
        self._page = ("article", "")
        self.shown_mode = mode if mode in ARTICLE_MODES else "reader"
        self._render()
        self.verticalScrollBar().setValue(keep)

    def set_mode(self, mode: str) -> None:
        """Show the open article in another mode (from what is at hand: nothing is fetched)."""
        if self._article is not None and self._page[0] == "article":
            self.show_article(self._article, self._simplified, mode=mode)

    def show_welcome(self) -> None:
        """The first-run page with Add / Import / Suggested links."""
        self.pictures.forget()
        self._article, self._simplified = None, None
        self._page = ("welcome", "")
        self._render()

    def show_message(self, text: str) -> None:
        """A short message instead of an article (text shown literally)."""
        self.pictures.forget()
        self._article, self._simplified = None, None
        self._page = ("message", text)
        self._render()

    def current_article_id(self) -> int | None:
        """The id of the article shown, or ``None``."""
        return self._article.id if self._article is not None else None

    def current_article(self) -> Article | None:
        """The article shown, or ``None``."""
        return self._article

    def apply_settings(self, settings: Settings) -> None:
        """Use new reading settings (mode, font, size, line width) and show the page again."""
        self._settings = settings
        self._apply_fonts()
        self._rerender()

    def scroll_page(self) -> bool:
        """Scroll down one page; ``False`` when already at the bottom."""
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum():
            return False
        bar.setValue(min(bar.maximum(), bar.value() + max(1, bar.pageStep() - 40)))
        return True

    def column_px(self) -> int:
        """The text column's width in px for the current font and line width."""
        return column_px(self.document().defaultFont(), self._settings)

    def text_px(self) -> int:
        """The text column as laid out in this pane: the chosen line width, or the pane's width
        less its padding and a vertical scroll bar (counted always, so the column does not
        change when the bar appears)."""
        # The vertical bar's width is the style's scroll bar extent (asking the style would
        # build QStyle's Python type before an empty profile's first frame, its welcome page).
        bar = self.verticalScrollBar().sizeHint().width()
        room = self.width() - 2 * self.frameWidth() - bar - 2 * SIDE_PADDING
        return max(MIN_TEXT_PX, min(self.column_px(), room))

    # ----------------------------------------------------------------- rendering

    def _mode(self) -> str:
        return themes.resolve_mode(self._settings.reading_mode)

    def _apply_fonts(self) -> None:
        font = reading_font(self._settings)
        self.document().setDefaultFont(font)
        self._family = font.family()
        colours = themes.reading_colours(self._settings.reading_mode)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(colours.background))
        pal.setColor(QPalette.ColorRole.Text, QColor(colours.text))
        pal.setColor(QPalette.ColorRole.Link, QColor(colours.link))
        self.setPalette(pal)
        self._colours = colours

    def _render(self) -> None:
        kind, text = self._page
        column = self.text_px()
        self._laid_out_px = column
        common: dict[str, Any] = {
            "mode": self._mode(),
            "font_family": self._family,
            "colours": self._colours,
        }
        ui_rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if kind == "article" and self._article is not None:
            html, self._rtl = article_html(
                self._article,
                self._simplified,
                self.shown_mode,
                self._settings,
                column_px=column,
                has_image=self._has_image,
                downloads=self.downloads,
                **common,
            )
        elif kind == "message":
            self._rtl = ui_rtl
            html = render_message(text, self._settings, rtl=ui_rtl, **common)
        else:
            self._rtl = ui_rtl
            html = render_welcome(self._settings, labels=page_words(), rtl=ui_rtl, **common)
        doc = self.document()
        doc.clear()
        option = QTextOption(doc.defaultTextOption())
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if self._rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        self.setHtml(html)
        if kind == "article":  # the welcome and message pages have no picture
            fit_images(doc, column)
        self._update_margins()

    def _on_theme_colours_changed(self) -> None:
        if self._settings.reading_mode == "system":
            self._apply_fonts()
            self._rerender()

    def _rerender(self) -> None:
        if self._page[0] == "article" and self._article is None:
            return
        value = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(value)

    def viewport_px(self) -> int:
        """The viewport's width as the scroll area lays it out (its room less a vertical bar
        it shows), without asking for the viewport: the first plain QWidget Qt made that Python
        is handed makes PySide build every QtWidgets class (~70 M instructions, before an empty
        profile's first frame, its welcome page)."""
        bar = self.verticalScrollBar()
        shown = bar.isVisibleTo(self)
        return self.maximumViewportSize().width() - (bar.sizeHint().width() if shown else 0)

    def _update_margins(self) -> None:
        width = self.viewport_px()
        column = self.text_px()
        side = max(SIDE_PADDING, (width - column) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        # the welcome page sits a little lower, like a title page
        top = TOP_PADDING * 4 if self._page[0] == "welcome" else TOP_PADDING
        if fmt.leftMargin() == side and fmt.topMargin() == top:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(TOP_PADDING * 2)
        frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the text column centred and capped at the chosen line width."""
        super().resizeEvent(event)
        self._update_margins()
        if self._laid_out_px and self.text_px() != self._laid_out_px:
            self._resize_relayout.start()

    def _on_resize_relayout_timeout(self) -> None:
        """The column's width changed: images and the page again at the new width."""
        if self.text_px() != self._laid_out_px:
            self._rerender()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel asks for a font size step instead of Qt's unsaved zoom."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.font_step_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Show the labels again in the new language; keep the reading font when the widget's
        font changes (QTextEdit then gives the document the interface font: a switch to Chinese,
        Japanese or Korean, or a new desktop font, showed articles at 9 pt until the settings
        changed again)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Article"))
            self._rerender()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
            self._rerender()

    # ----------------------------------------------------------------- links

    def _on_anchor_clicked(self, url: QUrl) -> None:
        """Do what :func:`~reader.ui.article_links.route_link` decided for the clicked link."""
        route = route_link(url, self._article.link if self._article is not None else None)
        if route.kind is LinkKind.OUTSIDE and route.url is not None:
            self._open_outside(route.url)
        elif route.kind is LinkKind.COPY:
            QGuiApplication.clipboard().setText(route.text)
            self.link_copied.emit(route.text)
        elif route.kind is LinkKind.EDITION:
            self.edition_requested.emit(route.text)
        elif route.kind is LinkKind.WELCOME:
            self.welcome_action.emit(route.text)
        elif route.kind is LinkKind.ENCLOSURE:
            self.enclosure_action.emit(route.text)
        else:
            log.info("refused a link with scheme %r", route.text[:20])
            self.link_refused.emit(self.tr("This kind of link is not opened."))

    # ----------------------------------------------------------------- resources

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Images from the article cache only; nothing else is ever read or fetched."""
        address = url.toString() if isinstance(url, QUrl) else str(url)
        match = _CACHE_RE.match(address)
        served = False
        result: Any = None
        if int(kind) == _IMAGE.value:
            params = self._image_params()
            shown = self.pictures.shown(match.group(1), params, self._colours) if match else None
            served = shown is not None and shown.state in ("pending", "decoded")
            result = shown.image if shown is not None else self._placeholder()
        if not match:
            log.debug("refused resource %.80s", address)
        if len(self.resource_log) >= 500:
            del self.resource_log[:250]
        self.resource_log.append((address[:200], served))
        return result

    def _open_outside(self, url: QUrl) -> None:
        """The system's browser or mail client; when there is none, say so."""
        if not QDesktopServices.openUrl(url):
            self.link_refused.emit(self.tr("No web browser could be opened for this address."))

    def _image_params(self) -> tuple[int, int, float, float]:
        column = self._laid_out_px or self.text_px()
        ratio = self.devicePixelRatioF() or 1.0
        dim = DARK_IMAGE_DIM if self._colours.dark else 0.0
        return column, round(column * MAX_IMAGE_HEIGHT_RATIO), ratio, dim

    def _on_pictures_arrived(self, key: str, image: QImage) -> None:
        self.document().addResource(_IMAGE.value, QUrl(f"cache:{key}"), image)
        self._relayout.start()

    def _on_relayout_timeout(self) -> None:
        """Show the images that arrived (one layout pass for a burst of them)."""
        doc = self.document()
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()

    def _has_image(self, url: str) -> bool:
        """True unless the cache says the image is missing (then it is left out of the page)."""
        probe = getattr(self._cache, "has_image", None)
        if probe is None:
            return True
        try:
            return bool(probe(url))
        except Exception:  # the cache must never break reading
            log.exception("cache has_image failed")
            return True

    def _placeholder(self) -> QImage:
        return placeholder_image(self._colours)
