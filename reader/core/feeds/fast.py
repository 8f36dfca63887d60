"""The fast path: well-formed RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 read with lxml.

It gives the same raw entry dictionaries feedparser gives for the fields we keep (title, link,
id, author, dates, summary, content, enclosure and media images), so the rest of the pipeline
(:func:`reader.core.feeds.parse._entry`: plain text, sanitizing, ids, dates) is shared. It reads
a *known* vocabulary only: a document that is not well-formed, declares a DOCTYPE, or holds an
element in an entry that could change a kept field in a way this module does not reproduce
(two titles, two summaries, a ``<source>``, an SVG, an unknown content type...) makes it
return ``None``, and feedparser reads the document as before. Never raises on bad input.

lxml is asked for nothing it could fetch or expand: no DTD, no network, no entity
substitution, no huge trees (the prolog guard has already refused entity declarations).
"""

from __future__ import annotations

import threading
from typing import Any

from lxml import etree

from reader.core.feeds import fpcompat as fp
from reader.core.feeds.dates import needs_fallback
from reader.core.feeds.vocab import (
    ATOM_NS,
    AUTHOR_PARTS,
    AUTHORS,
    CONTAINERS,
    CONTENTS,
    DATES,
    FEED_SIGNIFICANT,
    ONCE,
    RSS090_NS,
    RSS10_NS,
    SIGNIFICANT,
    SUMMARIES,
    TEXT_TYPES,
    TITLES,
    XML_NS,
    Decline,
    attrs_of,
    author,
    enforce_href,
    finish,
    holds,
    link_of,
    name_of,
    text_of,
    xhtml,
)  # fmt: skip

_local = threading.local()
_XML_BASE = f"{{{XML_NS}}}base"
_GROUPS = {**DATES, **dict.fromkeys(AUTHORS, "author")}  # what an entry keeps an element as


