"""Shape rules for the site's notices that sit anywhere among an article's paragraphs.

An affiliate or advertising disclosure ("Für Links auf dieser Seite erhält X eine Provision",
"Advertising disclosure: we may receive compensation ..."), a "log in to comment" line, a
copyright notice that opens with "© 2022", a row of buttons ("Rezept drucken Bei Pinterest
speichern", "Dieses Skript als PDF herunterladen"), a truncated teaser ("Auskunft über das
Wetter… mehr"), an arrow-marked link teaser (">> HEADLINE <<") and a line that is only a clock
time ("3:59 PM"). Each rule looks at one leaf block's whole text (see
:func:`reader.core.simplify.rules.leaf_blocks`) against generic interface words in a few
languages; no rule knows a site, an address or a class name.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.simplify import dom, labels, rules

NOTICE_LENGTH = 300
"""A disclosure, copyright notice or teaser is at most this long; longer is a paragraph."""
LOGIN_LENGTH = 200
BUTTON_LENGTH = 80
TEASER_LINK_DENSITY = 0.8
"""An arrow-marked or "See:" line is a teaser when its text is at least this much link."""

_DISCLOSURE = re.compile(
    r"\baffiliate[- ]?links?\b|\badvertising disclos\w+|\badvertising disclaimer\b|\benthält werbung\b|"
    r"^\W*(?:werbung|anzeige|advertisement|publicidad|publicité|reklama)\s*[-–:.|]|"
    r"\b(?:earn|receive|get|erhält|erhalten|bekommt|bekommen|recibe|recibimos|percevons|"
    r"touchons|otrzymuje\w*)\b.{0,60}\b(?:commissions?|provision|compensation|comisión)\b|"
    r"\bliens? (?:affiliés?|d'affiliation)\b|\benlaces? de afiliados?\b|\blinki? afiliacyjn\w*",
    re.I,
)
"""An affiliate or advertising disclosure: the site about its income, not the story."""
_CONSENT = re.compile(
    r"double[- ]opt[- ]in|\b(?:datenschutzerklärung|datenschutzbestimmungen|privacy policy|"
    r"politique de confidentialité|política de privacidad|polityk\w* prywatności)\b.{0,40}"
    r"\b(?:einverstanden|zur kenntnis|agree|accept|accepte|acepto|akceptuję)|"
    r"\b(?:agree|accept|accepte|acepto|akceptuję)\b.{0,40}\b(?:privacy policy|"
    r"politique de confidentialité|política de privacidad|polityk\w* prywatności)|"
    r"\bjederzeit (?:wieder )?(?:abbestell|abmeld|widerruf)\w*|\bunsubscribe at any time\b|"
    r"se désinscrire à tout moment|darte de baja en cualquier momento",
    re.I,
)
"""A sign-up form's consent text: "I agree to the privacy policy", "Double-Opt-In"."""
_LOGIN = (
    r"(?:eingeloggt|einloggen|angemeldet|anmelden|logged in|log in|sign in|connecté|"
    r"connectez|iniciar sesión|inicia sesión|zalogowa\w*|zaloguj)"
)
_DISCUSS = r"(?:kommentar|kommentier|comment|diskussion|discussion|commentaire|comentar|komentar)"
_LOGIN_PROMPT = re.compile(rf"{_LOGIN}.{{0,80}}{_DISCUSS}|{_DISCUSS}\w*.{{0,80}}{_LOGIN}", re.I)
"""A "you must be logged in to comment" line."""
_COPYRIGHT = re.compile(
    r"^\W*(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}|\ball rights reserved\b|"
    r"\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|"
    r"\bwszelkie prawa zastrzeżone\b|\bwritten permission\b|\bcopyrighted property\b",
    re.I,
)
"""A copyright notice: opens with "© 2022", or reserves the rights."""
_ACTION = (
    r"print|drucken|ausdrucken|imprimer|imprimir|drukuj|save|speichern|merken|enregistrer|"
    r"guardar|zapisz|share|teilen|partager|compartir|udostępnij|download|herunterladen|"
    r"télécharger|descargar|pobierz|e-?mail|mail|pdf|ausblenden|einblenden|hide|kopieren|"
    r"copy|copier|copiar|versenden|senden|send|envoyer|enviar|wyślij|permalink|permalien"
)
_BUTTON_FILLER = (
    r"pinterest|facebook|twitter|whatsapp|telegram|linkedin|xing|flipboard|reddit|messenger|"
    r"als|as|en|auf|on|bei|sur|per|via|this|dieses|diesen|diese|den|das|die|artikel|article|"
    r"beitrag|rezept|recipe|recette|receta|skript|story|seite|page|link|quellen|sources|"
    r"kommentare?|comments?"
)
_BUTTON_ROW = re.compile(rf"^\W*(?:(?:{_ACTION}|{_BUTTON_FILLER})\W*){{1,8}}$", re.I)
_HAS_ACTION = re.compile(rf"\b(?:{_ACTION})\b", re.I)
"""A row of buttons: print, save, share, download, hide; with what and where."""
_TRUNCATED = re.compile(
    r"(?:…|\.\.\.)\s*\W*(?:mehr|more|read more|weiterlesen|lesen|lire la suite|la suite|"
    r"leer más|seguir leyendo|czytaj dalej|więcej|continue reading|leggi tutto)\W*$",
    re.I,
)
"""A teaser cut short: "Auskunft über vergangenes Wetter… mehr"."""
_ARROW = re.compile(r"^\s*(?:>{2,}|»|►|▶|→)\s*\S")
_SEE_ALSO = re.compile(
    r"^\W*(?:mira|lea|lee|lesetipps?|mehr lesen|more|también|leia|zobacz|czytaj)\s*:\s*\S", re.I
)
"""A "See: HEADLINE" label in front of a link (a speaker's name in an interview has no link)."""
_CLOCK = re.compile(r"^\W*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)\W*$", re.I)
"""A line that is only a clock time: "3:59 PM", "15.21 Uhr"."""
_DATE_LABEL_ALONE = re.compile(
    r"^\W*(?:(?:release|publication|news|publish(?:ed)?|post(?:ed)?|update[d]?)\s*date|"
    r"veröffentlichung|veröffentlicht(?: am)?|publiziert(?: am)?|aktualisiert(?: am)?|"
    r"published(?: on)?|updated(?: on)?|posted(?: on)?|publié le|mis à jour le|publicado|"
    r"actualizado|opublikowano)\s*:?\W*$",
    re.I,
)
"""A date's label left without its date ("Release Date:", "Veröffentlichung:")."""
_BY_CREDIT = re.compile(
    r"^\W*(?i:photo(?:graph)?s?|pictures?|images?|fotos?|fotografía|bild(?:er)?|zdjęci[ea])\s+"
    r"(?i:by|von|de|par|autorstwa)\s+[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ]"
)
"""A credit line: "Photograph by NAME, AGENCY" (outside a caption, where it is the caption)."""
_VIA_CREDIT = re.compile(r"\b(?:bild|foto|photo|image|quelle|source)s?\s+via\W*$", re.I)
_GLUED_CREDIT = re.compile(r"[a-zäöüßàéèíóú](?:Bild|Foto|Fotos|Photo)\s*:\s*[^.!?]{1,60}$")
"""A caption whose credit was glued on without a space: "... des TurniersBild: AFP/SID"."""
CREDIT_LENGTH = 100
_AUTHOR_BOX = re.compile(
    r"\b(?:view all posts by|all posts by|more (?:articles|posts|stories) by|"
    r"(?:zeige )?alle beiträge von|weitere (?:artikel|beiträge) von|alle artikel von|"
    r"voir tous les articles de|ver todas las entradas de|más artículos de|"
    r"wszystkie (?:wpisy|artykuły) autora)\b",
    re.I,
)
"""An author box's "View all posts by NAME" link, with the bio before it."""
AUTHOR_BOX_LENGTH = 600
_AGENCY_INITIALS = re.compile(r"^\W*[a-z]{2,4}(?:\s?/\s?[A-Za-z]{2,6}){1,3}\W*$")
"""An agency's sign-off after the last paragraph: "aja/PAP", "(dr/spot)"."""
_CITATION = re.compile(
    r"\b(?:suggested citation|cite this (?:article|post)|how to cite|zitiervorschlag|"
    r"citation suggérée|pour citer cet article|cómo citar|jak cytować)\b",
    re.I,
)
"""A "Suggested citation" block after the last paragraph."""
RELATED_LENGTH = 1200
_PAYWALL = re.compile(
    r"\b(?:subscribe|subscription|subscriber|abonnieren|abonnent\w*|abonnement|abonnez-vous|"
    r"abonné|suscríbete|suscriptor\w*|suscripción|subskrypc\w*|prenumerat\w*)\b.{0,100}"
    r"\b(?:to (?:view|read|continue)|full (?:story|article)|log in|sign in|weiterlesen|"
    r"ganzen artikel|lire la suite|l'article complet|seguir leyendo|artículo completo|"
    r"czytać dalej)|\b(?:to (?:view|read|continue reading)|um (?:weiterzulesen|den (?:ganzen|"
    r"vollständigen) artikel)|pour lire la suite|para seguir leyendo)\b.{0,100}"
    r"\b(?:subscribe|abonn\w*|suscr\w*)",
    re.I,
)
"""A paywall's message: "To view the full story, please subscribe", "already a subscriber? log in"."""
_NEXT_ARTICLE = re.compile(
    r"^\W*(?:vorschau auf (?:den|das|die) )?(?:nächste[rns]?|vorherige[rns]?|next|previous|"
    r"prev|suivant|précédent|siguiente|anterior|następny|poprzedni)\s+(?:artikel|beitrag|post|"
    r"article|story|artículo|entrada|wpis|artykuł)\W*$",
    re.I,
)
"""A link to the next or previous article."""
_NO_WARRANTY = re.compile(
    r"\b(?:ohne gewähr|without (?:guarantee|warranty)|sans garantie|sin garantía|bez gwarancji)\b",
    re.I,
)
"""A "no warranty" disclaimer line ("Alle Angaben ohne Gewähr")."""
_ENLARGE = re.compile(
    r"^\W*(?:vergrößern|zum vergrößern|bild vergrößern|enlarge|click to enlarge|agrandir|"
    r"powiększ)\s+\S",
    re.I,
)
"""A lightbox caption behind its "Vergrößern" (enlarge) button."""
_PERMALINK = re.compile(
    r"^\W*(?:permalink|permalien|kurzlink|short ?link|short url)\s*:?\s*https?://\S+\W*$", re.I
)
SHORT_NOTICE = 80
_SHOP_PROMO = re.compile(
    r"\b(?:besuchen sie|besuche|visit|entdecken sie|empfehlungen aus)\b.{0,30}"
    r"\b(?:shop|store|boutique|tienda|sklep)\b|"
    r"\b(?:unsere[nm]?|our|notre|nuestra|naszym?)\s+(?:[\w-]+[- ])?"
    r"(?:shop|store|boutique|tienda|sklep)\b",
    re.I,
)
"""A short promotion of the site's shop ("Besuchen Sie unseren Fan-Shop!")."""
_FORUM = re.compile(
    r"\b(?:diskussion im forum|im forum diskutieren|discuss(?:ion)? (?:this )?in (?:the|our) "
    r"forum|discuter sur le forum|debate en el foro)\b",
    re.I,
)
"""A link to discuss the article in the site's forum."""
_CONTINUED = re.compile(
    r"^\W*(?:…|\.\.\.)?\s*(?:weiter zu|weiter mit|continue to|continued on|continuar con|"
    r"ciąg dalszy)\b",
    re.I,
)
"""A series' "... weiter zu PART 2" link."""
_MORE_AT_ADDRESS = re.compile(
    r"^\W*(?:(?:weitere|mehr) (?:infos?|informationen) (?:unter|auf|bei)|more "
    r"(?:info|information|details) (?:at|on)|plus d'(?:infos?|informations) sur|"
    r"más información en)\s+(?:www\.|https?://)\S+\W*$",
    re.I,
)
"""A "More information at www.example.org" line: an address, not a sentence of the story."""
FURNITURE_LENGTH = 150


