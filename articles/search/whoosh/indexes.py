"""What haystack indexes (haystack discovers this module by name).

Both indexes share one Whoosh index, so fields with the same name have the same definition.
Words are searched in the folded, stemmed text fields; filters and facets read the exact
fields (``*_exact``, ``language``, ``month``), which are stored as columns.
"""

from django.db.models import Prefetch
from haystack import indexes

from articles.models import Article, Quote

from ..analysis import folding_stemming_analyzer, quotation_key
from .fields import (
    ExactField,
    PairedFields,
    WordPairsField,
    change_stamp,
    month_of,
    utc_naive,
)


class PublicationFields(PairedFields, indexes.SearchIndex):
    """What articles and their quotations are both searched and filtered by."""

    text = indexes.CharField(document=True, use_template=True, analyzer=folding_stemming_analyzer())
    title = indexes.CharField(analyzer=folding_stemming_analyzer())
    # Phrases in the text and the headline are found through their word pairs (phrases.py).
    text_pairs = WordPairsField(of="text")
    title_pairs = WordPairsField(of="title")
    outlet = indexes.CharField(null=True, faceted=True, analyzer=folding_stemming_analyzer())
    speakers = indexes.MultiValueField(faceted=True)
    language = ExactField(null=True)
    published = indexes.DateTimeField(null=True)
    month = ExactField(null=True)
    # The article's last change when the document was written (articles/search/reconcile.py compares it).
    stamp = ExactField()

    def article_of(self, obj):
        raise NotImplementedError

    def prepare_title(self, obj):
        return self.article_of(obj).title

    def prepare_outlet(self, obj):
        outlet = self.article_of(obj).outlet
        return outlet.name if outlet else None

    def prepare_language(self, obj):
        return self.article_of(obj).language or None

    def prepare_published(self, obj):
        article = self.article_of(obj)
        return utc_naive(article.published_at or article.published_on)

    def prepare_month(self, obj):
        return month_of(self.prepare_published(obj))

    def prepare_stamp(self, obj):
        return change_stamp(self.article_of(obj).updated_at)


class ArticleIndex(PublicationFields, indexes.Indexable):
    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        public_quotes = Quote.objects.exclude(status=Quote.Status.WRONG).select_related("speaker")
        return self.get_model().objects.published().prefetch_related(Prefetch("quotes", public_quotes))

    def get_updated_field(self):
        return "updated_at"

    def article_of(self, article):
        return article

    def prepare_speakers(self, article):
        return sorted({quote.speaker.name for quote in article.quotes.all() if quote.speaker})


class QuoteIndex(PublicationFields, indexes.Indexable):
    """Quotations, so that quote search can rank and facet them as hits of their own."""

    text = indexes.CharField(document=True, model_attr="text", analyzer=folding_stemming_analyzer())
    article = ExactField()
    quote_key = ExactField()
    # Who said it, in words: quotation search finds "Lavrov", "Kremlin spokesman" or an unnamed
    # source ("a senior official") here as well as in what was said (query.py); ``quote:`` searches
    # what was said alone.
    said_by = indexes.CharField(null=True, analyzer=folding_stemming_analyzer())

    def get_model(self):
        return Quote

    def index_queryset(self, using=None):
        return self.get_model().objects.published()

    def get_updated_field(self):
        return "updated_at"

    def article_of(self, quote):
        return quote.article

    def prepare_article(self, quote):
        return str(quote.article_id)

    def prepare_quote_key(self, quote):
        return quotation_key(quote.text)

    def prepare_speakers(self, quote):
        return [quote.speaker.name] if quote.speaker else []

    def prepare_said_by(self, quote):
        speaker = quote.speaker.name if quote.speaker else quote.speaker_as_written
        return " ".join(filter(None, [speaker, quote.role, quote.unnamed_source])) or None
