"""OPML <-> folders and feeds (defusedxml, iterative walk, http/https/feed URLs only).

Reading streams the file through defusedxml's ``iterparse``: a DOCTYPE, an entity or an external
reference refuses the whole file, and so does any XML error, even at the very end (the caller
gets an :class:`OpmlDocument` only when all of the file was read). The walk is a loop with an
explicit stack, so 5,000 nested outlines are fine; folders deeper than
:data:`MAX_FOLDER_DEPTH` are flattened into their ancestor at that depth.

Writing produces OPML 2.0 in UTF-8 with characters that XML cannot carry removed.
"""

from __future__ import annotations

import io
import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import format_datetime

from reader.core.feeds.decode import decode
from reader.core.parsed import OpmlDocument, OpmlFeed, OpmlFolder
from reader.core.redact import redact_url
from reader.core.render.sanitize import absolute_url, plain_text
from reader.core.urls import feed_key, feed_url_problem
from reader.errors import OpmlError

log = logging.getLogger(__name__)

ENTITIES_MESSAGE = "this OPML file uses XML entities; nothing imported"
DTD_MESSAGE = "this OPML file declares a document type (DOCTYPE); nothing imported"
MAX_FOLDER_DEPTH = 20
"""Folder levels kept; deeper folders' feeds go into their ancestor at this depth."""
MAX_LISTED_SKIPS = 500
"""Skipped feeds listed one by one in the report; the rest are counted."""

# Everything XML 1.0 cannot carry: C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ILLEGAL_REFERENCE = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,12})|0*([0-9]{1,20}));")


@dataclass
class _Folder:
    """A folder being built (mutable until the walk ends)."""

    title: str = ""
    feeds: list[OpmlFeed] = field(default_factory=list)
    folders: list[_Folder] = field(default_factory=list)

    def freeze(self) -> OpmlFolder | None:
        """The immutable folder, ``None`` when it holds no feed at any depth."""
        folders = tuple(f for f in (child.freeze() for child in self.folders) if f is not None)
        if not self.feeds and not folders and self.title:
            return None
        return OpmlFolder(title=self.title, feeds=tuple(self.feeds), folders=folders)


@dataclass
class _Frame:
    """One open ``<outline>``: where its children go and what it turned out to be."""

    folder: _Folder
    depth: int
    is_folder: bool
    has_children: bool = False


@dataclass
class _Report:
    """What was skipped while reading."""

    listed: list[str] = field(default_factory=list)
    unlisted: int = 0
    without_url: int = 0
    duplicates: int = 0

    def skip(self, what: str, reason: str) -> None:
        if len(self.listed) < MAX_LISTED_SKIPS:
            self.listed.append(f"{what[:200]}: {reason}")
        else:
            self.unlisted += 1

    def lines(self) -> tuple[str, ...]:
        result = list(self.listed)
        if self.unlisted:
            result.append(f"and {self.unlisted} more feeds with unsupported addresses")
        if self.without_url:
            result.append(f"{self.without_url} outlines without a feed address were skipped")
        if self.duplicates:
            result.append(f"{self.duplicates} duplicate feeds were merged")
        return tuple(result)


def _readable(data: bytes) -> bytes:
    """The file as UTF-8 that XML can carry.

    The feeds' one decision about the encoding: a byte-order mark wins over the declaration
    (expat believed a UTF-8 file's "iso-8859-1": "cafÃ©"), and undeclared Windows-1252 bytes
    are read as such instead of refusing the file as "not well-formed (invalid token)". And
    characters XML cannot carry, raw or as references (``\x0b``, ``&#0;``), are dropped: other
    readers write them into titles (ElementTree does), and one refused the whole file.
    """
    decoded = decode(data)
    text = _ILLEGAL_XML.sub("", decoded.text)
    if "&#" in text:
        text = _ILLEGAL_REFERENCE.sub(_legal_reference, text)
    return replace(decoded, text=text).utf8_document()


