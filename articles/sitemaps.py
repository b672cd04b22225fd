"""The sitemap index: articles, speakers and outlets (django.contrib.sitemaps)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, Max, OuterRef

from articles.models import Article, Outlet, Quote, Speaker


class BoundedSitemap(Sitemap):
    # Django's default of 50,000 addresses a page costs about 12 s of one worker's time here
    # (0.5 s for 2,000); the sitemap index lists as many pages as it takes.
    limit = 2_000


class ArticleSitemap(BoundedSitemap):
    changefreq = "monthly"

    def items(self):
        return Article.objects.published().order_by("pk")

    def lastmod(self, article):
        return article.updated_at


class SpeakerSitemap(BoundedSitemap):
    changefreq = "weekly"

    def items(self):
        quoted = Quote.objects.published().filter(speaker=OuterRef("pk"))
        return Speaker.objects.active().filter(Exists(quoted)).order_by("pk")

    def lastmod(self, speaker):
        return speaker.updated_at


class OutletSitemap(BoundedSitemap):
    changefreq = "daily"

    def items(self):
        return (
            Outlet.objects.active()
            .filter(articles__is_visible=True)
            .annotate(last_change=Max("articles__updated_at"))
            .order_by("pk")
        )

    def lastmod(self, outlet):
        return outlet.last_change


SITEMAPS = {"articles": ArticleSitemap, "speakers": SpeakerSitemap, "outlets": OutletSitemap}
