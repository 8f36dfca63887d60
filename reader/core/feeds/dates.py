"""Feed dates -> aware UTC datetimes, never raising.

Our own parser reads RFC 822/2822 and ISO 8601 (and their usual variants) and *validates* every
field: a date it recognises but cannot be real (month 13, Feb 30, hour 25, an offset of +2500,
year 0 or 10000) is invalid, never "corrected". Only formats we do not know go to feedparser's
``*_parsed`` value, and only when that value is plausible for the raw string (feedparser turns
``0000-00-00`` into year -1 and ``10000-01-01`` into 2010-11-01).
"""

from __future__ import annotations

import calendar
import functools
import logging
import re
import time
from datetime import UTC, datetime, timedelta

log = logging.getLogger(__name__)

MIN_YEAR = 1900
MAX_YEAR = 9999
FUTURE_SLACK = timedelta(days=1)
"""A date further than this into the future is clamped to ``now``."""

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip

# North-American and universal zone names that RFC 822 allows (military letters other than Z
# are ambiguous in practice and treated as UTC, as RFC 2822 recommends).
_ZONES = {
    "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
    "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "cet": 1, "cest": 2, "bst": 1, "ist": 5.5,
    "jst": 9, "aest": 10, "aedt": 11, "msk": 3, "eet": 2, "eest": 3, "wet": 0, "west": 1,
}  # fmt: skip

_TIME = r"(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:[.,]\d+)?)?"
_OFFSET = r"(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})?"
_ZONE = rf"(?:{_OFFSET}|(?P<zname>[A-Za-z]{{1,5}}))"

# "[Tue,] 10 Jun 2003 [04:00[:00]] [GMT|+0000]" and "10-Jun-2003", "10 June 03".
_RFC822 = re.compile(
    rf"^(?:[A-Za-z]+,?\s*)?(?P<d>\d{{1,2}})[\s-]+(?P<mon>[A-Za-z]+)\.?[\s-]+(?P<y>\d{{2,5}})"
    rf"(?:[\sT]+{_TIME})?(?:\s*{_ZONE})?$"
)
# "June 10, 2003 [4:00[:00]] [zone]".
_MONTH_FIRST = re.compile(
    rf"^(?:[A-Za-z]+,?\s+)?(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4,5}})"
    rf"(?:,?\s+{_TIME})?(?:\s*{_ZONE})?$"
)
# "Tue Jun 10 04:00:00 [GMT] 2003" (asctime, Unix date).
_ASCTIME = re.compile(
    rf"^(?:[A-Za-z]+,?\s+)?(?P<mon>[A-Za-z]+)\s+(?P<d>\d{{1,2}})\s+{_TIME}\s+"
    rf"(?:{_ZONE}\s+)?(?P<y>\d{{4,5}})$"
)
# "2003-12-13[T18:30[:02[.123]]][Z|+01:00]", "2003/12/13 18:30", "20031213T183002Z".
_ISO = re.compile(
    rf"^(?P<y>[+-]?\d{{4,6}})(?P<sep>[-/]?)(?P<mo>\d{{2}})(?P=sep)(?P<d>\d{{2}})"
    rf"(?:(?:[Tt]|\s+)(?P<hh>\d{{2}}):?(?P<mi>\d{{2}})(?::?(?P<ss>\d{{2}})(?:[.,]\d+)?)?)?"
    rf"\s*(?:[Zz]|{_OFFSET}|(?P<zname>UTC|GMT))?$"
)
# W3C-DTF reduced precision: "2003" and "2003-12".
_YEAR_MONTH = re.compile(r"^(?P<y>\d{4})(?:-(?P<mo>\d{2}))?$")


class _Invalid(Exception):
    """A recognised date whose fields cannot be a real moment."""


