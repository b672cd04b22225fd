from django.urls import path, register_converter

from articles.converters import FourDigitYear, TwoDigits
from articles.views import articles, home, people, search

register_converter(FourDigitYear, "yyyy")
register_converter(TwoDigits, "dd")

app_name = "articles"

urlpatterns = [
    path("", home.home, name="home"),
    path("search/", search.search, name="search"),
    path("speakers/<slug:slug>/", people.speaker_detail, name="speaker"),
    path("outlets/<slug:slug>/", people.outlet_detail, name="outlet"),
    path("articles/<int:pk>/<slug:slug>/", articles.article_by_id, name="article-by-id"),
    path(
        "<slug:outlet>/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        articles.article_detail,
        name="article",
    ),
]
