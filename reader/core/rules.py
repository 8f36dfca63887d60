"""Filter rules: does an article match, and what should happen to it (pure: no I/O, no Qt).

A rule looks at one field of an arriving article (title, text, author, link, the feed's name, or
title-or-text) and matches either by **words** (every word present as a whole word, ignoring
case and accents; ``word*`` matches a prefix: the same meaning as the window's full-text search,
so the rule editor can count matches with FTS5) or by a **regular expression**.

Regular expressions come from the user and run over text from strangers, so a pattern like
``(a+)+b`` must not freeze a refresh. We use the third-party ``regex`` module because it is the
only engine for Python that can *stop* a running match: a search gets :data:`REGEX_TIMEOUT`
seconds, and the text searched is capped at :data:`MAX_REGEX_INPUT` characters. A pattern-safety
check alone (refusing nested quantifiers) cannot be complete — ``a*a*a*a*b`` is polynomial, not
exponential, and still takes minutes on a long page — so a real time limit is the only defence
that holds for every pattern. The check is used the other way round, for speed: a pattern that
provably cannot backtrack much (:func:`needs_time_limit` is False: no unbounded or large
repetition, no repeated group, no back-reference, few optional parts) runs without the timer,
whose bookkeeping costs several times the search itself. A rule whose search ran out of time
is reported (:attr:`Matcher.timed_out`) and skipped for the rest of that batch, so one bad rule
costs at most one timeout per refresh, not one per article.
"""

from __future__ import annotations

import importlib
import logging
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from reader.errors import ReaderError

if TYPE_CHECKING:
    import regex

log = logging.getLogger(__name__)

REGEX_TIMEOUT = 0.05
"""Seconds one regular-expression search may take before it counts as no match."""
MAX_REGEX_INPUT = 20_000
"""Characters of a field a regular expression sees (titles, links and names are far shorter)."""
MAX_PATTERN = 1_000
"""Longest pattern accepted."""


class RuleError(ReaderError):
    """A rule that cannot work: an invalid regular expression, no words, no action."""


class Field(StrEnum):
    """Which part of an article a rule looks at."""

    TITLE = "title"
    TEXT = "text"
    AUTHOR = "author"
    LINK = "link"
    FEED = "feed"
    ANY = "any"
    """The title or the text."""


class Kind(StrEnum):
    """How the pattern is read."""

    WORDS = "words"
    REGEX = "regex"


class Action(StrEnum):
    """What a matching rule does to a new article."""

    READ = "read"
    STAR = "star"
    HIDE = "hide"
    TAG = "tag"
    NOTIFY = "notify"


@dataclass(frozen=True)
class Rule:
    """One rule as the user wrote it (``tag`` is the tag's name when TAG is an action)."""

    field: Field
    kind: Kind
    pattern: str
    actions: frozenset[Action]
    tag: str = ""
    name: str = ""
    enabled: bool = True
    id: int = 0


@dataclass(frozen=True)
class Candidate:
    """What a rule can see of an article (``text`` is plain text, not HTML)."""

    title: str = ""
    text: str = ""
    author: str = ""
    link: str = ""
    feed: str = ""


@dataclass
class Outcome:
    """What the matching rules ask for, merged (every action of every matching rule)."""

    read: bool = False
    star: bool = False
    hide: bool = False
    notify: bool = False
    tags: set[str] = field(default_factory=set)
    rule_ids: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rule_ids)


def _regex() -> ModuleType:
    """The ``regex`` module, imported on first use: start-up time (the store loads this module,
    the window's first frame needs no rule; ``regex`` costs ~9 ms)."""
    import regex

    return regex


@lru_cache(maxsize=1)
def _word() -> regex.Pattern[str]:
    """A run of letters or digits."""
    return _regex().compile(r"[^\W_]+")  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _flags() -> regex.Pattern[str]:
    """Inline flags, which would change meaning inside a combined pattern."""
    return _regex().compile(r"\(\?[a-zA-Z^-]")  # type: ignore[no-any-return]


def fold(text: str) -> str:
    """Lower case without accents (as FTS5's ``remove_diacritics``), for word comparison."""
    if text.isascii():  # most titles, links and names: nothing to decompose
        return text.lower()
    # Compatibility forms may decompose to capitals (℠ is "SM"), and case folding may make
    # letters that decompose: normalise on both sides of the fold.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words_of(text: str) -> set[str]:
    """The folded words of ``text``."""
    return set(_word().findall(fold(text)))