def _parser() -> etree.XMLParser:
    """One parser per thread (lxml parsers are not shared between threads)."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
            remove_comments=True, remove_pis=True, strip_cdata=True, collect_ids=False,
        )  # fmt: skip
        _local.parser = parser
    return parser


def read(document: bytes, url: str) -> tuple[dict[str, Any], list[dict[str, Any]], str] | None:
    """(feed fields, raw entries, feedparser's version) of a UTF-8 document, or ``None``."""
    try:
        tree = etree.fromstring(document, _parser()).getroottree()
    except (etree.XMLSyntaxError, ValueError):
        return None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        return None
    try:
        # No "base" in the bytes: no element has an xml:base (or base) attribute to look up.
        return _Reader(url, bases=b"base" in document).document(tree.getroot())
    except Decline:
        return None


class _Reader:
    """One document's walk; ``bases`` caches feedparser's base-URL arithmetic."""

    def __init__(self, url: str, *, bases: bool = True) -> None:
        """``url``: the document's address (feedparser's first base URL); ``bases``: False
        when no element carries a base attribute (the walk then looks none up)."""
        self.url = url
        self.may_rebase = bases
        self.atom = False
        self.bases: dict[tuple[str, str | None], str] = {}
        self.title_depth = -1  # feedparser's: a title at this depth or deeper is not kept
        self.has_content = False  # feedparser's hasContent: set by content, reset by an entry

    def base(self, element: Any, parent: str) -> str:
        """The element's base URL, as feedparser tracks ``xml:base`` (and ``base``)."""
        given = (element.get(_XML_BASE) or element.get("base")) if self.may_rebase else None
        key = (parent, given)
        found = self.bases.get(key)
        if found is None:
            if given is not None and not parent:
                raise Decline("xml:base without a document URL")
            if not parent:
                found = fp.urljoin(parent, given or parent)
            else:
                found = fp.safe_absolute_uri(parent, given or parent) or parent
            self.bases[key] = found
        return found

    # -- the document -----------------------------------------------------------------------
    def document(self, root: Any) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
        """Walk the root: ``rss``, RDF or Atom 1.0 ``feed``; anything else is declined."""
        name = name_of(root)
        namespaces = set(root.nsmap.values())
        for prefix, uri in root.nsmap.items():
            known = fp.NAMESPACES.get(uri.lower())
            if (
                prefix
                and prefix.lower() in fp.KNOWN_PREFIXES
                and known is not None
                and known.lower() != prefix.lower()
            ):
                raise Decline("a known prefix bound to another namespace")
        base = self.base(root, self.url)  # feedparser's first base is the URL as given
        feed: dict[str, Any] = {}
        entries: list[dict[str, Any]] = []
        if name == "rss":
            channels = [c for c in root if name_of(c) == "channel"]
            if len(channels) != 1 or len(root) != 1:
                raise Decline("rss without exactly one channel")
            version = "rss20"
            self.channel(channels[0], self.base(channels[0], base), feed, entries)
        elif name == "rdf_rdf":
            if ATOM_NS in namespaces or not (
                RSS10_NS in namespaces or root.nsmap.get(None) == RSS090_NS
            ):
                raise Decline("RDF without RSS 1.0, or with Atom declared")
            version = "rss10" if RSS10_NS in namespaces else "rss090"
            for child in root:
                child_name = name_of(child)
                child_base = self.base(child, base)
                if child_name == "channel":
                    self.channel(child, child_base, feed, entries)
                elif child_name == "item":
                    entries.append(self.entry(child, child_base, 2))
                elif child_name == "image":
                    self.image(child, child_base, feed, stored=False, depth=2)
                elif child_name in SIGNIFICANT or holds(child, SIGNIFICANT):
                    raise Decline(f"RDF {child_name}")
        elif name == "feed" and root.tag == f"{{{ATOM_NS}}}feed":
            if RSS10_NS in namespaces or root.nsmap.get(None) == RSS090_NS:
                raise Decline("Atom with RSS namespaces")
            self.atom, version = True, "atom10"
            self.feed_level(root, base, feed, entries, 1)
        else:
            raise Decline("not a feed root")
        if not entries:
            raise Decline("no entries")
        return feed, entries, version

    def channel(self, element: Any, base: str, feed: dict[str, Any], entries: list[Any]) -> None:
        """An RSS ``<channel>`` (depth 2 under ``rss`` or ``rdf:RDF``)."""
        attrs = attrs_of(element)
        if "href" in attrs or "lastmod" in attrs:
            raise Decline("a CDF channel")
        self.feed_level(element, base, feed, entries, 2)

    def feed_level(
        self, container: Any, base: str, feed: dict[str, Any], entries: list[Any], depth: int
    ) -> None:
        """The channel's (or Atom feed's) children: title, link, icon, image, entries."""
        for child in container:
            name = name_of(child)
            child_base = self.base(child, base)
            if name in ("item", "entry"):
                entries.append(self.entry(child, child_base, depth + 1))
            elif name in TITLES:
                self.title(child, child_base, depth + 1, feed, None)
            elif name == "link":
                link = link_of(child, child_base, entry=False)
                if link is not None:
                    feed["link"] = link
            elif name in ("id", "guid"):
                is_link = attrs_of(child).get("ispermalink", "true") == "true"
                value = finish("id", text_of(child), child_base, resolve=is_link)
                if is_link:
                    feed.setdefault("link", value)
            elif name == "image":
                self.image(child, child_base, feed, stored=True, depth=depth + 1)
            elif name in ("itunes_image", "itunes_link"):
                attrs = attrs_of(child)
                href = attrs.get("href") or attrs.get("url")
                if href:
                    feed["image"] = {"href": href}
                if len(child):
                    raise Decline("markup in itunes:image")
            elif name in ("icon", "logo"):
                feed[name] = "" if attrs_of(child) else finish(name, text_of(child), child_base)
            elif name in SUMMARIES:
                if len(child):
                    raise Decline(f"markup in feed-level {name}")
                if "summary" in feed and not self.has_content:
                    self.has_content = True  # feedparser reads it as content (kept for entries)
                elif SUMMARIES[name][0] == "summary":
                    feed["summary"] = True
            elif name in FEED_SIGNIFICANT or holds(child, FEED_SIGNIFICANT):
                raise Decline(f"feed-level {name}")

    def image(
        self, element: Any, base: str, feed: dict[str, Any], *, stored: bool, depth: int
    ) -> None:
        """An RSS ``<image>``: its ``<url>`` is the feed's image (inside the channel only)."""
        image = feed.setdefault("image", {}) if stored else {}
        self.title_depth = -1
        for child in element:
            name = name_of(child)
            if name not in ("title", "link", "url", "width", "height", "description"):
                raise Decline(f"{name} in an image")
            child_base = self.base(child, base)
            if name == "url":
                image["href"] = finish("href", text_of(child), child_base)
            elif name == "title":
                self.title(child, child_base, depth + 1, {}, None)
            elif len(child):
                raise Decline("markup in an image")

    def title(
        self,
        element: Any,
        base: str,
        depth: int,
        target: dict[str, Any],
        seen: dict[str, int] | None,
    ) -> None:
        """A title: kept unless a title was already read at this depth or above (feedparser's
        ``title_depth``); in an entry, also unless one was kept from a shallower element."""
        value, kind = self.content_text(element, base, "title", "text/plain")
        if not -1 < self.title_depth <= depth:
            old = seen.get("title") if seen is not None else None
            if old is None or depth <= old:
                target["title"] = value
                if seen is not None:
                    seen["title"] = depth
                    target["title_detail"] = {"type": kind, "base": base}
        if value and name_of(element) != "media_title":
            self.title_depth = depth

    # -- text ---------------------------------------------------------------------------------
    def content_text(self, element: Any, base: str, key: str, default: str) -> tuple[str, str]:
        """(text, final content type) of a title/summary/content element."""
        attrs = attrs_of(element)
        kind = fp.map_content_type(attrs.get("type", default))
        if kind not in TEXT_TYPES or attrs.get("mode") or "src" in attrs:
            raise Decline(f"content type {kind!r}")
        if kind == "application/xhtml+xml":
            output = xhtml(element, self.atom).strip()
        else:
            output = text_of(element).strip()
        if not self.atom and kind == "text/plain" and fp.looks_like_html(output):
            kind = "text/html"
        if kind in fp.HTML_TYPES and key in fp.CAN_CONTAIN_RELATIVE_URIS:
            output = fp.resolve_html(output, base, kind)
        return fp.fix_text(output), kind

    # -- entries ------------------------------------------------------------------------------
    def entry(self, element: Any, base: str, depth: int) -> dict[str, Any]:
        """One item/entry as feedparser's raw dictionary (the keys parse._entry reads)."""
        raw: dict[str, Any] = {"links": []}
        attrs = attrs_of(element)
        if "href" in attrs or "lastmod" in attrs:
            raise Decline("a CDF item")
        if attrs.get("rdf:about"):
            raw["id"] = attrs["rdf:about"]
        self.title_depth = -1
        seen: dict[str, int] = {}
        self.entry_children(element, base, depth + 1, raw, seen)
        self.has_content = False
        return raw

    def entry_children(
        self, element: Any, base: str, depth: int, raw: dict[str, Any], seen: dict[str, int]
    ) -> None:
        """The children of an entry (or of a Media RSS container in it), in document order."""
        same = None if self.may_rebase else self.base(element, base)  # no element rebases
        for child in element:
            name = name_of(child)
            child_base = same or self.base(child, base)
            group = _GROUPS.get(name, name)
            if group in ONCE:
                if group in seen or (group in ("guid", "id") and ("guid" in seen or "id" in seen)):
                    raise Decline(f"two {group} elements in an entry")
                seen[group] = depth
            if name in TITLES:
                self.title(child, child_base, depth, raw, seen)
            elif name in SUMMARIES:
                self.summary(child, name, child_base, depth, raw, seen)
            else:
                self.entry_child(child, name, group, child_base, raw, (depth, seen))
            if name in CONTAINERS:
                self.entry_children(child, child_base, depth + 1, raw, seen)

    def summary(
        self,
        child: Any,
        name: str,
        base: str,
        depth: int,
        raw: dict[str, Any],
        seen: dict[str, int],
    ) -> None:
        """A description/summary: the entry's summary, or its content when a summary is
        already there and no content yet (feedparser's rule for a second one)."""
        if "summary" in raw and not self.has_content:
            self.content(child, base, "text/plain", raw)
            return
        key, default = SUMMARIES[name]
        value, kind = self.content_text(child, base, key, default)
        old = seen.get("summary")
        if old is None or depth <= old:
            seen["summary"] = depth
            raw["summary"] = value
            raw["summary_detail"] = {"type": kind, "base": base}

    def content(self, child: Any, base: str, default: str, raw: dict[str, Any]) -> None:
        """A content element: appended to the entry's contents, and its summary if none."""
        self.has_content = True
        value, kind = self.content_text(child, base, "content", default)
        raw.setdefault("content", []).append({"type": kind, "value": value})
        raw.setdefault("summary", value)

    def entry_child(
        self, child: Any, name: str, group: str, base: str, raw: dict[str, Any], where: Any
    ) -> None:
        """Any other child of an entry (``where``: its depth, and what was kept at which)."""
        if name in CONTENTS:
            self.content(child, base, CONTENTS[name], raw)
        elif name == "link":
            link = link_of(child, base, entry=True, links=raw["links"])
            if link is not None:
                raw["link"] = link
        elif group in ("guid", "id"):
            is_link = attrs_of(child).get("ispermalink", "true") == "true"
            value = finish("id", text_of(child), base, resolve=is_link)
            raw["id"] = value
            if is_link:
                raw.setdefault("link", value)
        elif group == "author":
            author(child, base, raw, self.base, *where)
        elif group in ("published", "updated", "created"):
            value = finish(group, text_of(child), base)
            raw[group] = value
            raw[group + "_parsed"] = fp.feedparser_date(value) if needs_fallback(value) else None
        elif name == "enclosure":
            raw["links"].append({**enforce_href(attrs_of(child)), "rel": "enclosure"})
        elif name == "media_content":
            raw.setdefault("media_content", []).append(attrs_of(child))
        elif name == "media_thumbnail":
            attrs = attrs_of(child)
            url = finish("url", text_of(child), base)
            if url.strip() and "url" not in attrs:
                attrs["url"] = url
            raw.setdefault("media_thumbnail", []).append(attrs)
        elif name in ("itunes_image", "itunes_link"):
            if len(child):
                raise Decline("markup in itunes:image")
        elif (
            name == "itunes_duration"
        ):  # a plain element to feedparser: an attribute makes it a dict
            raw[name] = attrs_of(child) or finish(name, text_of(child), base)
        elif name == "contributor":
            if any(name_of(p) not in AUTHOR_PARTS or len(p) for p in child):
                raise Decline("odd contributor")
        elif name == "media_group":
            pass  # its children are the entry's (feedparser keeps no state for it)
        elif name in SIGNIFICANT or holds(child, SIGNIFICANT):
            raise Decline(f"{name} in an entry")
