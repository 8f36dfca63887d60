"""Shape rules for the interface lines any site puts between its article's paragraphs.

"Read also: HEADLINE", a "Related articles" / "Mehr zum Thema" label and the links under it, a
post's meta line ("Friday | 14 June 2019 | 15:49 | 0 comments"), an "Advertisement" label, an
"Open content from another site" placeholder, a licence line after the last paragraph. Each rule
looks at one leaf block's whole text (see :func:`reader.core.simplify.rules.leaf_blocks`) against
generic interface words in a few languages; no rule knows a site, an address or a class name.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.simplify import dom, rules

LABEL_LENGTH = 60
"""A label line ("Related articles:") is at most this long."""
TEASER_LENGTH = 220
"""A "Read also: HEADLINE" line is at most this long."""
META_LENGTH = 160
META_WORDS_LENGTH = 400
"""A meta line with "filed under" words may run this long ("Der Beitrag wurde am ... veröffentlicht
und wurde unter A, B, C abgelegt. Du kannst ... folgen")."""
SHORT_META_LENGTH = 100
TEASER_LINK_DENSITY = 0.5
"""Blocks right under a related-label that are at least this much link text are its teasers."""

_READ_MORE = (
    # English
    r"related|related (?:articles?|stories|posts?|coverage|content|links|topics|news)|"
    r"read (?:more|also|next|this)|see also|also read|more on this(?: topic| story)?|"
    r"you (?:may|might) also (?:like|be interested in)|recommended(?: for you)?|most read|"
    r"most popular|more stories|more news|further reading|latest (?:news|articles|stories)|"
    r"(?:new and exciting |more )?similar (?:dishes|recipes|articles|stories|posts|products)"
    r"(?: for you)?(?: to try(?: out)?)?|"
    # German
    r"(?:ähnliche|verwandte|weitere|neueste|aktuelle) (?:beiträge|artikel|themen|nachrichten|"
    r"links|news|tipps|infos|informationen)|mehr zum thema|mehr (?:zu|zum) .{3,30}|"
    r"auch interessant|das könnte (?:sie|dich) (?:auch )?interessieren|lesen sie (?:auch|hier|mehr)"
    r"(?: die folgenden beiträge)?|auch lesen|schon gelesen|zum weiterlesen|weiterlesen|"
    r"meistgelesene?(?: artikel)?|meistdiskutierte?(?: artikel)?|meistgeklickte?(?: artikel)?|"
    r"siehe auch|weiterführende[rn]? links?|passend zum thema|empfehlungen der redaktion|"
    r"beliebte (?:inhalte|beiträge|artikel|themen|rezepte)(?: (?:&|und) beiträge)?|"
    r"(?:heute )?empfehlen wir|unsere empfehlungen?|entdecke(?:n sie)? (?:weitere|mehr) \w+|"
    # "Weitere Tourentipps in X": only reading matter offered; "Weitere Festnahmen in X" is news
    r"weitere \w*(?:tipps|artikel|beiträge|rezepte|themen|nachrichten|meldungen|geschichten|"
    r"videos|bilder|fotos|ideen|ziele|empfehlungen) (?:in|aus|zu|zum|zur|für|von) \w[\w -]{2,30}|"
    # French
    r"(?:à )?lire aussi|(?:à )?lire également|voir aussi|sur le même sujet|articles similaires|"
    r"les plus lus|(?:audios et )?vidéos sur le (?:même )?sujet|"
    # Spanish, Portuguese, Italian
    r"lea (?:también|además|más)|lee (?:también|además|más)|le puede interesar|"
    r"te puede interesar|(?:también )?puede interesarte|puedes ver|vea también|ver también|"
    r"mira también|noticias relacionadas|artículos relacionados|lo más leído|más noticias|"
    r"veja também|leia também|leia mais|saiba mais|leggi anche|potrebbe interessarti|"
    r"articoli correlati|"
    # Polish, Dutch
    r"czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|"
    r"przeczytaj (?:też|także|również)|polecamy|najczęściej czytane|lees ook|lees meer|zie ook|"
    r"gerelateerde artikelen|"
    # A table of contents or an author box
    r"inhaltsverzeichnis|table of contents|sommaire|spis treści|über (?:den|die) autor(?:in)?|"
    r"about the author|zur person|à propos de l'auteur|sobre el autor|o autorze"
)
_LABEL = re.compile(rf"^\W*(?:{_READ_MORE})\W*$", re.I)
"""A line that is only a related-content label: "Mehr zum Thema", "Related Coverage:"."""
_TEASER = re.compile(rf"^\W*(?:{_READ_MORE})\s*(?::|»|>>|\|)\s*\S", re.I)
"""A "Read also: HEADLINE" teaser line."""
_LABEL_START = re.compile(rf"^\W*(?:{_READ_MORE})\b", re.I)
_AD_LABEL = re.compile(
    r"^\W*(?:advertisement|advertising|ad|sponsored(?: content)?|anzeige|werbung|gesponsert|"
    r"reklama|publicidad|publicité|pubblicità|publicidade|reclame)\W*$",
    re.I,
)
"""A line that only says the next block is an advertisement."""
_META_WORDS = re.compile(
    r"\b(?:filed under|posted in|this entry was posted|abgelegt unter|veröffentlicht und wurde "
    r"unter|publié dans|publicado en|\d+ comments?|"
    r"\d+ kommentare?|\d+ commentaires?|\d+ comentarios?|\d+ komentarz\w*)\b|"
    r"^\W*(?:kategorien?|categor(?:y|ies|ie|ía|ias)|catégories?)\s*:",
    re.I,
)
"""A post's meta line: where it is filed, how many comments it has."""
_CATEGORY = re.compile(
    r"\b(?:category|categories|kategorie|kategorien|catégorie|categoría|kategoria)\s+:\s*\w"
    r"|\b(?:category|categories|kategorie|kategorien|catégorie|categoría|kategoria):\s+\w",
    re.I,
)
"""A "Category : NAME" field in a short line with a date ("News date : 04/21/2022 Category : ...")."""
_EMBED_PLACEHOLDER = re.compile(
    r"(?:inhalt|content|contenu|contenido|verbindung|connection|treść)\b.{0,120}"
    r"\b(?:laden|load|charger|cargar|her|herstellen|załaduj|wczytaj)\b"
    r"|^\W*(?:externer inhalt|external content|contenu externe|contenido externo)\W*$",
    re.I,
)
_CONSENT_WORDS = re.compile(
    r"\b(?:button|klicken|click|cliquez|haga clic|einverständnis|zustimmung|consent|"
    r"consentement|consentimiento|privatsphäre|datenschutz|privacy|externer|external)\b",
    re.I,
)
EMBED_LENGTH = 300
_LICENCE = re.compile(
    r"©\s*\d{4}|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|\bcc[- ]by\b|creative commons|"
    r"\blizenz\b|urheberrechtlich|prawem autorskim|wszelkie prawa zastrzeżone",
    re.I,
)
LICENCE_LENGTH = 300
_ABOUT_THIS = re.compile(
    r"\b(?:artikel|beitrag|article|post|rezept|recipe|tipp|artículo|articolo|artykuł)\b", re.I
)
_ENGAGE = re.compile(
    r"\b(?:teilen|share|partager|compartir|condividi|udostępnij|nützlich|hilfreich|helpful|"
    r"useful|utile|útil|kommentieren|comment|commenter|comentar|bewerten|rate|drucken|print|"
    r"imprimer|imprimir|diskutieren|discuss)\w*",
    re.I,
)
ENGAGE_WORDS = 6
"""A prompt is a few words; a longer question that names an article and sharing is a sentence."""
_CALL_TO_ACTION = re.compile(
    r"\b(?:subscribe|subscriber|subscription|sign up|newsletter|download (?:the|our)|"
    r"follow (?:us|me)|keep up with (?:us|me)|letters? to the editor|abonnieren|abonnent|abonnement|folgen sie uns|folge uns|leserbrief|"
    r"abonnez|abonnez-vous|inscrivez-vous|suivez-nous|suscríbete|suscribirse|suscriptor|"
    r"síguenos|únete|hazte (?:miembro|socio)|canal de (?:youtube|telegram|whatsapp)|"
    r"assine|siga-nos|zapraszamy|subskrypcj\w*|obserwuj|iscriviti|seguici|"
    r"support(?:ing)? (?:our|us)|unterstütze[n]? (?:sie )?(?:uns|unsere)|soutenez-nous|"
    r"apóyanos|wesprzyj nas|with the [\w .-]{1,30} app|(?:our|unsere[rn]?|notre) app)\b",
    re.I,
)
"""A call to subscribe, follow, download the app or write in: the site talking, not the article."""
CALL_TO_ACTION_LENGTH = 250
_AGENCY_AT_END = re.compile(r"\s/\s*[^\W\d][^/.!?]{1,30}$")
"""A caption's closing " / Agency" credit."""
FIGURE_CREDIT_LENGTH = 100


def is_call_to_action(text: str) -> bool:
    """True when ``text`` calls to subscribe, follow, download the app or support the site."""
    return bool(_CALL_TO_ACTION.search(text))


def is_label(text: str) -> bool:
    """True for a related-content label line ("Related articles", "Auch interessant:")."""
    return len(text) <= LABEL_LENGTH and bool(_LABEL.match(text))


def starts_with_label(text: str) -> bool:
    """True when ``text`` opens with a related-content label ("Siehe auch ...", "Related ...")."""
    return bool(_LABEL_START.match(text))


def is_teaser(text: str) -> bool:
    """True for a "Read also: HEADLINE" line."""
    return len(text) <= TEASER_LENGTH and bool(_TEASER.match(text))


def is_ad_label(text: str) -> bool:
    """True for an "Advertisement" / "Anzeige" label line."""
    return len(text) <= 40 and bool(_AD_LABEL.match(text))


def is_meta_line(text: str) -> bool:
    """True for a post's meta line: a date with '|'-separated short parts, or a date with
    "filed under" / comment-count words ("Friday | 14 June 2019 | 15:49 | 0 comments")."""
    if len(text) > META_WORDS_LENGTH or not rules.has_date(text):
        return False
    parts = [p.strip() for p in text.split("|")]
    if len(text) <= META_LENGTH and len(parts) >= 2 and all(len(p) <= 50 for p in parts):
        return True
    if len(text) <= SHORT_META_LENGTH and _CATEGORY.search(text):
        return True
    return bool(_META_WORDS.search(text))


def is_embed_placeholder(text: str) -> bool:
    """True for the stand-in of an embed not loaded without consent ("Click to load ...")."""
    if len(text) > EMBED_LENGTH or not _EMBED_PLACEHOLDER.search(text):
        return False
    return len(text) <= LABEL_LENGTH or bool(_CONSENT_WORDS.search(text))


def is_engagement_prompt(text: str) -> bool:
    """True for a prompt about the article itself: "Was this article helpful?", "Share this
    post:", "Möchten Sie den Artikel teilen?" (a short question, call or label on the page)."""
    return (
        len(text.split()) <= ENGAGE_WORDS
        and text.rstrip()[-1:] in "?:!"
        and bool(_ABOUT_THIS.search(text) and _ENGAGE.search(text))
    )


def remove_interface_lines(article: Any) -> int:
    """Drop related labels (and the link teasers right under them), "Read also" teasers, meta
    lines, advertisement labels and embed placeholders; licence lines and calls
    to subscribe or follow after the last paragraph.
    Returns how many blocks were dropped."""
    blocks = [(node, dom.inner_text(node)) for node in rules.leaf_blocks(article)]
    last_prose = max(
        (i for i, (node, text) in enumerate(blocks) if rules.is_prose(node, text)), default=-1
    )
    dropped = 0
    under_label = False
    for index, (node, text) in enumerate(blocks):
        if not text or node.getparent() is None or node.find(".//img") is not None:
            continue
        if under_label and len(text) <= TEASER_LENGTH and _linky(node, text):
            node.drop_tree()
            dropped += 1
            continue
        under_label = is_label(text)
        if (
            under_label
            or is_teaser(text)
            or is_ad_label(text)
            or is_meta_line(text)
            or is_embed_placeholder(text)
            or is_engagement_prompt(text)
            or _is_figure_credit(node, text)
            or (index > last_prose >= 0 and _is_trailing_notice(text))
        ):
            node.drop_tree()
            dropped += 1
    return dropped


def _linky(node: Any, text: str) -> bool:
    return dom.link_density(node, len(text)) >= TEASER_LINK_DENSITY


def _is_trailing_notice(text: str) -> bool:
    """After the last paragraph: a licence or copyright line, or a call to action."""
    if len(text) <= CALL_TO_ACTION_LENGTH and _CALL_TO_ACTION.search(text):
        return True
    return len(text) <= LICENCE_LENGTH and bool(_LICENCE.search(text))


def _is_figure_credit(node: Any, text: str) -> bool:
    """A short figure caption that is a subject and its " / Agency" credit."""
    if len(text) > FIGURE_CREDIT_LENGTH or not _AGENCY_AT_END.search(text):
        return False
    return node.tag == "figcaption" or any(a.tag == "figcaption" for a in node.iterancestors())
