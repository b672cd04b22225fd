"""The date printed with the headline: "20 December 2025", "Jan. 23, 2025", "2025-01-23", "23.01.2025".

Pages that declare no date for machines usually print one in the byline,
just under (or just over) the headline. htmldate reads ``<time>`` elements and
date-like attributes well but often misses these written dates, and its
last resort, a year anywhere on the page, is mostly a copyright notice.
A date after "updated", "modified" or "revised" (in its line, or in a short
label line just above) is not a publication date, and a date in a long line is
one the article talks about.
"""

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
WRITTEN_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_YEAR}-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"),
    # Dotted dates put the day first wherever they are written (24.01.2025).
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}\b"),
]
NOT_PUBLICATION = re.compile(r"updat|modif|revis|edited", re.IGNORECASE)
# A byline is short; a date in a longer line is a date the article talks about.
MAX_BYLINE_WORDS = 15
# How far from the headline, in lines of visible text, the byline may be.
LINES_BEFORE_HEADLINE = 5
LINES_AFTER_HEADLINE = 25
# A label line ("Last updated:") is a few words.
MAX_LABEL_WORDS = 3


def headline_date(lines, headline: str, after: int = LINES_AFTER_HEADLINE) -> date | None:
    """The first publication date written from a few lines before the line reading ``headline`` to
    ``after`` lines after it."""
    at = _headline_line(lines, headline)
    if at is None:
        return None
    start = max(0, at - LINES_BEFORE_HEADLINE)
    labels = [""] + [line.text for line in lines[start : at + after]]
    for label, text in zip(labels, labels[1:], strict=False):
        if len(text.split()) <= MAX_BYLINE_WORDS and not _labels_update(label):
            found = written_date(text)
            if found:
                return found
    return None


def _labels_update(text: str) -> bool:
    return len(text.split()) <= MAX_LABEL_WORDS and bool(NOT_PUBLICATION.search(text))


def written_date(text: str) -> date | None:
    """The first date written out in ``text`` that is not an update's date."""
    matches = sorted((match for pattern in WRITTEN_DATES for match in pattern.finditer(text)), key=_start)
    for match in matches:
        if not NOT_PUBLICATION.search(text[: match.start()]):
            return _as_date(match)
    return None


def _start(match) -> int:
    return match.start()


def _headline_line(lines, headline: str) -> int | None:
    """The line reading the headline, else the first ``<h1>`` holding it (with a site name, say)."""
    wanted = " ".join(headline.split()).casefold()
    if not wanted:
        return None
    exact = (i for i, line in enumerate(lines) if line.text.casefold() == wanted)
    within = (i for i, line in enumerate(lines) if line.owner.tag == "h1" and wanted in line.text.casefold())
    found = next(exact, None)
    return found if found is not None else next(within, None)


def _as_date(match) -> date | None:
    month = match.group("month").lower()
    try:
        number = int(month) if month.isdigit() else MONTHS[month]
        return date(int(match.group("year")), number, int(match.group("day")))
    except ValueError:
        return None
