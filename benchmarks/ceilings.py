"""How far the text-dump reader could get on a gold page: is the answer written in the dump at all?

- title: the gold title is one of the dump's lines (case and spacing folded, as ``same_title``
  compares), or is with typographic quotes and dashes folded too;
- date: the gold day is readable somewhere in the dump (any date the date reader finds on a
  line, a slashed date read either way round, or the dump's ``date YYYY-MM-DD`` prefix).

The reader cannot beat these: they are the ceilings printed beside its figures.
"""

from datetime import date

from articles.pipeline.dates import find_dates
from articles.pipeline.textdump.lines import page_lines, split_date_prefix
from benchmarks.scoring import same_title
from training.folding import folded


def title_in_dump(text: str, gold_title: str, fold_typography: bool = False) -> bool:
    lines = [line.text for line in page_lines(split_date_prefix(text)[1])]
    if fold_typography:
        return folded(gold_title) in {folded(line) for line in lines}
    return any(same_title(line, gold_title) for line in lines)


def day_in_dump(text: str, gold_day: str) -> bool:
    prefix_day, text = split_date_prefix(text)
    days = {prefix_day} if prefix_day else set()
    for line in page_lines(text):
        for found in find_dates(line.text):
            days.add(found.day)
            if not found.certain:
                days.add(_swapped(found.day))
    return any(day is not None and day.isoformat() == gold_day for day in days)


def _swapped(day: date) -> date | None:
    try:
        return day.replace(month=day.day, day=day.month)
    except ValueError:
        return None
