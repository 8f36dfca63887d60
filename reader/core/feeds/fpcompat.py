"""feedparser's own small rules, for the fast path to give exactly what feedparser gives.

The URL joins, the scheme allowlist, the Windows-1252 table, the "is this plain text really
HTML" guess and the author/e-mail split are copied from feedparser 6.0 (BSD-2-Clause,
Copyright 2010-2025 Kurt McKee, 2002-2008 Mark Pilgrim), so the fast path does not import
feedparser for a plain feed. The relative-URI resolver that rewrites HTML bodies is not copied:
bodies with markup go through feedparser's own (:func:`resolve_html`), imported on first use.
The differential test (tests/core/test_feeds_fast.py) runs both readers and fails on any
difference, so a feedparser release that changes a rule shows there.
"""

from __future__ import annotations

import contextlib
import html.entities
import re
import urllib.parse
from typing import Any

# feedparser.urls.ACCEPTABLE_URI_SCHEMES
ACCEPTABLE_URI_SCHEMES = frozenset(
    {
        "file", "ftp", "gopher", "h323", "hdl", "http", "https", "imap", "magnet", "mailto",
        "mms", "news", "nntp", "prospero", "rsync", "rtsp", "rtspu", "sftp", "shttp", "sip",
        "sips", "snews", "svn", "svn+ssh", "telnet", "wais", "aim", "callto", "cvs", "facetime",
        "feed", "git", "gtalk", "irc", "ircs", "irc6", "itms", "msnim", "skype", "ssh", "smb",
        "ymsg",
    }
)  # fmt: skip

# feedparser.html._cp1252: C1 controls -> the characters Windows-1252 puts there.
CP1252 = {
    128: "\u20ac", 130: "\u201a", 131: "\u0192", 132: "\u201e", 133: "\u2026", 134: "\u2020",
    135: "\u2021", 136: "\u02c6", 137: "\u2030", 138: "\u0160", 139: "\u2039", 140: "\u0152",
    142: "\u017d", 145: "\u2018", 146: "\u2019", 147: "\u201c", 148: "\u201d", 149: "\u2022",
    150: "\u2013", 151: "\u2014", 152: "\u02dc", 153: "\u2122", 154: "\u0161", 155: "\u203a",
    156: "\u0153", 158: "\u017e", 159: "\u0178",
}  # fmt: skip
_C1 = re.compile("[\x80-\x9f]")

# feedparser's namespace table (lower-cased URI -> the prefix its handlers use; "" = core).
NAMESPACES: dict[str, str] = {
    k.lower(): v
    for k, v in {
        "": "", "http://backend.userland.com/rss": "", "http://blogs.law.harvard.edu/tech/rss": "",
        "http://purl.org/rss/1.0/": "", "http://my.netscape.com/rdf/simple/0.9/": "",
        "http://example.com/newformat#": "", "http://example.com/necho": "",
        "http://purl.org/echo/": "", "uri/of/echo/namespace#": "", "http://purl.org/pie/": "",
        "http://purl.org/atom/ns#": "", "http://www.w3.org/2005/Atom": "",
        "http://purl.org/rss/1.0/modules/rss091#": "", "http://webns.net/mvcb/": "admin",
        "http://purl.org/rss/1.0/modules/aggregation/": "ag",
        "http://purl.org/rss/1.0/modules/annotate/": "annotate",
        "http://media.tangent.org/rss/1.0/": "audio",
        "http://backend.userland.com/blogChannelModule": "blogChannel",
        "http://creativecommons.org/ns#license": "cc", "http://web.resource.org/cc/": "cc",
        "http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html": "creativeCommons",
        "http://backend.userland.com/creativeCommonsRssModule": "creativeCommons",
        "http://purl.org/rss/1.0/modules/company": "co",
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://my.theinfo.org/changed/1.0/rss/": "cp", "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms", "http://purl.org/rss/1.0/modules/email/": "email",
        "http://purl.org/rss/1.0/modules/event/": "ev",
        "http://rssnamespace.org/feedburner/ext/1.0": "feedburner",
        "http://freshmeat.net/rss/fm/": "fm", "http://xmlns.com/foaf/0.1/": "foaf",
        "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo", "http://www.georss.org/georss": "georss",
        "http://www.opengis.net/gml": "gml", "http://postneo.com/icbm/": "icbm",
        "http://purl.org/rss/1.0/modules/image/": "image",
        "http://www.itunes.com/DTDs/PodCast-1.0.dtd": "itunes",
        "http://example.com/DTDs/PodCast-1.0.dtd": "itunes",
        "http://purl.org/rss/1.0/modules/link/": "l", "http://search.yahoo.com/mrss": "media",
        "http://search.yahoo.com/mrss/": "media",
        "http://madskills.com/public/xml/rss/module/pingback/": "pingback",
        "http://prismstandard.org/namespaces/1.2/basic/": "prism",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
        "http://purl.org/rss/1.0/modules/reference/": "ref",
        "http://purl.org/rss/1.0/modules/richequiv/": "reqv",
        "http://purl.org/rss/1.0/modules/search/": "search",
        "http://purl.org/rss/1.0/modules/slash/": "slash",
        "http://schemas.xmlsoap.org/soap/envelope/": "soap",
        "http://purl.org/rss/1.0/modules/servicestatus/": "ss",
        "http://hacks.benhammersley.com/rss/streaming/": "str",
        "http://purl.org/rss/1.0/modules/subscription/": "sub",
        "http://purl.org/rss/1.0/modules/syndication/": "sy",
        "http://schemas.pocketsoap.com/rss/myDescModule/": "szf",
        "http://purl.org/rss/1.0/modules/taxonomy/": "taxo",
        "http://purl.org/rss/1.0/modules/threading/": "thr",
        "http://purl.org/rss/1.0/modules/textinput/": "ti",
        "http://madskills.com/public/xml/rss/module/trackback/": "trackback",
        "http://wellformedweb.org/commentAPI/": "wfw", "http://purl.org/rss/1.0/modules/wiki/": "wiki",
        "http://www.w3.org/1999/xhtml": "xhtml", "http://www.w3.org/1999/xlink": "xlink",
        "http://www.w3.org/XML/1998/namespace": "xml", "http://podlove.org/simple-chapters": "psc",
    }.items()
}  # fmt: skip
KNOWN_PREFIXES = frozenset(p.lower() for p in NAMESPACES.values() if p)

