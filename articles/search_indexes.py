"""What haystack indexes (haystack discovers this module by name)."""

from haystack import indexes

from articles.models import Article
from articles.search.analysis import folding_stemming_analyzer


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, use_template=True, analyzer=folding_stemming_analyzer())
    title = indexes.CharField(model_attr="title", analyzer=folding_stemming_analyzer())
    outlet = indexes.CharField(model_attr="outlet__name", null=True, faceted=True)
    speakers = indexes.MultiValueField(faceted=True)
    language = indexes.CharField(model_attr="language", null=True)
    published = indexes.DateTimeField(null=True)

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return self.get_model().objects.published().prefetch_related("quotes__speaker")

    def get_updated_field(self):
        return "updated_at"

    def prepare_speakers(self, article):
        return sorted({quote.speaker.name for quote in article.quotes.all() if quote.speaker})

    def prepare_published(self, article):
        return article.published_at or article.published_on