def pattern_words(pattern: str) -> tuple[tuple[str, bool], ...]:
    """A words pattern as (folded word, is a prefix) pairs; raises RuleError when it has none."""
    found: list[tuple[str, bool]] = []
    for token in pattern.split():
        prefix = token.endswith("*")
        for word in _word().findall(fold(token)):
            found.append((word, False))
        if prefix and found:
            found[-1] = (found[-1][0], True)
    if not found:
        raise RuleError("the rule has no words to look for")
    return tuple(found)


@lru_cache(maxsize=512)
def compile_regex(pattern: str) -> regex.Pattern[str]:
    """The compiled, case-insensitive pattern; raises RuleError for an invalid or huge one."""
    if not pattern.strip():
        raise RuleError("the regular expression is empty")
    if len(pattern) > MAX_PATTERN:
        raise RuleError(f"the regular expression is longer than {MAX_PATTERN} characters")
    rx = _regex()
    try:
        return rx.compile(pattern, rx.IGNORECASE | rx.VERSION0)  # type: ignore[no-any-return]
    except (rx.error, ValueError, OverflowError, RecursionError) as exc:
        raise RuleError(f"invalid regular expression: {exc}") from None


_MAX_OPTIONAL = 8
"""Optional parts (``x?``) a pattern may have and still run without the timer (2**8 paths)."""
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_UNSAFE = ("GROUPREF", "GROUPREF_EXISTS")


@lru_cache(maxsize=512)
def needs_time_limit(pattern: str) -> bool:
    """Whether a search with ``pattern`` could take long (then it runs with the timeout).

    Parsed with the standard library's regular-expression parser; anything it cannot read, or
    any construct not known to be cheap, counts as needing the limit."""
    try:
        parser = importlib.import_module("re._parser")
        tree = parser.parse(pattern, 0)
    except Exception:  # regex-only syntax, or an internal change: be careful
        return True
    optional = 0
    stack = [tree]
    while stack:
        for op, arg in stack.pop():
            name = str(op)
            if name in _UNSAFE:
                return True
            if name in _REPEATS:
                if arg[1] > 1:  # *, +, {m,n}: the search may try many ways
                    return True
                optional += 1
                if optional > _MAX_OPTIONAL:
                    return True
            stack.extend(_sub_patterns(arg))
    return False


def _sub_patterns(arg: object) -> Iterable[Any]:
    """The parsed sub-patterns inside one node's argument (groups, branches, repeats)."""
    if hasattr(arg, "data"):
        yield arg
    elif isinstance(arg, tuple | list):
        for part in arg:
            yield from _sub_patterns(part)


def check(rule: Rule) -> None:
    """Raise RuleError when ``rule`` cannot work (bad pattern, no action, tag without name)."""
    if not rule.actions:
        raise RuleError("the rule does nothing: choose at least one action")
    if Action.TAG in rule.actions and not rule.tag.strip():
        raise RuleError("name the tag the rule gives")
    if rule.kind is Kind.REGEX:
        compile_regex(rule.pattern)
    else:
        pattern_words(rule.pattern)


class _Compiled:
    """One rule made ready to match many candidates."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        fields = (Field.TITLE, Field.TEXT) if rule.field is Field.ANY else (rule.field,)
        self.fields = tuple(f.value for f in fields)
        self.regex = compile_regex(rule.pattern) if rule.kind is Kind.REGEX else None
        self.timeout = needs_time_limit(rule.pattern) if self.regex is not None else False
        self.combinable = (
            self.regex is not None and not self.timeout and not _flags().search(rule.pattern)
        )
        """May join its field's combined pattern (fast, no inline flags)."""
        words = pattern_words(rule.pattern) if self.regex is None else ()
        self.whole = frozenset(w for w, prefix in words if not prefix)
        self.prefixes = tuple(w for w, prefix in words if prefix)


class _Seen:
    """One candidate's fields, folded into word sets at most once each."""

    def __init__(self, candidate: Candidate) -> None:
        self.candidate = candidate
        self._words: dict[str, set[str]] = {}

    def text(self, which: str) -> str:
        return str(getattr(self.candidate, which))

    def words(self, which: str) -> set[str]:
        found = self._words.get(which)
        if found is None:
            found = self._words[which] = words_of(self.text(which))
        return found


