"""Writing search rows, in the caller's transaction: an article and its search data commit together.

Nothing is queued and nothing can be lost between the two: an ingest or a curator's edit that
commits has its search rows committed with it; one that rolls back leaves none. Rows are
loaded with COPY (a rebuild writes thousands of articles a second) and the words each row holds
are added to the vocabulary (models.SearchWord) in sorted order, so that two writers adding the
same new words wait for each other instead of deadlocking.
"""

from django.db import connection, transaction

from articles.models.search_data import ARTICLE_KIND, QUOTE_KIND, SearchDocument, SearchWord

from . import pairs
from .documents import Row, row_for, vocabulary
from .prepared import article_fields, quote_fields

BATCH_SIZE = 500


def batched(items, size):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def write_articles(article_ids) -> int:
    """Make the search rows of these articles and their quotations match the database: public
    ones written again, the rest removed. Returns how many public articles were written."""
    written = 0
    for batch in batched(sorted({pk for pk in article_ids if pk is not None}), BATCH_SIZE):
        with transaction.atomic():
            rows = rows_for(batch)
            SearchDocument.objects.filter(article_id__in=batch).delete()
            copy_rows(rows)
            add_words(rows)
        written += sum(row.kind == ARTICLE_KIND for row in rows)
    return written


def rows_for(article_ids, pair_terms: frozenset[str] | None = None) -> list[Row]:
    pair_terms = pairs.current() if pair_terms is None else pair_terms
    articles = article_fields(article_ids)
    rows = [row_for(ARTICLE_KIND, pk, pk, fields, pair_terms) for pk, fields in articles.items()]
    quotes = quote_fields(articles)
    rows += [row_for(QUOTE_KIND, pk, article_id, fields, pair_terms) for pk, article_id, fields in quotes]
    return rows


def copy_rows(rows: list[Row]):
    columns = ", ".join(Row.COLUMNS)
    with (
        connection.cursor() as cursor,
        cursor.copy(f"COPY {SearchDocument._meta.db_table} ({columns}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row.values())


def add_words(rows: list[Row]):
    add_words_sorted(vocabulary(rows))


def add_words_sorted(words: set[tuple[str, str, str]]):
    """Add (field code, folded word, stem) to the vocabulary, in sorted order (no deadlocks)."""
    known = sorted(words)
    if not known:
        return
    codes, spellings, stems = (list(column) for column in zip(*known, strict=True))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {SearchWord._meta.db_table} (field, word, stem) "
            "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[]) ON CONFLICT DO NOTHING",
            [codes, spellings, stems],
        )


def clear():
    """Remove every search row and word (a rebuild starts here)."""
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {SearchDocument._meta.db_table}, {SearchWord._meta.db_table}")
    # (the pair terms go with the words: a build chooses them again, pairs.py)


def analyze():
    """Fresh planner statistics (lexeme frequencies included) for the search tables."""
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {SearchDocument._meta.db_table}, {SearchWord._meta.db_table}")
