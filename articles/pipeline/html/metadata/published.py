"""The publication date a page declares, and the one htmldate finds in what it shows.

Declared metadata (JSON-LD ``datePublished`` of the article, ``article:published_time``
and kin) wins over dates htmldate finds in the visible text, because those are as
often "updated on" stamps, related-article dates or today's date in a header
(a date printed right by the headline is another matter: see ``metadata._published``).
Only without a declaration does htmldate read ``<time>`` elements, the URL and
the visible text. Modification dates are never taken for publication dates.
"""

import re
from copy import deepcopy
from datetime import date, datetime, timedelta

from htmldate import find_date

from ...dates import parse_date
from .jsonld import text_of
from .meta_tags import first

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
)
EARLIEST_YEAR = 1990
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?:/|$)")
MODIFICATION = re.compile(r"modif|updated|last-modified|revised", re.IGNORECASE)
META_KEYS = ("name", "property", "itemprop", "http-equiv")


def declared_published(article: dict, meta: dict[str, list[str]]) -> date | datetime | None:
    """The publication date the page declares for machines, or None."""
    for value in (text_of(article.get("datePublished")), first(meta, *PUBLISHED_META)):
        published = plausible(parse_date(value) if value else None)
        if published:
            return published
    return None


def shown_published(tree, url: str | None) -> date | None:
    """The publication date htmldate finds in ``<time>`` elements, date attributes and the URL.

    htmldate falls back on a declared modification date before it reads the
    page's text; the modification tags are removed from its copy so it does not.
    Only its focused search is run: the extensive one reads every date-like
    string of the page and costs about 40 ms a page; on the extract-dev pages
    with a known date it turned one wrong day right and one right day wrong,
    and elsewhere often gave the first of a month read from a month and year.
    The text-dump rules still get their try at the visible text.
    """
    try:
        found = find_date(
            _without_modification_dates(tree),
            url=url,
            original_date=True,
            extensive_search=False,
            outputformat="%Y-%m-%d",
        )
    except (ValueError, TypeError):
        return None
    return date.fromisoformat(found) if found else None


def _without_modification_dates(tree):
    tree = deepcopy(tree)
    for meta in tree.xpath("//meta"):
        if any(MODIFICATION.search(meta.get(key) or "") for key in META_KEYS):
            meta.getparent().remove(meta)
    return tree


def plausible(value: date | datetime | None) -> date | datetime | None:
    """``value`` when it can be a publication date: not before the web's news archives, not future."""
    if value is None:
        return None
    day = value.date() if isinstance(value, datetime) else value
    # A day's grace: a page dated in a time zone ahead of ours may read as tomorrow.
    return value if day.year >= EARLIEST_YEAR and day <= date.today() + timedelta(days=1) else None


def url_date(url: str | None) -> date | None:
    """The day in a ``/2019/01/14/`` path, as news sites file their articles."""
    match = URL_DATE.search(url or "")
    try:
        return date(*map(int, match.groups())) if match else None
    except ValueError:
        return None
