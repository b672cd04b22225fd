"""The archive by date: Django's date-based views over the public articles, with counts."""

import re
from collections import Counter

from django.views.generic.dates import ArchiveIndexView, MonthArchiveView, YearArchiveView

from articles.models import Article, Outlet

PER_PAGE = 50
SLUG = re.compile(r"[-\w]+", re.ASCII)  # what an outlet's slug can be; anything else names no outlet


class PublishedArticlesByDate:
    date_field = "published_on"
    allow_future = True  # an archive shows what outlets printed, whatever the date says
    month_format = "%m"

    def get_queryset(self):
        articles = Article.objects.published()
        outlet = self.chosen_outlet()
        return articles.filter(outlet=outlet) if outlet else articles

    def chosen_outlet(self):
        if not hasattr(self, "_outlet"):
            slug = self.request.GET.get("outlet", "")
            self._outlet = Outlet.objects.filter(slug=slug).first() if SLUG.fullmatch(slug) else None
        return self._outlet

    def get_context_data(self, **kwargs):
        return super().get_context_data(outlet=self.chosen_outlet(), **kwargs)


class ArchiveIndex(PublishedArticlesByDate, ArchiveIndexView):
    template_name = "articles/archive_index.html"
    date_list_period = "year"
    allow_empty = True
    paginate_by = 20

    def get_context_data(self, **kwargs):
        per_year = Counter()
        for row in self.get_queryset().month_counts():
            per_year[row["month"].year] += row["count"]
        years = sorted(per_year.items(), reverse=True)
        return super().get_context_data(years=years, **kwargs)


class ArchiveYear(PublishedArticlesByDate, YearArchiveView):
    template_name = "articles/archive_year.html"

    def get_context_data(self, **kwargs):
        year = int(self.get_year())
        rows = self.get_queryset().filter(published_on__year=year).month_counts()
        return super().get_context_data(months=[(row["month"], row["count"]) for row in rows], **kwargs)


class ArchiveMonth(PublishedArticlesByDate, MonthArchiveView):
    template_name = "articles/archive_month.html"
    paginate_by = PER_PAGE

    def get_queryset(self):
        return super().get_queryset().order_by("published_on", "published_at", "id")
