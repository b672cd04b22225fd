"""The PostgreSQL search engine's data (articles/search/postgres/): a row per searchable document,
the archive's words, and how far the data has come.

The tables exist on PostgreSQL only (migration 0009 creates them there and nothing on SQLite);
the models let Django flush them between tests and let the engine use the ORM for plain reads.
"""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models

ARTICLE_KIND, QUOTE_KIND = "a", "q"


class SearchDocument(models.Model):
    """What the Whoosh index holds of an article or a quotation, as one row.

    ``terms`` holds every searched field's terms, each lexeme prefixed by its field's code
    (documents.py), so one GIN index answers words, phrases and fields alike. The other columns
    are the exact values users filter and facet on."""

    kind = models.CharField(max_length=1)
    object_id = models.BigIntegerField()
    article_id = models.BigIntegerField(db_index=True)
    terms = SearchVectorField()
    outlet = models.TextField(blank=True)
    speakers = ArrayField(models.TextField(), default=list)
    language = models.TextField(blank=True)
    published = models.DateTimeField(null=True)
    month = models.CharField(max_length=7, blank=True)
    quote_key = models.TextField(blank=True)
    stamp = models.CharField(max_length=24)

    class Meta:
        db_table = "articles_search_document"
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_object")]
        indexes = [
            GinIndex(fields=["terms"], name="search_document_terms"),
            models.Index(fields=["kind", "published"], name="search_document_published"),
        ]

    def __str__(self):
        return f"{self.kind}{self.object_id}"


class SearchWord(models.Model):
    """A word some document's field holds, as written but folded, with its stem: prefixes expand
    through it (``negotiat*`` finds the stems of the words starting so) and spelling suggestions
    come from it (trigram index)."""

    field = models.CharField(max_length=1)
    word = models.TextField(db_collation="C")  # byte order: a prefix is a range of the primary index
    stem = models.TextField()

    class Meta:
        db_table = "articles_search_word"
        constraints = [models.UniqueConstraint(fields=["field", "word"], name="search_word_unique")]
        indexes = [GinIndex(fields=["word"], name="search_word_trigrams", opclasses=["gin_trgm_ops"])]

    def __str__(self):
        return self.word


class SearchState(models.Model):
    """One row: how far the search data has come. ``generation`` moves on with every write (in the
    writer's transaction), so each process knows when its snapshot is stale; ``built`` is None
    before the first build, False while a rebuild runs, True after; ``version`` names the analysis
    the data was built with (documents.VERSION)."""

    generation = models.BigIntegerField(default=0)
    built = models.BooleanField(null=True)
    version = models.CharField(max_length=40, blank=True)

    class Meta:
        db_table = "articles_search_state"

    def __str__(self):
        return f"generation {self.generation}"
