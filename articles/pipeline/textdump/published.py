"""Pick the article's own publication date among the dates a page prints."""

import re
from dataclasses import replace
from datetime import date, datetime

import numpy as np

from ..dates import FoundDate, find_dates
from ..dates.patterns import DAY_MONTH_YEAR, MONTH_DAY_YEAR, SLASHED
from .page import PageFacts

ABOVE = 15  # how far above the headline a date line may sit
BELOW = 6  # and how far below the start of the article
MAX_DATE_LINE_WORDS = 30
MAX_BARE_DATE_WORDS = 12
LONG_LINE_START = 60  # characters of a long line read for a date
MAX_LABEL_WORDS = 3
DATE_DIGITS = 5  # every date form has a year of four digits and a day
PUBLISHED_WORDS = re.compile(
    r"\b(?:published|posted|publié|veröffentlicht|publicado|pubblicato|опубликовано|date)\b", re.IGNORECASE
)
UPDATED_WORDS = re.compile(
    r"\b(?:updated?|modified|last (?:updated|modified|reviewed)|aktualisiert|mis à jour|actualizado|"
    r"обновлено)\b",
    re.IGNORECASE,
)


ANNOUNCED = re.compile(f"{PUBLISHED_WORDS.pattern}|{UPDATED_WORDS.pattern}", re.IGNORECASE)


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
    if not found:
        found = _ranked(page, anchor, range(len(page)), MAX_DATE_LINE_WORDS, announced_only=True)
    found = _in_the_page_order(page, found)
    if prefix_day is None:
        return found[0].value if found else None
    same_day = [item for item in found if item.day == prefix_day and item.has_time]
    return same_day[0].value if same_day else prefix_day


def _ranked(page: PageFacts, anchor: int, indexes: range, max_words: int, announced_only=False) -> list:
    scored = []
    lines = np.arange(indexes.start, indexes.stop)
    # A long line that is no sentence may start with its date ("Posted on May 2, 2024 in News, ...").
    readable = (page.words[lines] <= max_words) | ~page.ends_sentence[lines]
    for i in lines[readable & (page.digits[lines] >= DATE_DIGITS)].tolist():
        # A line that is no sentence is read whole: "Updated May 3 ... Originally published May 1".
        whole = page.words[i] <= max(max_words, MAX_DATE_LINE_WORDS) and not page.ends_sentence[i]
        text = page.texts[i] if whole or page.words[i] <= max_words else page.texts[i][:LONG_LINE_START]
        label = _label_above(page, i)
        if announced_only and not ANNOUNCED.search(f"{label} {text}"):
            continue
        found = find_dates(text)
        # Of two dates side by side, the earlier is the publication, the later an update.
        order = {item: rank for rank, item in enumerate(sorted(found, key=lambda item: item.day))}
        for item in found:
            scored.append(
                (_penalty(f"{label} {text[: item.start]}", item, order[item], abs(i - anchor)), i, item)
            )
    scored.sort(key=lambda entry: (entry[0], entry[1]))
    return [item for _, _, item in scored]


def _label_above(page: PageFacts, i: int) -> str:
    """A short label the date line sits under ("Published", "Last updated"), or nothing."""
    if i > 0 and page.words[i - 1] <= MAX_LABEL_WORDS and page.digits[i - 1] == 0:
        return page.texts[i - 1]
    return ""


def _penalty(before: str, item: FoundDate, order: int, distance: int) -> float:
    """How far a date is from being the publication date; ``before`` is what precedes it (with its label)."""
    penalty = distance + order * 0.5
    if UPDATED_WORDS.search(before) and not PUBLISHED_WORDS.search(before):
        penalty += 4
    if PUBLISHED_WORDS.search(before):
        penalty -= 2
    if not item.certain:
        penalty += 1
    return penalty


def _in_the_page_order(page: PageFacts, found: list[FoundDate]) -> list[FoundDate]:
    """Read 03/10/2023 day first when the page writes a date day first (25/12/2023) and none month first.

    A page without such telling slashed dates is read in the order of its written-out dates.
    """
    if not any(not item.certain for item in found):
        return found
    firsts = [(int(match["first"]), int(match["second"])) for match in SLASHED.finditer(page.text.joined)]
    day_first = any(first > 12 for first, _ in firsts)
    month_first = any(second > 12 for _, second in firsts)
    if not (day_first or month_first):
        # No slashed date settles it: the page's written dates do ("3 October 2023", not "October 3, 2023").
        day_first = DAY_MONTH_YEAR.search(page.text.joined) is not None
        month_first = MONTH_DAY_YEAR.search(page.text.joined) is not None
    if not day_first or month_first:
        return found
    return [_swapped(item) if not item.certain else item for item in found]


def _swapped(item: FoundDate) -> FoundDate:
    value = item.value
    try:
        value = value.replace(month=value.day, day=value.month)
    except ValueError:
        return item
    return replace(item, value=value, certain=True)
