"""Recognising a page the archive already holds, whatever path it arrives by.

For a record whose source (its URL, or its file and record) is new, in this order, among articles
whose outlet agrees with the record's (the same outlet, or either of them unknown: a text dump
seldom says which site it is while the page's HTML does; or an outlet a curator set):

1. **A copy**: an article has a source that gave exactly this extraction (the same fingerprint: a
   copied or reorganised folder), or this very headline and body (a re-scrape whose page changed
   only outside the article). The record becomes another source of that article, which is left as
   it is.
2. **A new version**: an article with the same headline or the same address
   (scheme, ``www.``, tracking parameters aside), dated within ``NEAR_DAYS`` days of it when both
   are dated, whose body and this one share at least ``NEAR_CONTAINMENT`` of the shorter one's
   four-word runs. The record becomes another source of that article and updates it, as a re-scrape
   of the article's own address would, unless it is a text dump and the article's text was read from
   a page's HTML: select-all dumps are read less reliably (README), so the dump is only recorded as a
   source. The article keeps its outlet when the record's is unknown.
3. Otherwise, a new article.

A record of unknown outlet that matches articles of two outlets (a wire story both ran) is neither's:
it becomes an article of its own.

Every article of a known outlet created or updated is then compared with **other known outlets'**
articles sharing its body, headline or first paragraph and dated within ``STORY_DAYS`` days: those
whose bodies meet the same containment are the same story (a syndicated or wire copy). They stay
articles of their own outlets, linked to each other (``Article.same_story``).

Calibrated on 120 extract-dev pages, each extracted from its HTML and from its text dump (the same
page with different boilerplate): containment 0.76 and up for every pair but one empty extraction,
while no two different pages of the 7,140 pairs shared more than 0.08; replacing the middle
paragraph of an article keeps 0.8 and up from five paragraphs on.
"""

from datetime import date, timedelta
from functools import reduce
from operator import or_
from pathlib import PurePath

from django.db.models import Q

from articles.models import Article

from .text_keys import TextKeys, containment, shingles

TEXT_DUMP_SUFFIX = ".txt"
NEAR_CONTAINMENT = 0.6
NEAR_DAYS = 2
STORY_DAYS = 3
MAX_CANDIDATES = 50  # a headline every press office uses ("Press release") must not cost more


def outlets_agree(article: Article, outlet_id: int | None) -> bool:
    """Whether the record's outlet can be the article's: the same, either unknown, or set by a curator."""
    known = outlet_id is not None and article.outlet_id is not None
    return not known or article.outlet_id == outlet_id or "outlet" in article.curated_fields


def stored_copy(fingerprint: str, keys: TextKeys, outlet_id: int | None) -> Article | None:
    """The article this record is an exact copy of (rule 1), if any; one of its own outlet first."""
    same_extraction = Article.objects.filter(sources__fingerprint=fingerprint)
    same_text = Article.objects.filter(sources__body_key=keys.body, sources__title_key=keys.title)
    for candidates in (same_extraction, same_text if keys.body else Article.objects.none()):
        found = candidates.distinct().order_by("pk")[:MAX_CANDIDATES]
        agreeing = [article for article in found if outlets_agree(article, outlet_id)]
        if _unambiguous(agreeing, outlet_id):
            return min(agreeing, key=lambda article: (article.outlet_id != outlet_id, article.pk))
    return None


def earlier_version(body: str, keys: TextKeys, outlet_id: int | None, day: date | None) -> Article | None:
    """The article this record is a new version of (rule 2), if any: the closest one."""
    matching = [Q(sources__title_key=keys.title)] if keys.title else []
    matching += [Q(sources__url_key=keys.url)] if keys.url else []
    if not matching:
        return None
    candidates = Article.objects.filter(reduce(or_, matching))
    if outlet_id is not None:
        candidates = candidates.filter(Q(outlet_id=outlet_id) | Q(outlet__isnull=True))
    alike = _alike_enough(body, _around(candidates, day, NEAR_DAYS))
    return alike[0] if _unambiguous(alike, outlet_id) else None


def _unambiguous(candidates: list[Article], outlet_id: int | None) -> bool:
    """Some candidates, and, for a record of unknown outlet, all of one outlet: a page that two
    outlets both published cannot be told to be either's."""
    if outlet_id is not None:
        return bool(candidates)
    return bool(candidates) and len({a.outlet_id for a in candidates if a.outlet_id is not None}) <= 1


def reads_less_well(new_source: str, article: Article) -> bool:
    """Whether a record from ``new_source`` is a text dump of a page the article was read from as HTML."""
    return _is_text_dump(new_source) and not _is_text_dump(article.source_path)


def _is_text_dump(path: str) -> bool:
    return TEXT_DUMP_SUFFIX in (suffix.lower() for suffix in PurePath(path or "").suffixes)


def link_same_story(article: Article, keys: TextKeys) -> list[Article]:
    """Link ``article`` to other outlets' copies of its text; returns those linked. Both outlets must
    be known: an article of unknown outlet may be the other's own page."""
    matching = [Q(**{f"sources__{name}_key": value}) for name, value in _story_keys(keys) if value]
    if article.outlet_id is None or not matching:
        return []
    others = Article.objects.filter(reduce(or_, matching)).exclude(pk=article.pk)
    others = others.exclude(outlet_id=article.outlet_id).exclude(outlet=None)
    candidates = _around(others, article.published_on, STORY_DAYS)
    if not candidates:  # most articles: no need to cut the body into runs
        return []
    body = shingles(article.body)
    copies = [other for other in candidates if _alike(body, other)]
    if copies:
        article.same_story.add(*copies)
    return copies


def _story_keys(keys: TextKeys):
    return [("body", keys.body), ("title", keys.title), ("lede", keys.lede)]


def _around(candidates, day: date | None, days: int) -> list[Article]:
    if day is not None:
        window = (day - timedelta(days=days), day + timedelta(days=days))
        candidates = candidates.filter(Q(published_on__isnull=True) | Q(published_on__range=window))
    return list(candidates.distinct().order_by("pk")[:MAX_CANDIDATES])


def _alike_enough(body: str, candidates: list[Article]) -> list[Article]:
    """The candidates sharing enough of ``body``, closest first."""
    if not candidates:
        return []
    runs = shingles(body)
    scored = [(containment(runs, shingles(candidate.body)), candidate) for candidate in candidates]
    scored = [(score, candidate) for score, candidate in scored if score >= NEAR_CONTAINMENT]
    return [candidate for _score, candidate in sorted(scored, key=lambda pair: (-pair[0], pair[1].pk))]


def _alike(runs, other: Article) -> bool:
    return containment(runs, shingles(other.body)) >= NEAR_CONTAINMENT