def is_disclosure(text: str) -> bool:
    """True for a short affiliate or advertising disclosure, or a sign-up form's consent."""
    return len(text) <= NOTICE_LENGTH and bool(_DISCLOSURE.search(text) or _CONSENT.search(text))


def is_login_prompt(text: str) -> bool:
    """True for a short "log in to comment" line."""
    return len(text) <= LOGIN_LENGTH and bool(_LOGIN_PROMPT.search(text))


def is_copyright_notice(text: str) -> bool:
    """True for a short copyright notice ("© 2022, Site. All rights reserved.")."""
    return len(text) <= NOTICE_LENGTH and bool(_COPYRIGHT.search(text))


def is_button_row(text: str) -> bool:
    """True for a short line of button labels with at least one action ("Print Save Email")."""
    return (
        len(text) <= BUTTON_LENGTH
        and bool(_BUTTON_ROW.match(text))
        and bool(_HAS_ACTION.search(text))
    )


def is_truncated_teaser(text: str) -> bool:
    """True for a teaser cut off with an ellipsis and a "more" link."""
    return len(text) <= NOTICE_LENGTH and bool(_TRUNCATED.search(text))


def is_clock_line(text: str) -> bool:
    """True for a line of a clock time alone."""
    return bool(_CLOCK.match(text))


