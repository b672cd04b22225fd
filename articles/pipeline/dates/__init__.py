"""Publication dates as pages print them, in many forms and languages.

``parse_date`` reads one value (a meta tag, a JSON-LD field, a date line);
``find_dates`` lists every date written inside a longer text.
"""

import email.utils
import re
from dataclasses import dataclass
from datetime import date, datetime

from .months import MONTH_NUMBERS
from .patterns import (
    DAY_MONTH_YEAR,
    DAY_MONTH_YEAR_NUMERIC,
    EAST_ASIAN,
    GLUED_OFFSET,
    MONTH_DAY_YEAR,
    SLASHED,
    TIME_AFTER,
    TIME_BEFORE,
    YEAR_MONTH_DAY,
)
from .zones import zone_for

COMPACT = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)$")
LOOK_BEHIND = 40


@dataclass(frozen=True)
class FoundDate:
    """A date written in a text; ``certain`` is False when day and month order was a guess."""

    value: date | datetime
    start: int
    end: int
    certain: bool = True

    @property
    def day(self) -> date:
        return self.value.date() if isinstance(self.value, datetime) else self.value

    @property
    def has_time(self) -> bool:
        return isinstance(self.value, datetime)


def parse_date(value: str) -> date | datetime | None:
    """Parse one date string (ISO 8601, RFC 2822 or a written form); None when it is not a date."""
    value = (value or "").strip()
    if not value:
        return None
    compact = COMPACT.match(value)
    if compact:
        return _safe_date(compact["year"], compact["month"], compact["day"])
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed if re.search(r"\d[T ]\d", value) else parsed.date()
    except ValueError:
        pass
    found = find_dates(value)
    if found:
        return found[0].value
    return _parse_rfc2822(value)


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order, with the time and zone printed next to it when there is one."""
    text = GLUED_OFFSET.sub(r"\1 ", text)
    found = []
    for pattern, reader in _READERS:
        for match in pattern.finditer(text):
            day, certain = reader(match)
            if day is not None:
                found.append(_with_time(text, match, day, certain))
    return _without_overlaps(found)


def _named_month(match):
    month = MONTH_NUMBERS.get(match["month"].lower())
    return _safe_date(match["year"], month, match["day"]), True


def _numbered_month(match):
    return _safe_date(match["year"], match["month"], match["day"]), True


def _day_first(match):
    """Dotted and dashed dates are day first, unless the second number cannot be a month (06.18.2025)."""
    if int(match["month"]) > 12:
        return _safe_date(match["year"], match["day"], match["month"]), True
    return _numbered_month(match)


def _slashed(match):
    first, second = int(match["first"]), int(match["second"])
    if first > 12:
        return _safe_date(match["year"], second, first), True
    # Month first is the common reading of 03/10/2019 on English pages, but only a guess.
    return _safe_date(match["year"], first, second), second > 12


_READERS = (
    (DAY_MONTH_YEAR, _named_month),
    (MONTH_DAY_YEAR, _named_month),
    (YEAR_MONTH_DAY, _numbered_month),
    (EAST_ASIAN, _numbered_month),
    (DAY_MONTH_YEAR_NUMERIC, _day_first),
    (SLASHED, _slashed),
)


def _with_time(text, match, day, certain) -> FoundDate:
    after = TIME_AFTER.match(text, match.end())
    if after and after.end() - match.end() <= 30:
        moment = _moment(day, after)
        if moment is not None:
            return FoundDate(moment, match.start(), after.end(), certain)
    before = TIME_BEFORE.search(text, max(0, match.start() - LOOK_BEHIND), match.start())
    if before:
        moment = _moment(day, before)
        if moment is not None:
            return FoundDate(moment, before.start(), match.end(), certain)
    return FoundDate(day, match.start(), match.end(), certain)


def _moment(day: date, match) -> datetime | None:
    hour, minute = int(match["hour"]), int(match["minute"])
    meridiem = (match["ampm"] or "").lower()[:1]
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23:
        return None
    second = int(match["second"] or 0)
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone_for(match["zone"], day))


def _without_overlaps(found: list[FoundDate]) -> list[FoundDate]:
    kept: list[FoundDate] = []
    for candidate in sorted(found, key=lambda item: (item.start, -item.end)):
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


def _safe_date(year, month, day) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _parse_rfc2822(value: str) -> date | datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed
