"""Chrome above the first paragraph of an article: the writer's contact links, the site's
language switcher, and a row of category or tag links.

A news page often puts, between its headline and the story, the writer's links ("View author
archive", "email the author", "follow on twitter") or a row of languages ("Deutsch / English",
"EN | FR"). Once the headline is gone they open the reader view. Only short blocks before the
first paragraph of prose are judged, and each must be made of nothing else: a sentence that
names a language or a writer stays. Word lists are generic interface words and language names;
no rule knows a site, an address or a class name.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.simplify import dom, rules

LEADING_LINE = 60
"""A contact or language line is at most this long."""
LINK_ROW = 120
"""A row of category or tag links is at most this long, ..."""
LINK_ROW_LINKS = 3
"""... of at least this many links, ..."""
LINK_ROW_ITEM = 40
"""... each link at most this long, ..."""
_LOOSE = re.compile(r"[\s,|•·/›>»&;\-–—]+")
"""... and nothing outside its links but separators: ",", "|", "•", "/", "›"."""
_LANGUAGES = (
    r"english|deutsch|german|français|francais|french|español|espanol|spanish|italiano|italian|"
    r"polski|polish|nederlands|dutch|português|portugues|portuguese|русский|russian|türkçe|"
    r"turkish|українська|ukrainian|čeština|česky|czech|dansk|danish|svenska|swedish|norsk|"
    r"suomi|magyar|română|hrvatski|slovenčina|slovenščina|ελληνικά|中文|日本語|한국어|العربية|"
    r"عربي|فارسی|עברית|"
    r"en|de|fr|es|it|pl|nl|pt|ru|tr|uk|cs|da|sv|no|fi|hu|ro|hr|sk|sl|el|zh|ja|ko|ar|fa|he"
)
_LANGUAGE_ROW = re.compile(rf"^[\W_]*(?:(?:{_LANGUAGES})(?:[\W_]+|$)){{1,12}}$", re.I)
"""A row of language names or codes and separators only: "Deutsch / English", "EN | FR"."""
_CONTACT = re.compile(
    r"^\W*(?:"
    r"(?:view |see )?(?:the )?author(?:'s)? (?:archive|profile|page)|(?:e-?mail|contact) the "
    r"(?:author|writer|reporter)|follow (?:on|me on|the author on) (?:twitter|x|facebook|"
    r"instagram|linkedin|mastodon|threads|bluesky)|(?:more|all) (?:articles|stories|posts) by|"
    r"alle (?:artikel|beiträge) (?:von|des autors|der autorin)|autorenprofil|zum autorenprofil|"
    r"(?:e-?mail|kontakt) (?:an|zum) (?:den )?(?:autor|autorin)|"
    r"tous (?:les|ses) articles|voir (?:le|son) profil|écrire à l'auteur|"
    r"(?:más|todos los) artículos de|ver perfil|escribir al autor|"
    r"\[email(?:&#160;|\s)protected\]"
    r")\W*$",
    re.I,
)
"""A link of the writer's: archive, profile, e-mail, follow; or a hidden address placeholder."""


def is_language_row(node: Any, text: str) -> bool:
    """True for a short linked row of language names only (a language switcher)."""
    return (
        len(text) <= LEADING_LINE
        and bool(_LANGUAGE_ROW.match(text))
        and _linked_letters(node) > 0.5 * _letters(text)
    )


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _linked_letters(node: Any) -> int:
    """Letters inside links: a row's separators ("/", "|") are seldom linked."""
    return sum(_letters(dom.inner_text(link)) for link in node.iter("a"))


def is_link_row(node: Any, text: str) -> bool:
    """True for a short row of three or more links with only separators between them: the
    article's categories or tags ("Corona & die Folgen, Debatte, Politik"), a breadcrumb."""
    if len(text) > LINK_ROW or text.rstrip()[-1:] in ".!?:":
        return False
    links = [dom.inner_text(link) for link in node.iter("a")]
    if len(links) < LINK_ROW_LINKS or any(len(link) > LINK_ROW_ITEM for link in links):
        return False
    return not _LOOSE.sub("", _outside_links(node))


def _outside_links(node: Any) -> str:
    """The text of ``node`` that is in no link."""
    parts = []
    for element in node.iter():
        if isinstance(element.tag, str) and not _in_link(element):
            parts.append(element.text or "")
        if element is not node and not _in_link(element.getparent()):
            parts.append(element.tail or "")
    return "".join(parts)


def _in_link(element: Any) -> bool:
    return element.tag == "a" or any(a.tag == "a" for a in element.iterancestors())


def is_contact_line(text: str) -> bool:
    """True for a short line that is only a writer's contact or archive link."""
    return len(text) <= LEADING_LINE and bool(_CONTACT.match(text))


def remove_leading_chrome(article: Any) -> int:
    """Drop the language rows and the writer's contact lines before the first paragraph of prose
    (images kept); return how many blocks were dropped."""
    dropped = 0
    for node in rules.leaf_blocks(article):
        text = dom.inner_text(node)
        if rules.is_prose(node, text):
            break
        if not text or node.getparent() is None or node.find(".//img") is not None:
            continue
        if is_contact_line(text) or is_language_row(node, text) or is_link_row(node, text):
            node.drop_tree()
            dropped += 1
    return dropped