def is_page_furniture(text: str) -> bool:
    """True for a paywall message, a next-article or next-part link, a no-warranty line, a
    lightbox caption behind its enlarge button, a permalink, a forum link, a "more at ADDRESS"
    line or a promotion of the site's shop."""
    if len(text) > NOTICE_LENGTH:
        return False
    if _PAYWALL.search(text) or _ENLARGE.match(text) or _PERMALINK.match(text):
        return True
    if len(text) <= FURNITURE_LENGTH and (
        _FORUM.search(text) or _CONTINUED.match(text) or _MORE_AT_ADDRESS.match(text)
    ):
        return True
    return len(text) <= SHORT_NOTICE and bool(
        _NEXT_ARTICLE.match(text) or _NO_WARRANTY.search(text) or _SHOP_PROMO.search(text)
    )


def is_date_label_alone(text: str) -> bool:
    """True for a date's label without its date ("Release Date:")."""
    return bool(_DATE_LABEL_ALONE.match(text))


def is_author_box(text: str) -> bool:
    """True for an author box: a short bio with a "View all posts by NAME" link."""
    return len(text) <= AUTHOR_BOX_LENGTH and bool(_AUTHOR_BOX.search(text))


def is_trailing_sign_off(text: str) -> bool:
    """After the last paragraph: an agency's initials or a "Suggested citation" block."""
    if _AGENCY_INITIALS.match(text):
        return True
    return len(text) <= NOTICE_LENGTH and bool(_CITATION.search(text))