def _legal_reference(match: re.Match[str]) -> str:
    """A character reference, or ``""`` when it names a character XML cannot carry."""
    hex_digits, decimal = match.group(1), match.group(2)
    value = int(hex_digits, 16) if hex_digits else int(decimal)
    if value > 0x10FFFF or _ILLEGAL_XML.match(chr(value)):  # surrogates included
        return ""
    return match.group(0)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def parse_opml(data: bytes) -> OpmlDocument:
    """Read an OPML file; raises OpmlError for anything that is not a usable OPML (nothing kept)."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    if not data or not data.strip():
        raise OpmlError("not an OPML file: the file is empty")
    data = _readable(data)
    root = _Folder()
    report = _Report()
    seen: set[str] = set()
    stack: list[_Frame] = []  # one per open <outline>
    title = ""
    in_head = in_body = False
    opened: list[str] = []
    try:
        events = DET.iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True)
        for event, element in events:
            name = _local(element.tag)
            if event == "start":
                if not opened and name != "opml":
                    raise OpmlError(f"not an OPML file: the document is <{name[:40]}>")
                opened.append(name)
                if name == "head":
                    in_head = True
                elif name == "body":
                    in_body = True
                elif name == "outline" and in_body:
                    _open_outline(element, stack, root, report, seen)
                continue
            opened.pop()
            if name == "title" and in_head and not title:
                title = plain_text(element.text or "")
            elif name == "head":
                in_head = False
            elif name == "body":
                in_body = False
            elif name == "outline" and in_body and stack:
                frame = stack.pop()
                if frame.is_folder and not frame.has_children:
                    report.without_url += 1  # neither a feed nor a folder of feeds
            element.clear()  # stream: forget what was read
    except DefusedXmlException as exc:
        log.info("OPML refused: %s", exc)
        # defusedxml stops at the DOCTYPE, entities or not: say which the file has.
        raise OpmlError(ENTITIES_MESSAGE if b"<!ENTITY" in data else DTD_MESSAGE) from None
    except ET.ParseError as exc:
        raise OpmlError(f"not an OPML file: {_parse_error_words(exc)}") from None
    except (ValueError, LookupError) as exc:  # an encoding Python does not know
        raise OpmlError(f"not an OPML file: {exc}") from None
    frozen = root.freeze() or OpmlFolder()
    return OpmlDocument(title=title, root=frozen, skipped=report.lines())


def _open_outline(
    element: ET.Element, stack: list[_Frame], root: _Folder, report: _Report, seen: set[str]
) -> None:
    """Handle the start of an ``<outline>``: a feed into its folder, or a new folder."""
    if stack:
        stack[-1].has_children = True
        parent, depth = stack[-1].folder, stack[-1].depth
    else:
        parent, depth = root, 0
    attributes = {key.lower(): value for key, value in element.attrib.items()}
    name = plain_text(attributes.get("text") or attributes.get("title") or "")
    raw_url = attributes.get("xmlurl")
    if raw_url is None:
        if depth >= MAX_FOLDER_DEPTH:  # flattened: its children go to the ancestor
            stack.append(_Frame(parent, depth, is_folder=True))
            return
        folder = _Folder(title=name or "Untitled folder")
        parent.folders.append(folder)
        stack.append(_Frame(folder, depth + 1, is_folder=True))
        return
    stack.append(_Frame(parent, depth, is_folder=False))  # any children go to its folder
    url, problem = feed_url_problem(raw_url)
    if problem:
        shown = _printable(redact_url(raw_url))
        report.skip(f"{name} ({shown})" if name else shown, problem)
        return
    key = feed_key(url)  # the rule of "already subscribed", also within one file
    if key in seen:
        report.duplicates += 1
        return
    seen.add(key)
    site = absolute_url(attributes.get("htmlurl") or "", url)
    parent.feeds.append(OpmlFeed(url=url, title=name, site_url=site))


def _printable(text: str) -> str:
    """An address as it can be shown in a report (one line, bounded)."""
    return plain_text(text, limit=120) or "(empty)"


def _parse_error_words(exc: ET.ParseError) -> str:
    """An expat error in words, with its place."""
    line, column = getattr(exc, "position", (0, 0))
    reason = str(exc).split(":")[0] or "not well-formed"
    return f"{reason} (line {line}, column {column})"


def _clean(text: str) -> str:
    """``text`` without characters XML 1.0 cannot carry (NUL, vertical tab, lone surrogates)."""
    return _ILLEGAL_XML.sub("", text or "")


def write_opml(document: OpmlDocument) -> bytes:
    """Serialize to OPML 2.0 (UTF-8); characters illegal in XML are stripped."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = _clean(document.title)
    ET.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = ET.SubElement(opml, "body")
    # Iterative: (folder, the element its children go into).
    pending: list[tuple[OpmlFolder, ET.Element]] = [(document.root, body)]
    while pending:
        folder, parent = pending.pop()
        for sub in folder.folders:
            title = _clean(sub.title)
            element = ET.SubElement(parent, "outline", text=title, title=title)
            pending.append((sub, element))
        for feed in folder.feeds:
            title = _clean(feed.title)
            attributes = {"type": "rss", "text": title, "title": title, "xmlUrl": _clean(feed.url)}
            if feed.site_url:
                attributes["htmlUrl"] = _clean(feed.site_url)
            ET.SubElement(parent, "outline", attributes)
    ET.indent(opml, space="  ")
    data: bytes = ET.tostring(opml, encoding="utf-8", xml_declaration=True)
    return data + b"\n"
