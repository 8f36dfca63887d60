"""Where a link clicked in the article pane goes: Qt never follows one by itself.

http, https and mailto links go to the system's browser or mail client (a mailto link keeps
only its subject, body, cc and bcc); ``broadsheet:`` links are the pane's own buttons (open or
copy the article's address, another language edition, the welcome page's actions, an
attachment's play / download / cancel); everything else is refused.
:func:`route_link` only decides; :class:`~reader.ui.article_view.ArticleView` acts on it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QUrl

from reader.core.simplify.alternates import normalize_tag
from reader.core.urls import clean_mailto

WELCOME_ACTIONS = frozenset({"add", "import", "suggested"})
ENCLOSURE_ACTIONS = ("play", "download", "cancel")


class LinkKind(enum.Enum):
    """What a clicked link asks for."""

    OUTSIDE = "outside"
    """Open :attr:`LinkRoute.url` in the system's browser or mail client."""
    COPY = "copy"
    """Copy the article's address (:attr:`LinkRoute.text`) to the clipboard."""
    EDITION = "edition"
    """Show another language edition (:attr:`LinkRoute.text` is a normalized tag)."""
    WELCOME = "welcome"
    """One of :data:`WELCOME_ACTIONS` (:attr:`LinkRoute.text`)."""
    ENCLOSURE = "enclosure"
    """``"play/N"``, ``"download/N"`` or ``"cancel/N"`` (:attr:`LinkRoute.text`)."""
    REFUSED = "refused"
    """Not opened (:attr:`LinkRoute.text` is the link's scheme)."""


@dataclass(frozen=True)
class LinkRoute:
    """The decision for one clicked link."""

    kind: LinkKind
    text: str = ""
    url: QUrl | None = None


def route_link(url: QUrl, article_link: str | None) -> LinkRoute:
    """Where the clicked ``url`` goes; ``article_link`` is the shown article's address (``""``
    when it has none, ``None`` when no article is shown)."""
    scheme = url.scheme().lower()
    if scheme in ("http", "https") and url.isValid():
        return LinkRoute(LinkKind.OUTSIDE, url=url)
    if scheme == "mailto" and url.isValid():
        # only subject/body/cc/bcc reach the mail client (never attach=, whatever stored it)
        encoded = bytes(url.toEncoded().data()).decode("ascii", "replace")
        return LinkRoute(LinkKind.OUTSIDE, url=QUrl(clean_mailto(encoded)))
    if scheme == "broadsheet":
        action = url.path()
        link = article_link or ""
        if action == "open" and link:
            return LinkRoute(LinkKind.OUTSIDE, url=QUrl(link))
        if action == "copy" and link:
            return LinkRoute(LinkKind.COPY, link)
        tag = normalize_tag(action.removeprefix("edition/"))
        if action.startswith("edition/") and tag:
            return LinkRoute(LinkKind.EDITION, tag)
        if action in WELCOME_ACTIONS:
            return LinkRoute(LinkKind.WELCOME, action)
        if action.split("/")[0] in ENCLOSURE_ACTIONS and article_link is not None:
            return LinkRoute(LinkKind.ENCLOSURE, action)
    return LinkRoute(LinkKind.REFUSED, scheme)
