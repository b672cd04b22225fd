"""Pick the article's own publication date among the dates a page prints."""

import re
from datetime import date, datetime

import numpy as np

from ..dates import FoundDate, find_dates
from .page import PageFacts

ABOVE = 15  # how far above the headline a date line may sit
BELOW = 6  # and how far below the start of the article
MAX_DATE_LINE_WORDS = 30
MAX_BARE_DATE_WORDS = 12
DATE_DIGITS = 5  # every date form has a year of four digits and a day
PUBLISHED_WORDS = re.compile(
    r"\b(?:published|posted|publié|veröffentlicht|publicado|pubblicato|опубликовано|date)\b", re.IGNORECASE
)
UPDATED_WORDS = re.compile(
    r"\b(?:updated?|modified|last (?:updated|modified|reviewed)|aktualisiert|mis à jour|actualizado|"
    r"обновлено)\b",
    re.IGNORECASE,
)


def find_published(
    page: PageFacts, anchor: int, body_start: int, prefix_day: date | None, body_end: int | None = None
) -> date | datetime | None:
    """The date printed nearest the headline (``anchor``), agreeing with the dump's date prefix if it has one.

    A page also prints today's date, related stories' dates and dates inside the text,
    so short lines around the headline come first, and "published" beats "updated".
    Failing those, a line that is little more than a date, anywhere down to the end of
    the article, is taken (the nearest to the headline).
    """
    low, high = max(0, min(anchor, body_start) - ABOVE), min(len(page), max(anchor, body_start) + BELOW)
    found = _ranked(page, anchor, range(low, high), MAX_DATE_LINE_WORDS)
    if not found:
        last = len(page) if body_end is None else min(len(page), body_end + BELOW)
        found = _ranked(page, anchor, range(last), MAX_BARE_DATE_WORDS)
    if prefix_day is None:
        return found[0].value if found else None
    same_day = [item for item in found if item.day == prefix_day and item.has_time]
    return same_day[0].value if same_day else prefix_day


def _ranked(page: PageFacts, anchor: int, indexes: range, max_words: int) -> list[FoundDate]:
    scored = []
    lines = np.arange(indexes.start, indexes.stop)
    for i in lines[(page.words[lines] <= max_words) & (page.digits[lines] >= DATE_DIGITS)].tolist():
        text = page.texts[i]
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
