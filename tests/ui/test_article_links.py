"""Where a link clicked in the article pane goes (the decision alone, without a pane)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from reader.ui.article_links import LinkKind, route_link


@pytest.mark.parametrize(
    ("url", "article_link", "kind", "text"),
    [
        ("broadsheet:copy", "https://a.example/x", LinkKind.COPY, "https://a.example/x"),
        ("broadsheet:copy", "", LinkKind.REFUSED, "broadsheet"),  # nothing to copy
        ("broadsheet:open", "", LinkKind.REFUSED, "broadsheet"),
        ("broadsheet:edition/PT_br", "https://a.example/", LinkKind.EDITION, "pt-br"),
        ("broadsheet:edition/", "https://a.example/", LinkKind.REFUSED, "broadsheet"),
        ("broadsheet:import", None, LinkKind.WELCOME, "import"),
        ("broadsheet:download/2", "", LinkKind.ENCLOSURE, "download/2"),
        ("broadsheet:download/2", None, LinkKind.REFUSED, "broadsheet"),  # no article shown
        ("broadsheet:format-disk", "https://a.example/", LinkKind.REFUSED, "broadsheet"),
        ("file:///etc/passwd", "https://a.example/", LinkKind.REFUSED, "file"),
        ("javascript:alert(1)", None, LinkKind.REFUSED, "javascript"),
    ],
)
def test_route(url: str, article_link: str | None, kind: LinkKind, text: str) -> None:
    route = route_link(QUrl(url), article_link)
    assert (route.kind, route.text) == (kind, text)


def test_web_links_and_the_articles_own_address_open_outside() -> None:
    route = route_link(QUrl("https://b.example/page?q=1"), None)
    assert route.kind is LinkKind.OUTSIDE and route.url == QUrl("https://b.example/page?q=1")
    route = route_link(QUrl("broadsheet:open"), "https://a.example/x")
    assert route.kind is LinkKind.OUTSIDE and route.url == QUrl("https://a.example/x")


def test_mailto_keeps_only_harmless_fields() -> None:
    route = route_link(QUrl("mailto:a@b.example?subject=Hi&attach=/etc/passwd"), None)
    assert route.kind is LinkKind.OUTSIDE and route.url is not None
    address = route.url.toString()
    assert address.startswith("mailto:a@b.example") and "subject=Hi" in address
    assert "attach" not in address
