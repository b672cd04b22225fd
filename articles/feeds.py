"""Atom feeds: the latest articles, an outlet's articles, a speaker's quotations, a search's results."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.http import urlencode

from articles.models import Article, Outlet, Quote, Speaker
from articles.presentation.dates import moment
from articles.search import normalise, search_articles

ITEMS = 30
SUMMARY_LENGTH = 600


class ArticleFeed(Feed):
    """The latest articles of the whole archive."""

    feed_type = Atom1Feed
    author_name = "Dispatches"
    title = "Dispatches: latest articles"
    subtitle = "Diplomatic news from many outlets, cleaned, attributed and searchable."

    def link(self):
        return reverse("articles:home")

    def items(self):
        return Article.objects.published().newest_first()[:ITEMS]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # Atom summaries are HTML; a scraped paragraph is escaped so readers show it as text.
        paragraphs = article.paragraphs
        return escape(paragraphs[0][:SUMMARY_LENGTH]) if paragraphs else ""

    def item_pubdate(self, article):
        return moment(article)

    def item_updateddate(self, article):
        return article.updated_at

    def item_author_name(self, article):
        return article.byline or (article.outlet.name if article.outlet else "Unknown outlet")

    def item_categories(self, article):
        return article.tags


class FollowsMerges:
    """A merged outlet's or speaker's feed redirects to its successor's feed, as its page does."""

    model = None
    url_name = ""

    def __call__(self, request, slug):
        found = get_object_or_404(self.model, slug=slug)
        if found.merged_into_id:
            return redirect(self.url_name, slug=found.merged_into.slug, permanent=True)
        return super().__call__(request, slug=slug)


class OutletFeed(FollowsMerges, ArticleFeed):
    model = Outlet
    url_name = "articles:feed-outlet"

    def get_object(self, request, slug):
        return get_object_or_404(Outlet, slug=slug)

    def title(self, outlet):
        return f"Dispatches: {outlet.name}"

    def subtitle(self, outlet):
        return f"The latest articles from {outlet.name} in the archive."

    def link(self, outlet):
        return outlet.get_absolute_url()

    def items(self, outlet):
        return Article.objects.published().filter(outlet=outlet).newest_first()[:ITEMS]


class SearchFeed(ArticleFeed):
    def get_object(self, request):
        # Normalised as the search box is: no control characters, which XML cannot carry.
        return normalise(request.GET.get("q", ""))

    def title(self, query):
        return f"Dispatches: search for {query}" if query else "Dispatches: search"

    def subtitle(self, query):
        return "The articles that match best first."

    def link(self, query):
        return f"{reverse('articles:search')}?{urlencode({'q': query})}"

    def items(self, query):
        return [hit.article for hit in search_articles(query, 1).hits]


class SpeakerFeed(FollowsMerges, Feed):
    """A speaker's quotations, newest first."""

    model = Speaker
    url_name = "articles:feed-speaker"
    feed_type = Atom1Feed
    author_name = "Dispatches"

    def get_object(self, request, slug):
        return get_object_or_404(Speaker.objects.active(), slug=slug)

    def title(self, speaker):
        return f"Dispatches: quotations of {speaker.name}"

    def subtitle(self, speaker):
        return f"What {speaker.name} was quoted as saying, newest first."

    def link(self, speaker):
        return speaker.get_absolute_url()

    def items(self, speaker):
        return Quote.objects.published().by_speaker(speaker).newest_first()[:ITEMS]

    def item_title(self, quote):
        return f"“{quote.text}”"

    def item_description(self, quote):
        outlet = quote.article.outlet.name if quote.article.outlet else "Unknown outlet"
        return escape(f"“{quote.text}” ({outlet}: {quote.article.title})")

    def item_link(self, quote):
        return quote.get_absolute_url()

    def item_pubdate(self, quote):
        return moment(quote.article)

    def item_updateddate(self, quote):
        return max(quote.updated_at, quote.article.updated_at)

    def item_author_name(self, quote):
        return quote.speaker.name