def _is_detached_credit(node: Any, text: str) -> bool:
    """A credit line outside a caption ("Photograph by NAME"), or a caption's glued credit."""
    if len(text) > NOTICE_LENGTH:
        return False
    if _GLUED_CREDIT.search(text):
        return True
    if len(text) > CREDIT_LENGTH or not (_BY_CREDIT.match(text) or _VIA_CREDIT.search(text)):
        return False
    return node.tag != "figcaption" and not any(
        a.tag in ("figure", "figcaption") for a in node.iterancestors()
    )


def _is_link_teaser(node: Any, text: str) -> bool:
    """A link line marked with arrows (">> HEADLINE <<", "► HEADLINE") or a see-also label,
    a related label with its links run into one block ("Siehe auch HEADLINE HEADLINE"), or a
    link that calls to subscribe ("RSS-Feed abonnieren")."""
    if len(text) > RELATED_LENGTH or dom.link_density(node, len(text)) < TEASER_LINK_DENSITY:
        return False
    if labels.starts_with_label(text):
        return True
    if len(text) <= labels.CALL_TO_ACTION_LENGTH and labels.is_call_to_action(text):
        return True
    return len(text) <= NOTICE_LENGTH and bool(_ARROW.match(text) or _SEE_ALSO.match(text))


def is_notice(node: Any, text: str) -> bool:
    """True when the leaf block ``node`` with text ``text`` is one of the notices above."""
    return (
        is_disclosure(text)
        or is_login_prompt(text)
        or is_copyright_notice(text)
        or is_button_row(text)
        or is_truncated_teaser(text)
        or is_clock_line(text)
        or is_date_label_alone(text)
        or is_page_furniture(text)
        or is_author_box(text)
        or _is_detached_credit(node, text)
        or _is_link_teaser(node, text)
    )


def remove_notices(article: Any) -> int:
    """Drop the leaf blocks of ``article`` that are notices, and the sign-offs after its last
    paragraph of prose (images kept); return how many."""
    blocks = [(node, dom.inner_text(node)) for node in rules.leaf_blocks(article)]
    last_prose = max(
        (i for i, (node, text) in enumerate(blocks) if rules.is_prose(node, text)), default=-1
    )
    dropped = 0
    for index, (node, text) in enumerate(blocks):
        if not text or node.getparent() is None or node.find(".//img") is not None:
            continue
        trailing = index > last_prose >= 0
        if is_notice(node, text) or (trailing and is_trailing_sign_off(text)):
            node.drop_tree()
            dropped += 1
    return dropped
