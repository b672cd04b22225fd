"""Publication dates as pages print them."""

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")


def parse_date(value: str) -> date | datetime | None:
    """Parse one date string (ISO 8601 or a common written form); None when it is not a date."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = dateutil_parser.parse(value)
    except (ValueError, OverflowError):
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", value))
    return parsed if has_time else parsed.date()
