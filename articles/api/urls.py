"""The API's addresses, under /api/ in the ``articles`` namespace (``articles:api-articles``...)."""

from django.urls import path

from . import views

articles = views.ArticleViewSet
speakers = views.SpeakerViewSet
quotes = views.QuoteViewSet
LIST, DETAIL = {"get": "list"}, {"get": "retrieve"}

urlpatterns = [
    path("", views.IndexView.as_view(), name="api"),
    path("articles/", articles.as_view(LIST), name="api-articles"),
    path("articles/<int:pk>/", articles.as_view(DETAIL), name="api-article"),
    path("speakers/", speakers.as_view(LIST), name="api-speakers"),
    path("speakers/<int:pk>/", speakers.as_view(DETAIL), name="api-speaker"),
    path("quotes/", quotes.as_view(LIST), name="api-quotes"),
    path("quotes/<int:pk>/", quotes.as_view(DETAIL), name="api-quote"),
    path("search/", views.SearchView.as_view(), name="api-search"),
    path("schema/", views.SchemaView.as_view(), name="api-schema"),
]