def parse_date(
    raw: str, now: datetime, fallback: time.struct_time | None = None
) -> datetime | None:
    """The moment ``raw`` names, in UTC; ``None`` when it is missing or invalid.

    ``fallback`` is feedparser's parse of the same string, used only for formats we do not read
    ourselves, and only when it is plausible. A date more than a day after ``now`` is clamped to
    ``now`` (so a feed cannot pin its articles to the top). Never raises.
    """
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    text = " ".join((raw or "").split())
    if not text or len(text) > 100:
        return None
    try:
        result = _parse_ours(text)
        if result is None and fallback is not None:
            result = _from_feedparser(text, fallback)
    except _Invalid:
        result = None
    except (ValueError, OverflowError, TypeError):  # belt and braces: never raise
        log.debug("unreadable date %r", text, exc_info=True)
        result = None
    if result is None:
        return None
    if result > now + FUTURE_SLACK:
        return now.astimezone(UTC)
    return result


def needs_fallback(raw: str) -> bool:
    """True when :func:`parse_date` would use feedparser's parse of ``raw`` (a non-empty date
    in a format ours does not recognise), so a caller computes that parse only then."""
    text = " ".join((raw or "").split())
    if not text or len(text) > 100:
        return False
    try:
        return _parse_ours(text) is None
    except _Invalid:
        return False
    except (ValueError, OverflowError, TypeError):
        return False  # parse_date returns None for these without looking at the fallback


@functools.lru_cache(maxsize=1024)  # the fast path asks needs_fallback, then parse_date
def _parse_ours(text: str) -> datetime | None:
    """Our parse, ``None`` for an unknown format; raises _Invalid for impossible values."""
    match = _ISO.match(text)
    if match:
        return _build(match, int(match["mo"]))
    match = _YEAR_MONTH.match(text)
    if match:
        return _build(match, int(match["mo"] or 1))
    for pattern in (_RFC822, _MONTH_FIRST, _ASCTIME):
        match = pattern.match(text)
        if match:
            month = _MONTHS.get(match["mon"].lower())
            if month is None:
                raise _Invalid(text)
            return _build(match, month)
    return None


def _build(match: re.Match[str], month: int) -> datetime:
    """A validated aware datetime from the matched fields."""
    groups = match.groupdict()  # once: absent or unmatched groups read as None
    year_text = groups.get("y") or ""
    if not year_text.isdigit():  # signed or missing years
        raise _Invalid(year_text)
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 70 else 1900
    if not MIN_YEAR <= year <= MAX_YEAR or len(year_text) > 4:
        raise _Invalid(year_text)
    day = int(groups.get("d") or 1)
    hour = int(groups.get("hh") or 0)
    minute = int(groups.get("mi") or 0)
    second = int(groups.get("ss") or 0)
    if second == 60:  # a leap second is a real moment; keep it inside the minute
        second = 59
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        raise _Invalid(str(exc)) from exc
    return (moment - _offset(groups)).replace(tzinfo=UTC)


def _offset(groups: dict[str, str | None]) -> timedelta:
    """The UTC offset the matched groups name (zero when none)."""
    sign = groups.get("sign")
    if sign is not None:
        hours = int(groups.get("oh") or 0)
        minutes = int(groups.get("om") or 0)
        if hours > 18 or minutes > 59:
            raise _Invalid(f"offset {hours:02}{minutes:02}")
        delta = timedelta(hours=hours, minutes=minutes)
        return -delta if sign == "-" else delta
    name = groups.get("zname")
    if name is None:
        return timedelta(0)
    zone = name.lower()
    if zone in _ZONES:
        return timedelta(hours=_ZONES[zone])
    if len(zone) == 1:  # RFC 822 military zones: ambiguous in practice, treated as UTC
        return timedelta(0)
    raise _Invalid(name)


def _from_feedparser(text: str, parsed: time.struct_time) -> datetime | None:
    """feedparser's parse of a format we do not know, when the raw string backs it up."""
    year = parsed.tm_year
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    digits = re.findall(r"\d+", text)
    # feedparser reads "10000-01-01" as 2010-11-01: refuse unless the year is in the string and
    # no longer number could be a mangled year.
    if str(year) not in digits and f"{year % 100:02}" not in digits:
        return None
    if any(len(d) > 4 for d in digits):
        return None
    # A day it "normalised" (Feb 30 -> Mar 1) shows as a day number missing from the string.
    if str(parsed.tm_mday) not in [d.lstrip("0") or "0" for d in digits]:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None
