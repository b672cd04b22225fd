"""An article's publication date as printed: the day, the instant when known, the offset as given."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo


def split_published(value: date | datetime | None, zone: str = ""):
    """(calendar day as printed, exact instant or None, UTC offset as given or '', local time or None).

    A time printed without a zone is read in ``zone`` (the outlet's home time zone); with
    no zone known it stays a local time of unknown zone, never taken for UTC.
    """
    if value is None:
        return None, None, "", None
    if not isinstance(value, datetime):
        return value, None, "", None
    if value.tzinfo is None and zone:
        value = value.replace(tzinfo=ZoneInfo(zone))
    if value.tzinfo is None:
        return value.date(), None, "", _time_of(value)
    return value.date(), value, _format_offset(value), None


def _time_of(value: datetime) -> time:
    return value.time().replace(tzinfo=None)


def _format_offset(value: datetime) -> str:
    minutes = int(value.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
