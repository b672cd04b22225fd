from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, register_converter

from articles import feeds
from articles.converters import FourDigitYear, TwoDigits
from articles.sitemaps import SITEMAPS
from articles.views import archive, articles, coverage, home, opensearch, outlets, search, speakers

register_converter(FourDigitYear, "yyyy")
register_converter(TwoDigits, "dd")

app_name = "articles"

ARTICLE = "<slug:outlet>/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/"

urlpatterns = [
    path("", home.home, name="home"),
    path("search/", search.search, name="search"),
    path("speakers/<slug:slug>/", speakers.speaker_detail, name="speaker"),
    path("outlets/<slug:slug>/", outlets.outlet_detail, name="outlet"),
    path("archive/", archive.ArchiveIndex.as_view(), name="archive"),
    path("archive/<yyyy:year>/", archive.ArchiveYear.as_view(), name="archive-year"),
    path("archive/<yyyy:year>/<dd:month>/", archive.ArchiveMonth.as_view(), name="archive-month"),
    path("coverage/", coverage.coverage, name="coverage"),
    path("articles/<int:pk>/<slug:slug>/", articles.article_by_id, name="article-by-id"),
    path(
        "articles/<int:pk>/<slug:slug>/original/",
        articles.article_original_by_id,
        name="article-by-id-original",
    ),
    path(ARTICLE, articles.article_detail, name="article"),
    path(f"{ARTICLE}original/", articles.article_original, name="article-original"),
    # Open formats
    path("feeds/articles/", feeds.ArticleFeed(), name="feed-articles"),
    path("feeds/outlets/<slug:slug>/", feeds.OutletFeed(), name="feed-outlet"),
    path("feeds/speakers/<slug:slug>/", feeds.SpeakerFeed(), name="feed-speaker"),
    path("feeds/search/", feeds.SearchFeed(), name="feed-search"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "articles:sitemap"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path("opensearch.xml", opensearch.opensearch, name="opensearch"),
    path("api/", include("articles.api.urls")),  # the read-only JSON API
]

urlpatterns += [
    path("search/help/", search.search_help, name="search-help"),
    path("search/results.csv", search.search_export_csv, name="search-csv"),
    path("search/results.json", search.search_export_json, name="search-json"),
    path("search/attention.csv", search.attention_csv, name="search-attention-csv"),
]
