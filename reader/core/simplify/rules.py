"""Shape rules for chrome that slips into an extracted article on pages never seen before.

Each rule looks at the *leaf blocks* of the article (paragraphs, list items, headings, captions:
blocks with no text block inside) and at shapes any site shares: a run of short lines after the
last paragraph of prose, a photo gallery's counters and buttons, a credit or dateline line, the
same caption twice. Word lists are limited to generic interface words in a few languages; no
rule knows a site, an address or a class name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reader.core.simplify import dom

LEAVES = ("p", "li", "dt", "dd", "figcaption", "blockquote", "h2", "h3", "h4", "h5", "h6", "div")
PROSE_LENGTH = 200
"""A leaf block this long with few links and a full stop is a paragraph of the article."""
SHORT_LINE = 100
"""Trailing blocks shorter than this after the last paragraph of prose are chrome."""
MAX_TRAILING_SHARE = 0.25
"""The trailing run removed is at most this share of the article's text (else it is content)."""

_COUNTER = re.compile(
    r"^\W*(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|zdjęcie)\s*)?"
    r"\d{1,3}\s*(?:/|of|von|de|sur|di|z|av|af)\s*\d{1,3}\W*$",
    re.I,
)
"""A gallery's position: "Image 1 of 8", "1 / 5", "Bild 3 von 12"."""
_UI_WORDS = (
    "caption|close|less|more|show more|show less|expand|enlarge|zoom|next|previous|prev|back|"
    "fullscreen|full screen|view gallery|open gallery|gallery|slideshow|play|pause|hide caption|"
    "show caption|toggle caption|schließen|weniger|mehr|vergrößern|weiter|zurück|galerie|"
    "bildergalerie|vollbild|bild anzeigen|bild schließen|fermer|plus|moins|agrandir|suivant|"
    "précédent|cerrar|ampliar|siguiente|anterior|más|menos|chiudi|successivo|precedente|"
    "zamknij|więcej|dalej|powiększ"
)
_UI_LINE = re.compile(rf"^\W*(?:(?:{_UI_WORDS})\W*){{1,4}}$", re.I)
"""A line made only of gallery and toggle buttons' words ("Close", "Caption", "less", "more")."""
_CREDIT = re.compile(
    r"^\W*(?:©|\(c\)|(?:photo|photos|photograph|image|images|picture|credit|credits|"
    r"crédits? photos?|crédit|foto|fotos|bild|bilder|titelbild|beitragsbild|quelle|"
    r"imagen|imágenes|fotografía|zdjęcie|źródło)\s*(?:credit)?\s*:)",
    re.I,
)
"""A line that opens with a credit label: "Photo: NAME, AGENCY", "Bild: ...", "© ..."."""
_CREDIT_WORDS = (
    r"photo|photos|photograph|image|picture|credit|credits|crédits? photos?|crédito|crédit|"
    r"foto|fotos|bild|bilder|quelle|imagen|fotografía|zdjęcie|źródło|source"
)
_CREDIT_AT_END = re.compile(
    rf"(?:\b(?i:{_CREDIT_WORDS})\s*:\s*(?:[^.!?:]|\.(?=\w)){{1,60}}|(?:©|\([cC]\))\s*[^!?]{{1,80}}|"
    rf"\(\s*(?:(?i:{_CREDIT_WORDS})\s*:\s*)?[A-ZÀ-Ý][^()\d]{{0,40}}/[^()\d]{{1,40}}\))\W*$"
)
"""A caption's closing credit: "... Foto: Andina", "... (REUTERS/Name)", "... © Name"."""
CAPTION_LENGTH = 300
_MONTHS = (
    r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch)?|märz|mars|apr(?:il)?|avr(?:il)?|"
    r"may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|août|sep(?:t|tember)?|"
    r"oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_DATE_LABELS = (
    r"updated|update|published|posted|last updated|last modified|modified|created|on|at|"
    r"aktualisiert|veröffentlicht|publiziert|erstellt|stand|zuletzt|geändert|am|um|uhr|"
    r"mis à jour|publié|le|à|actualizado|publicado|el|a las|opublikowano|aktualizacja|"
    r"[a-z]{2,4}t|utc|gmt|am|pm|a\.m\.|p\.m\."
)
_DATE_TOKEN = re.compile(
    rf"\d{{1,2}}[:h.]\d{{2}}|\b(?:{_MONTHS}|{_WEEKDAYS}|{_DATE_LABELS})\b\.?|\d+", re.I
)
_DATELINE_MAX = 90
_A_DATE = re.compile(
    rf"\b\d{{1,4}}[./-]\s?\d{{1,2}}[./-]\s?\d{{2,4}}\b|\b(?:{_MONTHS})\b\.?\s*\d|\d\.?\s*(?:{_MONTHS})\b",
    re.I,
)
"""A date: numeric (3.4.2020, 2020-04-03) or with a month name (November 20, 20. Mai)."""
_TIMESTAMP = re.compile(
    r"\b(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|\s?[+-]\d{2}:?\d{2})?"
)
"""A machine timestamp (2021-04-29 17:13:04.031886+02:00): read as its date."""


_STRUCTURE = ("table", "tr", "td", "th", "ul", "ol", "dl", "pre", "img", "figure")


