"""Whether a candidate is the same story: how alike the texts are, how many names they share, how
far apart in time they were published.

Reports of one event appear within days of each other and share its words and its names; a story
that runs for weeks (the seeds: talks on the Kuril Islands over ten weeks) shares far more of them;
two stories of one topic in the same weeks (a trade truce and a tariff rise, a moon mapped and
another moon's plumes) share the topic's words and a few names. So the bar rises with the time
between two articles: from ``CLOSE_SCORE`` and ``CLOSE_NAMES`` within ``CLOSE_DAYS`` to
``FAR_SCORE`` and ``FAR_NAMES`` from ``FAR_DAYS`` apart; an undated article meets the far bar.

Calibrated on the tuning part of the labelled set (tests/fixtures/other_coverage.json, scored by
benchmarks/other_coverage.py): reports of one event scored 0.14 to 0.40 within a day or two, near
misses of the same topic up to 0.22 seven weeks apart (sharing 11 names) and 0.17 within a day;
the seeds 0.25 to 0.27, sharing 17 to 20 names, 19 to 72 days apart. Showing nothing beats
showing an unrelated story.
"""

CLOSE_DAYS, FAR_DAYS = 3, 30
CLOSE_SCORE, FAR_SCORE = 0.135, 0.235
CLOSE_NAMES, FAR_NAMES = 2, 10


def same_story(score: float, names: int, days_apart: int | None) -> bool:
    """Whether a candidate of similarity ``score``, sharing ``names`` names and published
    ``days_apart`` days away (None when either date is unknown), is the same story."""
    needed_score, needed_names = bar(days_apart)
    return score >= needed_score and names >= needed_names


def bar(days_apart: int | None) -> tuple[float, int]:
    """(score, names) a candidate this far away in time must reach."""
    far = (
        1.0 if days_apart is None else min(1.0, max(0.0, (days_apart - CLOSE_DAYS) / (FAR_DAYS - CLOSE_DAYS)))
    )
    return CLOSE_SCORE + far * (FAR_SCORE - CLOSE_SCORE), round(CLOSE_NAMES + far * (FAR_NAMES - CLOSE_NAMES))
