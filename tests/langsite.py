"""A multi-language news site on the loopback fixture server: one story in English, Hindi and
Arabic (hreflang both ways), a French edition that 404s, a Spanish one that is no article, a
German one on another host name (``localhost`` instead of ``127.0.0.1``), an RSS feed whose
item links the English edition, and a home page announcing one feed per language."""

from __future__ import annotations

import html

from tests.feedkit import RSS_TYPE, Item, rss
from tests.httpserver import FixtureServer
from tests.imagekit import big_png

TEXT = {
    "en": ("Rains reach the valley", "The monsoon rains reached the valley on Tuesday. "),
    "hi": ("घाटी में बारिश पहुँची", "मंगलवार को मानसून की बारिश घाटी में पहुँच गई और किसान खुश हैं। "),
    "ar": ("الأمطار تصل إلى الوادي", "وصلت أمطار الرياح الموسمية إلى الوادي يوم الثلاثاء. "),
    "de": ("Regen erreicht das Tal", "Der Monsunregen erreichte am Dienstag das Tal. "),
}
"""Title and one sentence of each edition that exists."""


def other_host(server: FixtureServer, path: str) -> str:
    """``path`` on the same server under another host name (a different host to every rule)."""
    return f"http://localhost:{server.port}{path}"


def alternates(server: FixtureServer) -> list[tuple[str, str]]:
    """Every edition the story announces: (hreflang, absolute URL)."""
    return [
        ("en", server.url("/en/story")),
        ("hi", server.url("/hi/story")),
        ("ar", server.url("/ar/story")),
        ("fr", server.url("/fr/story")),
        ("es", server.url("/es/story")),
        ("de", other_host(server, "/de/story")),
    ]


def story(server: FixtureServer, lang: str) -> str:
    """One edition's page, announcing all editions (itself included)."""
    title, sentence = TEXT[lang]
    links = "".join(
        f'<link rel="alternate" hreflang="{tag}" href="{html.escape(url)}">'
        for tag, url in alternates(server)
    )
    direction = ' dir="rtl"' if lang == "ar" else ""
    paragraphs = "".join(f"<p>{html.escape(sentence * 6)}</p>" for _ in range(5))
    paragraphs += f'<p><img src="/{lang}/photo.png" width="640" height="400" alt=""></p>'
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><title>{html.escape(title)}'
        f"</title>{links}</head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
    )


def home(server: FixtureServer) -> str:
    """The home page: one feed per language, English first."""
    feeds = [("en", "/en/rss", "News"), ("ar", "/ar/rss", "أخبار"), ("hi", "/hi/rss", "समाचार")]
    links = "".join(
        f'<link rel="alternate" type="application/rss+xml" hreflang="{tag}" '
        f'href="{server.url(path)}" title="{html.escape(title)}">'
        for tag, path, title in feeds
    )
    return (
        f"<!DOCTYPE html><html><head><title>Home</title>{links}</head>"
        "<body><h1>Welcome</h1><p>Hello.</p></body></html>"
    )


def serve_site(server: FixtureServer) -> str:
    """Serve the whole site; returns the feed's address (its one item links the English story)."""
    for lang in TEXT:
        server.add(f"/{lang}/story", story(server, lang))
        server.add(f"/{lang}/photo.png", big_png(640, 400), content_type="image/png")
    server.add("/fr/story", "gone", status=404, content_type="text/plain")
    server.add("/es/story", "<html><head><title>Hola</title></head><body></body></html>")
    server.add("/", home(server))
    for lang in ("en", "hi", "ar"):
        item = Item(
            guid=f"story-{lang}",
            title=TEXT[lang][0],
            link=server.url(f"/{lang}/story"),
            description="A short summary.",
        )
        server.add(f"/{lang}/rss", rss(f"News {lang}", [item]), content_type=RSS_TYPE)
    return server.url("/en/rss")