class Matcher:
    """Matches candidates against a fixed list of rules (disabled and broken rules skipped).

    Word rules are indexed by one of their whole words per field, so a candidate is checked only
    against the word rules one of whose words it has: fifty rules cost little more than one."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: list[_Compiled] = []
        self.broken: dict[int, str] = {}
        """Rules that could not be compiled: id -> why."""
        self.timed_out: set[int] = set()
        """Rules whose regular expression ran out of time (skipped from then on)."""
        for rule in rules:
            if not rule.enabled:
                continue
            try:
                check(rule)
                self._rules.append(_Compiled(rule))
            except RuleError as exc:
                self.broken[rule.id] = str(exc)
        self._index: dict[str, dict[str, list[int]]] = {}
        self._scan: list[int] = []  # regular expressions and prefix-only word rules
        for position, compiled in enumerate(self._rules):
            if compiled.regex is not None or not compiled.whole:
                self._scan.append(position)
                continue
            key = max(compiled.whole, key=len)  # the longest word: the rarest, most likely
            for which in compiled.fields:
                self._index.setdefault(which, {}).setdefault(key, []).append(position)
        self._prefilters = self._make_prefilters()

    def _make_prefilters(self) -> dict[str, regex.Pattern[str]]:
        """Per field, one alternation of the fast regular expressions looking at it: when it
        finds nothing (most articles), none of them is searched on its own."""
        by_field: dict[str, list[str]] = {}
        for position in self._scan:
            compiled = self._rules[position]
            if not compiled.combinable:
                continue
            for which in compiled.fields:
                by_field.setdefault(which, []).append(compiled.rule.pattern)
        prefilters: dict[str, regex.Pattern[str]] = {}
        rx = _regex()
        for which, patterns in by_field.items():
            if len(patterns) < 2:
                continue
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    combined = "|".join(f"(?:{p})" for p in patterns)
                    prefilters[which] = rx.compile(combined, rx.IGNORECASE | rx.VERSION0)
            except (rx.error, Warning, ValueError, OverflowError, RecursionError):
                log.debug("no combined pattern for %s", which)
        return prefilters

    def __bool__(self) -> bool:
        return bool(self._rules)

    def match(self, candidate: Candidate) -> Outcome:
        """Every action of every rule that matches ``candidate``, merged."""
        outcome = Outcome()
        seen = _Seen(candidate)
        hits: set[int] = set()
        for which, index in self._index.items():
            words = seen.words(which)
            for word in index.keys() & words:
                for position in index[word]:
                    compiled = self._rules[position]
                    if _has_words(words, compiled.whole, compiled.prefixes):
                        hits.add(position)
        quiet = {
            which
            for which, combined in self._prefilters.items()
            if combined.search(seen.text(which)[:MAX_REGEX_INPUT]) is None
        }
        for position in self._scan:
            compiled = self._rules[position]
            if compiled.rule.id not in self.timed_out and self._matches(compiled, seen, quiet):
                hits.add(position)
        for position in sorted(hits):
            rule = self._rules[position].rule
            outcome.rule_ids.append(rule.id)
            outcome.read |= Action.READ in rule.actions or Action.HIDE in rule.actions
            outcome.star |= Action.STAR in rule.actions
            outcome.hide |= Action.HIDE in rule.actions
            outcome.notify |= Action.NOTIFY in rule.actions
            if Action.TAG in rule.actions:
                outcome.tags.add(rule.tag.strip())
        return outcome

    def _matches(self, compiled: _Compiled, seen: _Seen, quiet: set[str]) -> bool:
        for which in compiled.fields:
            if compiled.combinable and which in quiet:
                continue  # the field's combined pattern found nothing
            if compiled.regex is not None:
                text = seen.text(which)[:MAX_REGEX_INPUT]
                try:
                    timeout = REGEX_TIMEOUT if compiled.timeout else None
                    if compiled.regex.search(text, timeout=timeout) is not None:
                        return True
                except TimeoutError:
                    self.timed_out.add(compiled.rule.id)
                    return False
            elif _has_words(seen.words(which), compiled.whole, compiled.prefixes):
                return True
        return False


def _has_words(words: set[str], whole: frozenset[str], prefixes: Sequence[str]) -> bool:
    if not whole <= words:
        return False
    return all(any(w.startswith(p) for w in words) for p in prefixes)


def parse_actions(text: str) -> frozenset[Action]:
    """Actions from their stored form (``"read,tag"``); unknown names are dropped."""
    known = {a.value for a in Action}
    return frozenset(Action(a) for a in text.split(",") if a in known)


def actions_text(actions: Iterable[Action]) -> str:
    """The stored form of ``actions`` (sorted, comma-separated)."""
    return ",".join(sorted(a.value for a in actions))