def leaf_blocks(article: Any) -> list[Any]:
    """Text blocks of ``article`` with no text block, table, list or image inside, in page order."""
    return [
        node
        for node in article.iter(*LEAVES)
        if node is not article
        and node.tag not in _STRUCTURE
        and not any(True for _ in node.iterdescendants(*LEAVES, *_STRUCTURE))
    ]


def is_prose(node: Any, text: str) -> bool:
    """A paragraph of the article: long, few links, with a full stop."""
    return (
        len(text) >= PROSE_LENGTH
        and dom.link_density(node, len(text)) < 0.3
        and any(mark in text for mark in ".!?。")
    )


def holds_prose(node: Any, wanted: int = 2) -> bool:
    """True when ``node`` holds at least ``wanted`` paragraphs of prose (article text)."""
    found = 0
    for paragraph in node.iter("p"):
        if is_prose(paragraph, dom.inner_text(paragraph)):
            found += 1
            if found >= wanted:
                return True
    return False


def is_dateline(text: str) -> bool:
    """True for a short line of a date and/or time and its labels only ("Updated 5:27 am CST, ...")."""
    text = _TIMESTAMP.sub(r"\1", text)
    if len(text) > _DATELINE_MAX or not _A_DATE.search(text):
        return False
    rest = _DATE_TOKEN.sub(" ", text)
    return not re.search(r"[^\W\d_]|[=+±×∑<>|]", rest)


def has_date(text: str) -> bool:
    """True when ``text`` holds a date (numeric, or with a month name)."""
    return bool(_A_DATE.search(text))


def is_gallery_chrome(text: str) -> bool:
    """True for a gallery counter or a line of interface words only."""
    return bool(_COUNTER.match(text) or _UI_LINE.match(text))


def is_counter(text: str) -> bool:
    """True for a gallery's position only: "Image 1 of 8", "3 / 12"."""
    return bool(_COUNTER.match(text))


def is_credit(text: str) -> bool:
    """True for a short credit line ("Photo: NAME, AGENCY", "Bild: dpa", "© Reuters")."""
    return len(text) <= SHORT_LINE and bool(_CREDIT.match(text))


def is_credited_caption(text: str) -> bool:
    """True for a short block that ends with a photo credit: a caption, not article text."""
    return len(text) <= CAPTION_LENGTH and bool(_CREDIT_AT_END.search(text))


def remove_chrome_lines(article: Any) -> int:
    """Drop leaf blocks that are gallery chrome, credit lines or datelines; return how many."""
    dropped = 0
    for node in leaf_blocks(article):
        if node.getparent() is None or node.find(".//img") is not None:
            continue
        text = dom.inner_text(node)
        if text and (
            is_gallery_chrome(text)
            or is_credit(text)
            or is_dateline(text)
            or is_credited_caption(text)
        ):
            node.drop_tree()
            dropped += 1
    return dropped


def _is_label(node: Any, text: str) -> bool:
    """A heading, a line that introduces what follows ("Mehr zum Thema:"), or a link line."""
    return (
        node.tag in dom.HEADINGS
        or text.rstrip().endswith(":")
        or dom.link_density(node, len(text)) > 0.5
    )


def trim_trailing_chrome(
    article: Any, is_related_label: Callable[[str], bool] | None = None
) -> int:
    """Drop the run of short blocks after the last paragraph of prose, from its first label on.

    After an article ends come labels ("Related", "Mehr zum Thema:") with teaser headlines,
    share and rating lines and credits: short lines after a heading or a link. Short sentences
    before the first such label are the article's last words and stay. The run is kept when
    any block of it is long, or when it is a large share of the article. When the run opens
    with a related-content label (``is_related_label``: "Lesen Sie auch", "Read more"), its
    teasers may be long (a headline and its blurb), but still no paragraph of prose.
    """
    blocks = [(node, dom.inner_text(node)) for node in leaf_blocks(article)]
    last = max((i for i, (node, text) in enumerate(blocks) if is_prose(node, text)), default=-1)
    if last < 0:
        return 0
    tail = [(node, text) for node, text in blocks[last + 1 :] if text]
    start = next((i for i, (node, text) in enumerate(tail) if _is_label(node, text)), None)
    if start is None:
        return 0
    tail = tail[start:]
    if any(
        len(text) >= SHORT_LINE and dom.link_density(node, len(text)) < 0.5 for node, text in tail
    ) and not (
        is_related_label is not None
        and is_related_label(tail[0][1])
        and not any(is_prose(node, text) for node, text in tail)
    ):
        return 0
    return drop_run(blocks, tail, MAX_TRAILING_SHARE)


def drop_run(blocks: list[tuple[Any, str]], run: list[tuple[Any, str]], max_share: float) -> int:
    """Drop the (node, text) blocks of ``run`` (their pictures kept) unless their text is over
    ``max_share`` of the text of all ``blocks``; return how many were dropped."""
    total = sum(len(text) for _node, text in blocks)
    if sum(len(text) for _node, text in run) > max_share * total:
        return 0
    for node, _text in run:
        if node.getparent() is not None and node.find(".//img") is None:
            node.drop_tree()
    return len(run)
