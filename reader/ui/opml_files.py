"""The OPML files of the subscriptions: choosing one to import or a place to export to, reading
it (too large or unreadable: said in a dialog), the words for an import's outcome, and the
dialog for an import or export that failed in the worker. The
worker does the importing and exporting; the words keep the "Subscriptions" context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from reader.ui import widgets
from reader.ui.i18n import translate

if TYPE_CHECKING:
    from reader.usecases.refresh import ImportReport

MAX_OPML_BYTES = 64 * 1024 * 1024


def choose_import(parent: QWidget) -> Path | None:
    """Ask which OPML file to import (None: the user cancelled)."""
    from PySide6.QtWidgets import QFileDialog  # on use: not needed at start

    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Subscriptions", "Import OPML"),
        str(Path.home()),
        translate("Subscriptions", "OPML files (*.opml *.xml);;All files (*)"),
    )
    return Path(path) if path else None


def choose_export(parent: QWidget) -> str | None:
    """Ask where to write the subscriptions (None: the user cancelled)."""
    from PySide6.QtWidgets import QFileDialog  # on use: not needed at start

    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Subscriptions", "Export OPML"),
        str(Path.home() / "broadsheet-subscriptions.opml"),
        translate("Subscriptions", "OPML files (*.opml)"),
    )
    return path or None


def read_opml(path: Path, parent: QWidget) -> bytes | None:
    """The file's bytes; None when it is too large or unreadable (said in a dialog)."""
    try:
        # Read at most one byte over the cap: a device or a pipe (/dev/zero) has no size to
        # look at first, and read_bytes() read it until memory ran out.
        with open(path, "rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
        if len(data) > MAX_OPML_BYTES:
            raise OSError(translate("Subscriptions", "the file is too large"))
        return data
    except OSError as exc:
        widgets.warning(
            parent,
            translate("Subscriptions", "Import OPML"),
            translate("Subscriptions", "The file could not be read."),
            exc.strerror or str(exc),  # "Is a directory", not "[Errno 21] Is a directory: ..."
        )
        return None


def failed(parent: QWidget, importing: bool, words: str) -> None:
    """Say in a dialog why importing (``importing``) or exporting failed in the worker."""
    title = (
        translate("MainWindow", "The OPML file could not be imported.")
        if importing
        else translate("MainWindow", "The subscriptions could not be exported.")
    )
    widgets.warning(parent, translate("MainWindow", "Broadsheet"), title, words)


def import_summary(report: ImportReport) -> str:
    """ "3 subscriptions added, 1 already there." in the current language."""
    count, duplicates = report.added, report.duplicates  # plain names: lupdate drops expressions
    added = translate("Subscriptions", "%n subscriptions added", "", count)
    there = translate("Subscriptions", "%n already there", "", duplicates)
    return translate("Subscriptions", "%1, %2.").replace("%1", added).replace("%2", there)