# Elements whose text feedparser resolves as a URL, and those whose HTML it rewrites.
CAN_BE_RELATIVE_URI = frozenset(
    {"comments", "docs", "href", "icon", "id", "link", "logo", "url", "wfw_comment",
     "wfw_commentrss"}
)  # fmt: skip
CAN_CONTAIN_RELATIVE_URIS = frozenset(
    {"content", "copyright", "description", "info", "rights", "subtitle", "summary", "tagline",
     "title"}
)  # fmt: skip
HTML_TYPES = frozenset({"application/xhtml+xml", "text/html"})

_URIFIXER = re.compile("^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")
_CLOSE_TAG = re.compile(r"</(\w+)>")
_ANY_ENTITY = re.compile(r"&#?\w+;")
_TAG_NAMES = re.compile(r"</?(\w+)")
_NAMED_ENTITIES = re.compile(r"&(\w+);")
_LINK_ENTITY = re.compile("&([A-Za-z0-9_]+);")
_EMAIL = re.compile(
    r"""(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"""
)

_LOCAL_PART = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.+")

# An absolute http(s) URL that urllib's join returns unchanged (no dot segments, params, query
# or fragment to re-assemble): most links and guids, joined without the parse.
_PLAIN_ABSOLUTE = re.compile(
    r"https?://[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~!$'()*+,=:@%/-]*)?\Z"
)
_DOT_SEGMENT = re.compile(r"/\.\.?(?:/|\Z)")


def urljoin(base: str, uri: str) -> str:
    """feedparser.urls._urljoin."""
    if _PLAIN_ABSOLUTE.match(uri) and not _DOT_SEGMENT.search(uri):
        return uri
    uri = _URIFIXER.sub(r"\1\3", uri)
    try:
        return urllib.parse.urljoin(base, uri)
    except ValueError:
        return ""


def safe_absolute_uri(base: str, rel: str | None = None) -> str:
    """feedparser.urls.make_safe_absolute_uri."""
    if not base:
        return rel or ""
    if not rel:
        try:
            scheme = urllib.parse.urlparse(base)[0]
        except ValueError:
            return ""
        return base if not scheme or scheme in ACCEPTABLE_URI_SCHEMES else ""
    uri = urljoin(base, rel)
    if uri.strip().split(":", 1)[0] not in ACCEPTABLE_URI_SCHEMES:
        return ""
    return uri


def map_content_type(content_type: str) -> str:
    """feedparser's short names for content types (``html`` -> ``text/html``...)."""
    content_type = content_type.lower()
    return _SHORT_TYPES.get(content_type, content_type)


