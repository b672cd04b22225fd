"""Pick the article's own publication date among the dates a page prints."""

import re
from datetime import date, datetime

from ..dates import FoundDate, find_dates
from .lines import Line

ABOVE = 15  # how far above the headline a date line may sit
BELOW = 6  # and how far below the start of the article
MAX_DATE_LINE_WORDS = 30
MAX_BARE_DATE_WORDS = 12
PUBLISHED_WORDS = re.compile(
    r"\b(?:published|posted|publié|veröffentlicht|publicado|pubblicato|опубликовано|date)\b", re.IGNORECASE
)
UPDATED_WORDS = re.compile(
    r"\b(?:updated?|modified|last (?:updated|modified|reviewed)|aktualisiert|mis à jour|actualizado|"
    r"обновлено)\b",
    re.IGNORECASE,
)


def find_published(
    lines: list[Line], anchor: int, body_start: int, prefix_day: date | None, body_end: int | None = None
) -> date | datetime | None:
    """The date printed nearest the headline (``anchor``), agreeing with the dump's date prefix if it has one.

    A page also prints today's date, related stories' dates and dates inside the text,
    so short lines around the headline come first, and "published" beats "updated".
    Failing those, a line that is little more than a date, anywhere down to the end of
    the article, is taken (the nearest to the headline).
    """
    low, high = max(0, min(anchor, body_start) - ABOVE), min(len(lines), max(anchor, body_start) + BELOW)
    found = _ranked(lines, anchor, range(low, high), MAX_DATE_LINE_WORDS)
    if not found:
        last = len(lines) if body_end is None else min(len(lines), body_end + BELOW)
        found = _ranked(lines, anchor, range(last), MAX_BARE_DATE_WORDS)
    if prefix_day is None:
        return found[0].value if found else None
    same_day = [item for item in found if item.day == prefix_day and item.has_time]
    return same_day[0].value if same_day else prefix_day


def _ranked(lines: list[Line], anchor: int, indexes: range, max_words: int) -> list[FoundDate]:
    scored = []
    for i in indexes:
        text = lines[i].text
        if len(text.split()) > max_words or not any(ch.isdigit() for ch in text):
            continue
        for order, item in enumerate(find_dates(text)):
            scored.append((_penalty(text, item, order, abs(i - anchor)), i, item))
    scored.sort(key=lambda entry: (entry[0], entry[1]))
    return [item for _, _, item in scored]


def _penalty(text: str, item: FoundDate, order: int, distance: int) -> float:
    before = text[: item.start]
    penalty = distance + order * 0.5
    if UPDATED_WORDS.search(before) and not PUBLISHED_WORDS.search(before):
        penalty += 4
    if PUBLISHED_WORDS.search(before):
        penalty -= 2
    if not item.certain:
        penalty += 1
    return penalty
