"""Widgets and helpers that show feed-controlled text as plain text, always.

Qt guesses "rich text" for any string that looks like markup (``Qt.AutoText``), and a rich-text
label, tooltip or message box can be made to read ``/dev/zero`` or a local file by a feed title
such as ``<img src="/dev/zero">`` (RELIABILITY F9). Everything a feed wrote goes through these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from reader.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

from reader.core.render.spoofing import strip_spoofing

MAX_TEXT = 2000
"""Longest text shown in a label or tooltip; longer text is cut with an ellipsis."""


def clean_text(text: object, limit: int = MAX_TEXT) -> str:
    """``text`` as a safe one-piece string: no NUL or control characters, no bidi overrides,
    at most ``limit`` characters. Newlines are kept."""
    value = "" if text is None else str(text)
    if len(value) > limit * 4:
        value = value[: limit * 4]
    # one rule for every display: joiners in words and emoji stay, spoofing controls go
    result = strip_spoofing(value, keep="\n\t")
    if len(result) > limit:
        result = result[: limit - 1].rstrip() + "…"
    return result


def one_line(text: object, limit: int = MAX_TEXT) -> str:
    """``text`` cleaned and on one line (for list rows, titles, status messages)."""
    return " ".join(clean_text(text, limit).split())


def elide(text: object, widget: QWidget, width: int, mode: Qt.TextElideMode | None = None) -> str:
    """``text`` on one line, cut with an ellipsis to fit ``width`` px in ``widget``'s font
    (``mode``: at the right end by default)."""
    if mode is None:
        mode = Qt.TextElideMode.ElideRight
    return widget.fontMetrics().elidedText(one_line(text), mode, max(0, width))


def plain_tooltip_html(text: object) -> str:
    """A tooltip string Qt renders as exactly ``text``: escaped and wrapped in a paragraph.

    Qt treats a tooltip that looks like markup as rich text; wrapping escaped text in ``<p>`` makes
    it rich text that we wrote, with nothing of the feed's interpreted.
    """
    from html import escape  # here: html.entities is ~1.5 ms of the start-up

    body = escape(clean_text(text, MAX_TEXT)).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""


def set_plain_tooltip(widget: QWidget, text: object) -> None:
    """Give ``widget`` a tooltip showing ``text`` literally."""
    widget.setToolTip(plain_tooltip_html(text))


class PlainLabel(QLabel):
    """A QLabel that only ever shows plain text (links and markup are never interpreted)."""

    def __init__(self, text: object = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setOpenExternalLinks(False)
        self.setText(text)

    def setText(self, text: object) -> None:
        """Show ``text`` literally (control and bidi-override characters removed)."""
        self.setTextFormat(Qt.TextFormat.PlainText)
        super().setText(clean_text(text))

    def setTextFormat(self, _format: Qt.TextFormat) -> None:
        """Always plain text, whatever is asked."""
        super().setTextFormat(Qt.TextFormat.PlainText)


def _message_box() -> type[QMessageBox]:
    """``QMessageBox``, imported when a box is first made: start-up time (its class and enums
    cost ~1-2 ms, and the first frame shows no box)."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


def make_message_box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: object,
    text: object,
    buttons: QMessageBox.StandardButton | None = None,
    default: QMessageBox.StandardButton | None = None,
    detail: object = "",
) -> QMessageBox:
    """A message box whose title, text and detail are plain text (not shown yet); OK unless
    ``buttons`` and ``default`` say otherwise."""
    ok = _message_box().StandardButton.Ok
    box = _message_box()(parent)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(one_line(title, 200))
    box.setText(clean_text(text))
    if detail:
        box.setInformativeText(clean_text(detail))
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(ok if buttons is None else buttons)
    box.setDefaultButton(ok if default is None else default)
    return box


def _box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: object,
    text: object,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
    detail: object = "",
) -> QMessageBox.StandardButton:
    box = make_message_box(icon, parent, title, text, buttons, default, detail)
    try:
        return _message_box().StandardButton(box.exec())
    finally:
        box.deleteLater()


def information(parent: QWidget | None, title: object, text: object, detail: object = "") -> None:
    """An information box; title and text shown as plain text."""
    ok = _message_box().StandardButton.Ok
    _box(_message_box().Icon.Information, parent, title, text, ok, ok, detail)


def warning(parent: QWidget | None, title: object, text: object, detail: object = "") -> None:
    """A warning box; title and text shown as plain text."""
    ok = _message_box().StandardButton.Ok
    _box(_message_box().Icon.Warning, parent, title, text, ok, ok, detail)


def critical(parent: QWidget | None, title: object, text: object, detail: object = "") -> None:
    """An error box; title and text shown as plain text."""
    ok = _message_box().StandardButton.Ok
    _box(_message_box().Icon.Critical, parent, title, text, ok, ok, detail)


def question(parent: QWidget | None, title: object, text: object, detail: object = "") -> bool:
    """A Yes/No question; True for Yes. Title and text shown as plain text."""
    box = _message_box()
    yes, no = box.StandardButton.Yes, box.StandardButton.No
    answer = _box(box.Icon.Question, parent, title, text, yes | no, no, detail)
    return answer == yes
