"""The site's closing appeal: the run of blocks at the very end of an article that asks the
reader to support, join, subscribe, donate, follow or advertise ("We need your help", "Help us
continue ...", "Donate"; "Gefällt dir unser Magazin? ... unterstütze uns"; "Hágase miembro").

Such an appeal is often written as full sentences, so the trailing-chrome rules (which stop at
the last paragraph of prose) keep it. This rule walks back from the last leaf block while the
blocks are appeals, allowing one plain block between two appeals (a slogan between "Apoya" and
"Hágase miembro"); the run must open with an appeal, end the article, leave its first block and
stay a small share of its text. The words are the site addressing its reader in a few
languages; no rule knows a site, an address or a class name.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.simplify import dom, labels, rules

APPEAL_LENGTH = 600
"""An appeal block is at most this long; a longer block is the story."""
MAX_APPEAL_SHARE = 0.25
"""The run removed is at most this share of the article's text."""
_SOCIAL = r"(?:twitter|facebook|instagram|tiktok|youtube|linkedin|threads|telegram|whatsapp)"
_APPEAL = re.compile(
    r"\b(?:"
    # English
    rf"support (?:us\b|our (?:journalism|work|reporting)|independent journalism|local journalism|quality journalism)|help us (?:continue|keep|grow|sustain|fund)|"
    rf"donate (?:now|today|here|to us)|"
    rf"make a (?:donation|contribution|gift)|become a (?:member|subscriber|supporter|patron)|"
    rf"join (?:now|today)\b|advertise (?:with|on) |we need your (?:help|support)|"
    rf"follow (?!him |her |them |me )(?:[\w@.-]+ ){{1,4}}on {_SOCIAL}|send us (?:a message|your)|"
    # German
    rf"unterstütze\w* (?:uns|unser|mit)|deine unterstützung|ihre unterstützung|eure unterstützung|"
    rf"gefällt (?:dir|ihnen|euch) unser|jetzt spenden|spenden sie|werde mitglied|mitglied werden|folg\w* uns auf {_SOCIAL}|"
    # French
    rf"soutenez|soutenir (?:notre|nos)|faites un don|devenez (?:membre|abonné)|"
    # Spanish, Portuguese
    rf"apóyanos|hágase (?:miembro|socio)|hazte (?:miembro|socio)|haz una donación|"
    rf"apoie o nosso|torne-se (?:membro|assinante)|"
    # Polish, Italian
    rf"wesprzyj|wspieraj|sostienici|sostieni il nostro"
    r")|^\W*donate\W*$",
    re.I,
)
"""The site asking for support, membership, donations, followers or advertisers."""


def is_appeal(text: str) -> bool:
    """True when ``text`` (one block, not too long) is the site's appeal to its reader."""
    if len(text) > APPEAL_LENGTH:
        return False
    if _APPEAL.search(text):
        return True
    # a story may mention a newsletter or a subscription; a short line that does is the site's
    return len(text) < rules.PROSE_LENGTH and labels.is_call_to_action(text)


def remove_closing_appeal(article: Any) -> int:
    """Drop the site's appeal at the end of ``article`` (images kept); return how many blocks."""
    blocks = [(node, text) for node in rules.leaf_blocks(article) if (text := dom.inner_text(node))]
    start = None
    gap = False
    for index in range(len(blocks) - 1, 0, -1):
        if is_appeal(blocks[index][1]):
            start, gap = index, False
        elif start is not None and not gap:
            gap = True  # one plain block between two appeals (a slogan, a heading)
        else:
            break
    if start is None:
        return 0
    return rules.drop_run(blocks, blocks[start:], MAX_APPEAL_SHARE)