_SHORT_TYPES = {
    "text": "text/plain",
    "plain": "text/plain",
    "html": "text/html",
    "xhtml": "application/xhtml+xml",
}


def looks_like_html(text: str) -> bool:
    """feedparser's guess that a nominally plain-text element holds HTML."""
    if "<" not in text and "&" not in text:  # neither pattern below can match (most titles)
        return False
    if not (_CLOSE_TAG.search(text) or _ANY_ENTITY.search(text)):
        return False
    from feedparser.sanitizer import _HTMLSanitizer  # only for text that may be HTML

    allowed = _HTMLSanitizer.acceptable_elements
    if any(t.lower() not in allowed for t in _TAG_NAMES.findall(text)):
        return False
    return all(e in html.entities.entitydefs for e in _NAMED_ENTITIES.findall(text))


def resolve_html(text: str, base: str, content_type: str) -> str:
    """feedparser's rewrite of an HTML body (relative URLs resolved against ``base``).

    Text with neither ``<`` nor ``&`` comes back unchanged from it, so it is not parsed.
    """
    if "<" not in text and "&" not in text:
        return text
    from feedparser.urls import resolve_relative_uris  # only for bodies with markup

    return str(resolve_relative_uris(text, base, "utf-8", content_type))


def fix_text(text: str) -> str:
    """What feedparser does to every text it keeps: UTF-8 read as Latin-1 is read again, and
    C1 controls become the Windows-1252 characters."""
    if text.isascii():  # both steps leave ASCII as it is (most texts: skip the copies)
        return text
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        text = text.encode("iso-8859-1").decode("utf-8")
    if _C1.search(text):
        text = text.translate(CP1252)
    return text


def fix_link(text: str, *, entry: bool) -> str:
    """feedparser's repair of query strings in ``<link>`` text (``&b;=2`` -> ``&b=2``)."""
    if "&" not in text:  # nothing to repair (most links)
        return text
    if entry:
        text = text.replace("&amp;", "&")
    return _LINK_ENTITY.sub(r"&\g<1>", text)


def find_email(text: str) -> re.Match[str] | None:
    """``_EMAIL.search(text)`` (feedparser's e-mail pattern), in time linear in ``text``.

    The search itself tries the pattern's local part from every position, each running to the
    next '@' or the end: quadratic (an RSS ``<author>`` of 40,000 letters took 8.5 s to read,
    one of 3 MB hours). Only the run of local-part characters right before an '@' can start a
    match, and the first such run that matches is the leftmost match: each is tried once.
    """
    at = text.find("@")
    while at >= 0:
        start = at
        while start > 0 and text[start - 1] in _LOCAL_PART:
            start -= 1
        if start < at and (match := _EMAIL.match(text, start)):
            return match
        at = text.find("@", at + 1)
    return None


def split_author(author: str) -> dict[str, Any]:
    """feedparser's author detail from a bare author string (``jo@x.org (Jo)`` -> name/email)."""
    detail: dict[str, Any] = {}
    if not author:
        return detail
    email = None
    match = find_email(author)
    if match:
        email = match.group(0)
        author = author.replace(email, "").replace("()", "").replace("<>", "")
        author = author.replace("&lt;&gt;", "").strip()
        if author and author[0] == "(":
            author = author[1:]
        if author and author[-1] == ")":
            author = author[:-1]
        author = author.strip()
    if author:
        detail["name"] = author
    if email:
        detail["email"] = email
    return detail


def feedparser_date(value: str) -> Any:
    """feedparser's own parse of a date format ours does not read (rare: imported then)."""
    from feedparser.datetimes import _parse_date

    return _parse_date(value)


def linear_author_detail(original: Any) -> Any:
    """feedparser's ``_sync_author_detail`` with :func:`find_email` for its e-mail search (the
    same result, in linear time: a malformed feed, read by feedparser, whose author is 3 MB of
    letters held a worker for hours). ``original`` still handles an author given in parts."""
    import functools

    from feedparser.util import FeedParserDict

    @functools.wraps(original)
    def sync(self: Any, key: str = "author") -> None:
        context = self._get_context()
        detail = context.get(f"{key}s", [FeedParserDict()])[-1]
        if detail:
            original(self, key)  # no search there: the name and e-mail are given
            return
        author = context.get(key)
        found = split_author(author) if author else {}
        if found:
            context.setdefault(f"{key}_detail", detail)
            detail.update(found)  # the local one, as feedparser does

    return sync
