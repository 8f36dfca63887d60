"""The vocabulary of the fast path (:mod:`reader.core.feeds.fast`): element names as
feedparser's handlers know them, attributes as it normalises them, and inline XHTML as it
rebuilds it from parser events. Anything outside raises :class:`Decline`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.core.feeds import fpcompat as fp

ATOM_NS = "http://www.w3.org/2005/Atom"
RSS10_NS = "http://purl.org/rss/1.0/"
RSS090_NS = "http://my.netscape.com/rdf/simple/0.9/"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"

TITLES = frozenset({"title", "dc_title", "media_title"})
# element -> (feedparser's key, default content type)
SUMMARIES = {
    "description": ("description", "text/html"),
    "dc_description": ("description", "text/html"),
    "media_description": ("description", "text/html"),
    "summary": ("summary", "text/plain"),
    "itunes_summary": ("summary", "text/plain"),
}
CONTENTS = {"content": "text/plain", "content_encoded": "text/html"}
AUTHORS = frozenset({"author", "managingeditor", "dc_creator", "dc_author", "itunes_author"})
AUTHOR_PARTS = frozenset({"name", "email", "uri", "url", "homepage"})
DATES = {
    "pubdate": "published", "published": "published", "issued": "published",
    "dcterms_issued": "published", "updated": "updated", "modified": "updated",
    "lastbuilddate": "updated", "dc_date": "updated", "dcterms_modified": "updated",
    "created": "created", "dcterms_created": "created",
}  # fmt: skip
CONTAINERS = frozenset({"media_group", "media_content"})
# Names that must not appear where this module does not handle them.
SIGNIFICANT = (
    TITLES | SUMMARIES.keys() | CONTENTS.keys() | AUTHORS | DATES.keys() | CONTAINERS
    | {"link", "guid", "id", "enclosure", "media_thumbnail", "image", "source", "item", "entry",
       "channel", "feed", "rss", "textinput", "abstract", "body", "xhtml_body", "fullitem",
       "icon", "logo", "itunes_image", "itunes_link", "svg", "math", "contributor", "name",
       "email", "itunes_name", "itunes_email", "dc_contributor", "itunes_owner"}
)  # fmt: skip
ONCE = frozenset({"published", "updated", "created", "guid", "id", "itunes_duration"})
FEED_SIGNIFICANT = frozenset(
    TITLES | CONTENTS.keys()
    | {"link", "id", "guid", "image", "itunes_image", "itunes_link", "icon", "logo", "item", "entry",
       "channel", "feed", "rss", "textinput", "source", "svg", "math", "body", "xhtml_body",
       "fullitem", "abstract"}
)  # fmt: skip
TEXT_TYPES = frozenset({"text/plain", "text/html", "application/xhtml+xml"})


class Decline(Exception):
    """The document is outside what the fast path reproduces exactly."""


_NAMES: dict[tuple[str, str | None], str] = {}
"""name_of's answers by (tag, prefix): a feed repeats a few dozen element names thousands of
times (a fifth of the fast path's time went to working them out again)."""
_PLAIN_NAMES: dict[Any, str] = {}
"""The same for elements in no namespace, by tag alone (most RSS elements)."""
_MAX_NAMES = 4096


def name_of(element: Any) -> str:
    """feedparser's handler key for an element (``title``, ``content_encoded``, ``dc_creator``)."""
    tag = element.tag
    name = _PLAIN_NAMES.get(tag)  # an element in no namespace has no prefix: the tag says all
    if name is not None:
        return name
    if not isinstance(tag, str):
        raise Decline("entity or odd node")
    if tag[0] != "{":
        name = _name(tag, None)
        if len(_PLAIN_NAMES) < _MAX_NAMES:
            _PLAIN_NAMES[tag] = name
        return name
    key = (tag, element.prefix)
    name = _NAMES.get(key)
    if name is None:
        name = _name(tag, element.prefix)  # raises Decline: never kept
        if len(_NAMES) < _MAX_NAMES:
            _NAMES[key] = name
    return name


def _name(tag: str, element_prefix: str | None) -> str:
    """name_of, worked out."""
    namespace, _, local = tag[1:].partition("}") if tag[0] == "{" else ("", "", tag)
    lowered = namespace.lower()
    if "backend.userland.com/rss" in lowered:
        lowered = "http://backend.userland.com/rss"
    prefix = fp.NAMESPACES.get(lowered, element_prefix or "")
    prefix = prefix.lower()
    if prefix and prefix != (element_prefix or "").lower() and element_prefix in fp.KNOWN_PREFIXES:
        raise Decline("a known prefix bound to another namespace")
    return f"{prefix}_{local.lower()}" if prefix else local.lower()


def attrs_of(element: Any) -> dict[str, str]:
    """feedparser's attribute dictionary: names lower-cased, ``rel``/``type`` values too."""
    result: dict[str, str] = {}
    for key, value in element.items():
        if key[0] == "{":
            namespace, _, local = key[1:].partition("}")
            prefix = "xml" if namespace == XML_NS else fp.NAMESPACES.get(namespace.lower())
            # feedparser keys it both by its own prefix and by the one written: they must agree
            if not prefix or (
                prefix != "xml"
                and [prefix] != [p for p, uri in element.nsmap.items() if uri == namespace]
            ):
                raise Decline("an attribute in an unknown or renamed namespace")
            key = f"{prefix}:{local}"
        key = key.lower()
        result[key] = value.lower() if key in ("rel", "type") else value
    return result


def holds(element: Any, names: frozenset[str]) -> bool:
    """True when anything below ``element`` is one of ``names`` (handled elsewhere)."""
    return any(name_of(e) in names for e in element.iterdescendants())


def text_of(element: Any) -> str:
    """The text of an element that must have no child elements."""
    if len(element):
        raise Decline("markup inside a text element")
    return element.text or ""


def xhtml(element: Any, atom: bool) -> str:
    """Inline XHTML as feedparser rebuilds it from parser events (then unwraps one div)."""
    pieces: list[str] = []
    if element.text:
        pieces.append(escape(element.text))
    for child in element:
        _xhtml_piece(child, pieces)
    if atom:
        while len(pieces) > 1 and not pieces[-1].strip():
            del pieces[-1]
        while len(pieces) > 1 and not pieces[0].strip():
            del pieces[0]
        if (
            pieces
            and (pieces[0] == "<div>" or pieces[0].startswith("<div "))
            and pieces[-1] == "</div>"
        ):
            depth = 0
            for piece in pieces[:-1]:
                if piece.startswith("</"):
                    depth -= 1
                    if depth == 0:
                        break
                elif piece.startswith("<") and not piece.endswith("/>"):
                    depth += 1
            else:
                pieces = pieces[1:-1]
    return "".join(pieces)


def _xhtml_piece(element: Any, pieces: list[str]) -> None:
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith(f"{{{XHTML_NS}}}"):
        raise Decline("inline XHTML outside the XHTML namespace")
    local = tag.rsplit("}", 1)[1].lower()
    if local in ("body", "svg", "math"):
        raise Decline(f"xhtml {local}")
    if element.get(f"{{{XML_NS}}}base") is not None or element.get("base") is not None:
        raise Decline("xml:base inside inline XHTML")  # feedparser's base stack: not reproduced
    attrs = "".join(f' {k}="{escape(v, quote=True)}"' for k, v in attrs_of(element).items())
    pieces.append(f"<{local}{attrs}>")
    if element.text:
        pieces.append(escape(element.text))
    for child in element:
        _xhtml_piece(child, pieces)
    pieces.append(f"</{local}>")
    if element.tail:
        pieces.append(escape(element.tail))


def enforce_href(attrs: dict[str, str]) -> dict[str, str]:
    """feedparser's ``url``/``uri`` -> ``href`` for enclosures."""
    href = attrs.get("url", attrs.get("uri", attrs.get("href")))
    if href:
        attrs.pop("url", None)
        attrs.pop("uri", None)
        attrs["href"] = href
    return attrs


def escape(text: str, *, quote: bool = False) -> str:
    """xml.sax.saxutils.escape (with ``"`` for attribute values), as feedparser writes XHTML."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return text.replace('"', "&quot;") if quote else text


def finish(key: str, text: str, base: str, *, resolve: bool = True) -> str:
    """feedparser's processing of a plain element's text (``pop`` without content)."""
    output = text.strip()
    if resolve and key in fp.CAN_BE_RELATIVE_URI and output:
        output = fp.urljoin(base or "", output)
    return fp.fix_text(output)


def link_of(element: Any, base: str, *, entry: bool, links: list[Any] | None = None) -> str | None:
    """A ``<link>``: the page URL it sets, or ``None`` when it sets none."""
    attrs = attrs_of(element)
    if not attrs:  # RSS's <link>URL</link>: its text (no href, nothing kept in ``links``)
        return fp.fix_link(finish("link", text_of(element), base), entry=entry)
    attrs.setdefault("rel", "alternate")
    attrs.setdefault("type", "application/atom+xml" if attrs["rel"] == "self" else "text/html")
    href = attrs.get("url", attrs.get("uri", attrs.get("href")))
    if href:
        attrs.pop("url", None)
        attrs.pop("uri", None)
        attrs["href"] = href
    if "href" not in attrs:
        text = finish("link", text_of(element), base)
        return fp.fix_link(text, entry=entry)
    if len(element):
        raise Decline("markup in a link")
    attrs["href"] = fp.urljoin(base or "", attrs["href"])
    if links is not None:
        links.append(attrs)
    if attrs["rel"] == "alternate" and fp.map_content_type(attrs["type"]) in fp.HTML_TYPES:
        return str(attrs["href"])
    return None


def author(
    element: Any,
    base: str,
    raw: dict[str, Any],
    base_of: Callable[[Any, str], str],
    depth: int,
    seen: dict[str, int],
) -> None:
    """An author element (bare ``jo@x.org (Jo)`` or Atom's name/email/uri), step by step as
    feedparser keeps it: its ``authors`` list, the shared ``author_detail`` and the ``author``
    string it re-derives after each part, so several authors end as they do there."""
    raw.setdefault("authors", []).append({})
    for part in element:
        part_name = name_of(part)
        if part_name not in AUTHOR_PARTS or len(part):
            raise Decline(f"{part_name} in an author")
        if part_name in ("name", "email"):
            value = (part.text or "").strip()  # feedparser keeps these two unprocessed
        else:
            part_name, value = "href", finish("href", part.text or "", base_of(part, base))
        raw.setdefault("author_detail", {})[part_name] = value
        _sync_author(raw)
        raw["authors"][-1][part_name] = value
    own = "".join([element.text or "", *(part.tail or "" for part in element)])
    old = seen.get("author")
    if old is None or depth <= old:
        seen["author"] = depth
        raw["author"] = finish("author", own, base)
    _sync_author(raw)


def _sync_author(raw: dict[str, Any]) -> None:
    """feedparser's ``_sync_author_detail``: ``author`` from the last author's parts, or the
    parts (name, e-mail) from a bare ``author`` string."""
    authors = raw.get("authors")
    detail = authors[-1] if authors else {}
    if detail:
        name, email = detail.get("name"), detail.get("email")
        if name and email:
            raw["author"] = f"{name} ({email})"
        elif name or email:
            raw["author"] = name or email
        return
    found = fp.split_author(raw.get("author") or "")
    if found:
        raw.setdefault("author_detail", detail)
        detail.update(found)
