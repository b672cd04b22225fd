"""Time-zone designations printed next to times, turned into tzinfo objects."""

import re
from datetime import date, timedelta, timezone
from zoneinfo import ZoneInfo

# Fixed offsets in hours. Where an abbreviation is ambiguous (CST, IST) the reading most
# common on news pages wins: US Central, India.
_FIXED = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 1,
    "CET": 1,
    "WAT": 1,
    "CEST": 2,
    "EET": 2,
    "SAST": 2,
    "EEST": 3,
    "MSK": 3,
    "EAT": 3,
    "GST": 4,
    "PKT": 5,
    "IST": 5.5,
    "WIB": 7,
    "ICT": 7,
    "HKT": 8,
    "SGT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "AST": -4,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
}
# Generic US zone names ("10:30 a.m. ET") follow daylight saving, so they need the date.
_REGIONAL = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}

ZONE_ALTERNATION = "|".join(sorted([*_FIXED, *_REGIONAL], key=len, reverse=True))
OFFSET = re.compile(r"(?:GMT|UTC)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$")


def zone_for(designation: str | None, on: date) -> timezone | ZoneInfo | None:
    """Return the tzinfo a designation such as "EST", "GMT+3" or "+05:30" names on a given day."""
    if not designation:
        return None
    designation = designation.strip().upper()
    if designation in _FIXED:
        return timezone(timedelta(hours=_FIXED[designation]))
    if designation in _REGIONAL:
        return _fixed_offset_of(ZoneInfo(_REGIONAL[designation]), on)
    match = OFFSET.search(designation)
    if not match:
        return None
    sign = -1 if match.group(1) in "-−" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _fixed_offset_of(zone: ZoneInfo, on: date) -> timezone:
    from datetime import datetime

    offset = datetime(on.year, on.month, on.day, 12, tzinfo=zone).utcoffset()
    return timezone(offset)
