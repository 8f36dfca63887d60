"""The author's bio box after the article's end: a name, a line about them, a portrait, links.

Blogs and news sites close a story with a box about its writer: "Jane Doe is a reporter who
writes about...", "Über die Autorin", a small round portrait, links to the writer's page and
social accounts. It is about the site, not the story, and it sits after the last paragraph of
prose. A block there is dropped when at least two of these shapes meet in it (one of them a
mark of a box: a label, an author word in its markup, a portrait): an "about the author" label,
an author word in the class, id or itemprop of the block or of something inside it, a bio
sentence, a small portrait, links to an author page or a social account. It must be short: at
most :data:`MAX_SHARE` of the article's text. Cues are generic words in several languages; no
rule knows a site, an address or a class name seen on one page.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.digits import bounded_int
from reader.core.simplify import dom, rules

MAX_SHARE = 0.3
"""A box holding more than this share of the article's text is article text."""
MAX_LENGTH = 1200
"""A bio box is a few lines; a longer block after the article's end is something else."""
PORTRAIT = 250
"""An image declared at most this wide or high is a portrait or an icon, not a story picture."""
_BOXES = ("div", "section", "aside", "figure", "table", "p", "ul", "dl", "blockquote")
_AUTHOR_MARKUP = re.compile(
    r"author|autor|auteur|autore|writer|byline|biography|(?:^|[\s_-])bio(?:$|[\s_-])|"
    r"about-?the|avatar|gravatar|vcard",
    re.I,
)
"""Words in class, id or itemprop values of a box about a writer (or of its parts)."""
_LABEL = re.compile(
    r"^\W*(?:about the author|about the writer|the author|about me|author|über (?:den|die) "
    r"autor(?:in)?|zu[mr] autor(?:in)?|über mich|autor(?:in)?|à propos de l'auteur|"
    r"l'auteur|l’auteur|auteur|sobre (?:el|la) autor(?:a)?|el autor|la autora|sobre mí|"
    r"o autorze|autor tekstu|l'autore|sull'autore|informazioni sull'autore)\W*$",
    re.I,
)
"""A line that announces a box about the writer."""
_BIO = re.compile(
    r"\b(?:is an? (?:[\w-]+ ){0,3}(?:reporter|correspondent|writer|journalist|editor|"
    r"columnist|author|contributor|blogger|photographer|freelancer?)|writes (?:about|for)|"
    r"covers (?:\w+ ){0,3}for|"
    r"ist (?:[\w-]+ ){0,3}(?:redakteur|redakteurin|journalist|journalistin|autor|autorin|"
    r"korrespondent|korrespondentin|reporter|reporterin|head|leiter|leiterin|bloggerin|"
    r"blogger|fotograf|fotografin)|arbeitet (?:seit|als)|schreibt (?:über|für|seit)|"
    r"studierte|hallo,? ich bin|ich bin \w+,? (?:und|eine?)|hi,? i'?m|"
    r"est (?:[\w-]+ ){0,2}(?:journaliste|rédact\w+|correspondant\w*|auteure?|blogueuse|"
    r"blogueur)|es (?:[\w-]+ ){0,2}(?:periodista|redactora?|corresponsal|escritora?)|"
    r"escribe sobre|jest (?:[\w-]+ ){0,2}(?:dziennikar\w+|redaktor\w*|publicyst\w+|"
    r"korespondent\w*|autor\w*)|è (?:[\w-]+ ){0,2}(?:giornalista|redattore|redattrice))",
    re.I,
)
"""A sentence about the writer: "is a reporter", "schreibt über", "est journaliste"."""
_PROFILE_LINK = re.compile(
    r"twitter\.com/|//x\.com/|linkedin\.com/|facebook\.com/|instagram\.com/|mastodon|"
    r"^mailto:|/(?:author|authors|autor|autoren|auteur|autore|autores|autorzy|writers?)/",
    re.I,
)
"""A link to the writer's page or account."""
_PORTRAIT_MARKUP = re.compile(r"avatar|gravatar|portrait|headshot|author|autor|mugshot", re.I)


def is_bio(text: str) -> bool:
    """True when ``text`` holds a sentence about a writer ("is a reporter", "studierte")."""
    return bool(_BIO.search(text))


def remove_author_box(article: Any) -> int:
    """Drop author bio boxes that follow the article's last paragraph of prose; return how many."""
    total = len(dom.inner_text(article))
    if not total:
        return 0
    order = {node: i for i, node in enumerate(article.iter())}
    prose = [
        order[node]
        for node in rules.leaf_blocks(article)
        if rules.is_prose(node, dom.inner_text(node))
    ]
    if not prose:
        return 0
    dropped: list[Any] = []
    for node in list(article.iterdescendants(*_BOXES)):
        if not _after_the_end(node, order, prose) or any(
            up in dropped for up in node.iterancestors()
        ):
            continue
        text = dom.inner_text(node)
        if not text or len(text) > min(MAX_LENGTH, MAX_SHARE * total):
            continue
        if _is_author_box(node, text):
            node.drop_tree()
            dropped.append(node)
    return len(dropped)


def _after_the_end(node: Any, order: dict[Any, int], prose: list[int]) -> bool:
    """True when no paragraph of prose comes after ``node``, and one comes before it."""
    start = order.get(node)
    if start is None:
        return False
    end = start + sum(1 for _ in node.iterdescendants())  # page order: the subtree follows it
    return prose[-1] <= end and prose[0] < start


def _is_author_box(node: Any, text: str) -> bool:
    marked = any(
        _AUTHOR_MARKUP.search(f"{dom.match_string(part)} {part.get('itemprop') or ''}")
        for part in node.iter()
        if dom.is_element(part)
    )
    first = next((dom.inner_text(leaf) for leaf in rules.leaf_blocks(node)), text)
    labelled = bool(_LABEL.match(first)) or bool(_LABEL.match(text.split(" ", 1)[0]))
    portrait = any(_is_portrait(img) for img in node.iter("img"))
    bio = is_bio(text)
    linked = any(_PROFILE_LINK.search(a.get("href") or "") for a in node.iter("a"))
    if not (marked or labelled or portrait):
        return False
    return sum((marked, labelled, portrait, bio, linked)) >= 2


def _is_portrait(img: Any) -> bool:
    """A small picture, or one whose address or class says it is a writer's portrait."""
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if bounded_int(value, PORTRAIT) is not None:
            return True
    return bool(_PORTRAIT_MARKUP.search(f"{img.get('class') or ''} {img.get('src') or ''}"))
