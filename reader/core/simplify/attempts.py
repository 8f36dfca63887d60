"""Which of the extractor's attempts (strict rules first, then looser ones) gives the article.

A looser attempt is only asked when the stricter ones found little; what it finds may be more of
the same article, or another block that looser rules let in (a cookie notice, a comment form).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.core.simplify import dom
from reader.errors import ExtractError

NO_ARTICLE = "could not simplify this page"
SHORT_KEEP = 0.3
"""When every attempt is short, the first one with this share of the longest one's text wins:
looser rules that find another block three times longer found chrome more often than not."""


@dataclass
class Extraction:
    """The article element, and what the extraction learned on the way."""

    article: Any
    byline: str = ""
    direction: str = ""
    scored: bool = True
    """False when no paragraph of the page scored (no prose at all)."""


def pick_short(attempts: list[tuple[int, Extraction]]) -> Extraction:
    """Of attempts (in order, with their text lengths) that all found a short article, the
    strictest one that found at least :data:`SHORT_KEEP` of the longest one's text: looser rules
    find longer chrome (a cookie notice, a comment form) on a page whose post is short. The
    longest attempt still wins when it holds the chosen one's text (it kept more of it)."""
    longest, widest = max(attempts, key=lambda pair: pair[0], default=(0, None))
    if not longest or widest is None:
        raise ExtractError(NO_ARTICLE)
    chosen = next(result for length, result in attempts if length >= SHORT_KEEP * longest)
    if _holds(dom.inner_text(widest.article), dom.inner_text(chosen.article)):
        return widest  # the same article, with more of it kept
    return chosen


def elsewhere(attempts: list[tuple[int, Extraction]], result: Extraction) -> bool:
    """True when a looser attempt's long ``result`` lacks the text a stricter attempt found:
    the looser rules let in another block (a comment or newsletter form, a teaser list) rather
    than more of the same article, so it must win on length like any short attempt would."""
    found = [(length, earlier) for length, earlier in attempts if length]
    if not found:
        return False
    text = dom.inner_text(result.article)
    return not _holds(text, dom.inner_text(found[0][1].article))


def _holds(wide: str, narrow: str) -> bool:
    """True when most of ``narrow``'s character trigrams are in ``wide`` (any script)."""
    grams = {narrow[i : i + 3] for i in range(len(narrow) - 2)}
    have = {wide[i : i + 3] for i in range(len(wide) - 2)}
    return bool(grams) and len(grams & have) >= 0.7 * len(grams)
