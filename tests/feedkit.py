"""Small builders of feeds, article pages and OPML for the refresh and command-line tests."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from tests.httpserver import FixtureServer

# A tiny valid PNG (1x1, transparent).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs &lol9;</title>
<item><title>&lol9;</title><guid>x</guid></item></channel></rss>
"""

RSS_TYPE = "application/rss+xml; charset=utf-8"


@dataclass(frozen=True)
class Item:
    """One feed item."""

    guid: str
    title: str
    link: str = ""
    description: str = ""
    content: str = ""
    date: str = "Tue, 10 Nov 2026 10:00:00 GMT"


def rss(title: str, items: Sequence[Item], *, site: str = "https://example.org/") -> str:
    """An RSS 2.0 document."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{html.escape(title)}</title><link>{html.escape(site)}</link>",
        "<description>A test feed</description>",
    ]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{html.escape(item.title)}</title>")
        parts.append(f'<guid isPermaLink="false">{html.escape(item.guid)}</guid>')
        if item.link:
            parts.append(f"<link>{html.escape(item.link)}</link>")
        if item.description:
            parts.append(f"<description>{html.escape(item.description)}</description>")
        if item.content:
            parts.append(f"<content:encoded>{html.escape(item.content)}</content:encoded>")
        parts.append(f"<pubDate>{item.date}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


def article_page(title: str, sentence: str, *, paragraphs: int = 8, image: str = "") -> str:
    """A realistic article page: navigation and a sidebar around a long article."""
    body = "\n".join(
        f"<p>{html.escape(sentence)} Paragraph {i} adds more words so the article is long enough "
        f"to be the obvious main content of this page, as a real news story would be.</p>"
        for i in range(paragraphs)
    )
    figure = (
        f'<figure><img src="{image}" alt="A picture"><figcaption>A caption</figcaption></figure>'
        if image
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<script>var tracking = 1;</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story</a></li></ul></div>
<article>
<h1>{html.escape(title)}</h1>
<p class="byline">By Jane Writer</p>
{figure}
{body}
</article>
<footer>Copyright Example News. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def page_with_alternates(links: Sequence[tuple[str, str, str]]) -> str:
    """A home page announcing feeds: (href, type, title) each."""
    tags = "\n".join(
        f'<link rel="alternate" type="{t}" href="{html.escape(h)}" title="{html.escape(n)}">'
        for h, t, n in links
    )
    return (
        f"<!DOCTYPE html><html><head><title>Home</title>{tags}</head>"
        "<body><h1>Welcome</h1><p>Hello.</p></body></html>"
    )


def serve_feed(
    server: FixtureServer,
    path: str,
    title: str,
    count: int = 3,
    *,
    pages: bool = False,
    prefix: str = "",
) -> list[Item]:
    """Serve an RSS feed of ``count`` items at ``path`` (and their article pages when ``pages``)."""
    prefix = prefix or path.strip("/").replace("/", "-").replace(".", "-")
    items = []
    for i in range(count):
        link = server.url(f"/{prefix}/article{i}.html")
        items.append(
            Item(
                guid=f"{prefix}-{i}",
                title=f"{title} story {i}",
                link=link,
                description=f"Summary of {title} story {i}.",
                date=f"Tue, {10 + i} Nov 2026 10:00:00 GMT",
            )
        )
        if pages:
            server.add(
                f"/{prefix}/article{i}.html",
                article_page(f"{title} story {i}", f"The full text of {title} story {i} is here."),
            )
    server.add(path, rss(title, items), content_type=RSS_TYPE)
    return items


def opml(tree: str) -> bytes:
    """An OPML document around body outlines."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0"><head><title>Mine</title>'
        f"</head><body>{tree}</body></opml>"
    ).encode()
