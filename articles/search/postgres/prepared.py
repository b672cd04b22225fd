"""The fields of search rows, read straight from the database: what haystack's indexes prepare.

``ArticleIndex`` and ``QuoteIndex`` (articles/search/whoosh/indexes.py) prepare each object through
model instances, a template and a call per field: about a millisecond an article. The same
values come here from two ``values()`` queries per batch, for the PostgreSQL rows
(tests/search/postgres/test_pg_prepared.py checks that both give the same rows).
"""

from datetime import UTC, date, datetime

from articles.models import Article, Quote

from ..analysis import quotation_key
from ..engines import change_stamp

ARTICLE_FIELDS = (
    "pk", "title", "outlet__name", "byline", "tags", "body", "language", "published_at", "published_on",
    "updated_at",
)  # fmt: skip
QUOTE_FIELDS = ("pk", "article_id", "text", "speaker__name", "speaker_as_written", "role", "unnamed_source")


def article_fields(article_ids) -> dict[int, dict]:
    """The prepared fields of each public article among these, by id."""
    speakers = _speakers(article_ids)
    rows = Article.objects.published().filter(pk__in=article_ids).values_list(*ARTICLE_FIELDS)
    return {row[0]: _article(row, speakers.get(row[0], ())) for row in rows}


def quote_fields(articles: dict[int, dict]) -> list[tuple[int, int, dict]]:
    """(quote id, article id, prepared fields) of the public quotations of these prepared articles."""
    quotes = Quote.objects.published().filter(article_id__in=list(articles)).values_list(*QUOTE_FIELDS)
    return [(row[0], row[1], _quote(row, articles[row[1]])) for row in quotes if row[1] in articles]


def _speakers(article_ids) -> dict[int, list[str]]:
    """Everyone a public quotation of each article names (ArticleIndex.prepare_speakers)."""
    names: dict[int, set[str]] = {}
    quotes = Quote.objects.exclude(status=Quote.Status.WRONG).filter(
        article_id__in=article_ids, speaker__isnull=False
    )
    for article_id, name in quotes.values_list("article_id", "speaker__name"):
        names.setdefault(article_id, set()).add(name)
    return {article_id: sorted(found) for article_id, found in names.items()}


def _article(row, speakers) -> dict:
    _pk, title, outlet, byline, tags, body, language, published_at, published_on, updated_at = row
    published = _utc_naive(published_at or published_on)
    # templates/search/indexes/articles/article_text.txt, line by line
    text = f"{title}\n{outlet or ''}\n{byline}\n{', '.join(map(str, tags or ()))}\n{body}\n"
    return {
        "text": text,
        "title": title,
        "outlet": outlet,
        "speakers": list(speakers),
        "language": language or None,
        "published": published,
        "month": f"{published.year:04d}-{published.month:02d}" if published else None,
        "stamp": change_stamp(updated_at),
    }


def _quote(row, article: dict) -> dict:
    _pk, _article_id, text, speaker, as_written, role, unnamed = row
    said_by = " ".join(filter(None, [speaker or as_written, role, unnamed])) or None
    fields = {name: article[name] for name in ("title", "outlet", "language", "published", "month", "stamp")}
    return {
        **fields,
        "text": text,
        "speakers": [speaker] if speaker else [],
        "said_by": said_by,
        "quote_key": quotation_key(text),
    }


def _utc_naive(moment: datetime | date | None) -> datetime | None:
    """As the Whoosh fields store a publication time: UTC without a zone, a bare day its midnight."""
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        return datetime(moment.year, moment.month, moment.day)
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
