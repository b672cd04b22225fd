"""Regular expressions for the date forms pages print, from ISO to "13:55 GMT +3 21 March 2019"."""

import re

from .months import MONTH_ALTERNATION
from .zones import ZONE_ALTERNATION

_NOT_AFTER_LETTER = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))"  # "GiuffridaMar 5" is glued, still a date
_NOT_BEFORE_LETTER = r"(?![^\W\d_])"
_MONTH = rf"{_NOT_AFTER_LETTER}(?P<month>(?i:{MONTH_ALTERNATION})){_NOT_BEFORE_LETTER}\.?"
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?!\d)"
# A year may be glued to the time or the reading time that follows it ("November 9, 202211:01 AM ET",
# "Mar 27, 20255 mins").
_YEAR = r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=[0-2]?\d:\d\d)|(?=\d{1,2} ?min))"
_ORDINAL = r"(?:st|nd|rd|th|er|º|\.)?"

# "19 December 2025", "19-Dec-2025"
DAY_MONTH_YEAR = re.compile(
    rf"{_DAY}{_ORDINAL}(?:\s*|-)(?:de\s+|of\s+)?{_MONTH}(?:,?\s*|-)(?:de\s+|del\s+)?{_YEAR}"
)
MONTH_DAY_YEAR = re.compile(rf"{_MONTH}\s*{_DAY}(?:st|nd|rd|th)?\.?,?\s*{_YEAR}")
YEAR_MONTH_DAY = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*(?P<sep>[-/.•–])\s*(?P<month>[01]?\d)\s*(?P=sep)\s*(?P<day>[0-3]?\d)(?!\d)"
)
EAST_ASIAN = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?"
)
# Dots and dashes between numbers are the European day-first order.
DAY_MONTH_YEAR_NUMERIC = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[.-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)"
)
SLASHED = re.compile(r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")

_AM_PM = r"(?P<ampm>[aApP]\.?\s?[mM]\.?)(?![^\W\d_])"
_ZONE = rf"(?<![^\W\d_])(?:{ZONE_ALTERNATION})(?![^\W\d_])"
TIME_AFTER = re.compile(
    r"\s*(?:[,|·•/–—-]|at|um|à|a las|alle|в|T)?\s*"
    r"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?\s*"
    rf"(?:{_AM_PM})?\s*"
    rf"(?P<zone>Z|[+-]\d\d:?\d\d|(?:GMT|UTC)(?:\s*[+-−]\s*\d{{1,2}}(?::?\d\d)?)?|{_ZONE})?"
)
# "13:55 GMT +3 21 March 2019": the offset can only be read before the date (an offset
# never exceeds 14 hours, which is how the glued "+321" splits into "+3" and "21").
TIME_BEFORE = re.compile(
    r"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?\s*"
    rf"(?:{_AM_PM})?\s*"
    rf"(?P<zone>(?:GMT|UTC)\s*(?:[+-−]\s*(?:1[0-4]|0?\d)(?::\d\d)?)?|{_ZONE})?"
    r"\s*[,|·•–-]?\s*$"
)
GLUED_OFFSET = re.compile(rf"((?:GMT|UTC)\s*[+-−](?:1[0-4]|0?\d))(?=[0-3]?\d\s*(?i:{MONTH_ALTERNATION}))")
