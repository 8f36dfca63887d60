"""Atom feeds on the loopback fixture server for the sync tests: each feed names a loopback icon
(so a server that fetches favicons stays on this machine), entries have globally unique ids
(coldsweat keys entries by id alone) and article pages to simplify."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from tests.feedkit import PNG, article_page
from tests.httpserver import FixtureServer


@dataclass
class FeedSet:
    """Feeds served by ``server``: ``counts[n]`` entries in feed ``n``."""

    server: FixtureServer
    counts: list[int] = field(default_factory=list)
    folders: dict[int, str] = field(default_factory=dict)
    extra_html: str = ""
    pages: bool = True
    """Serve each entry's article page too (the reader view fetches it)."""

    def url(self, n: int) -> str:
        """Feed ``n``'s address."""
        return self.server.url(f"/feeds/{n}.xml")

    def link(self, n: int, i: int) -> str:
        """The article page of entry ``i`` of feed ``n``."""
        return self.server.url(f"/articles/{n}/{i}.html")

    def publish(self) -> None:
        """(Re)serve every feed with its current entries, and their pages."""
        self.server.add("/icon.png", PNG, content_type="image/png")
        for n, count in enumerate(self.counts):
            entries = []
            for i in range(count):
                title = f"Feed {n} story {i}"
                body = html.escape(f"<p>The text of {title}.</p>{self.extra_html}")
                minute = i % 60
                hour = 10 + (i // 60) % 12
                entries.append(
                    f"<entry><id>urn:broadsheet-test:{n}:{i}</id><title>{title}</title>"
                    f'<link href="{self.link(n, i)}"/>'
                    f"<updated>2026-11-{1 + i // 720 % 28:02d}T{hour:02d}:{minute:02d}:00Z</updated>"
                    f'<content type="html">{body}</content></entry>'
                )
                if self.pages:
                    self.server.add(
                        f"/articles/{n}/{i}.html",
                        article_page(title, f"The full text of {title} is on its own page."),
                    )
            feed = (
                '<?xml version="1.0" encoding="utf-8"?>'
                '<feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Feed {n}</title><id>urn:broadsheet-test:{n}</id>"
                "<updated>2026-11-01T10:00:00Z</updated>"
                f"<icon>{self.server.url('/icon.png')}</icon>"
                f'<link rel="alternate" href="{self.server.url(f"/site/{n}")}"/>'
                + "".join(entries)
                + "</feed>"
            )
            self.server.add(f"/feeds/{n}.xml", feed, content_type="application/atom+xml")

    def opml(self, path: Path) -> Path:
        """An OPML of the feeds (feeds in ``folders`` under that folder) written to ``path``."""
        grouped: dict[str, list[str]] = {}
        loose = []
        for n in range(len(self.counts)):
            line = f'<outline text="Feed {n}" title="Feed {n}" type="rss" xmlUrl="{self.url(n)}"/>'
            if n in self.folders:
                grouped.setdefault(self.folders[n], []).append(line)
            else:
                loose.append(line)
        body = "".join(
            f'<outline text="{name}" title="{name}">{"".join(lines)}</outline>'
            for name, lines in grouped.items()
        ) + "".join(loose)
        path.write_text(
            f'<?xml version="1.0"?><opml version="1.0"><head><title>t</title></head>'
            f"<body>{body}</body></opml>",
            encoding="utf-8",
        )
        return path
