"""Outlet actions: merge two records of the same outlet."""

from django.contrib import admin

from articles.curation.outlets import merge_outlets

from .merging import Merging, merge_selected

OUTLETS = Merging(
    merge=merge_outlets,
    plural="outlets",
    held="articles",
    unit="article",
    changes=[
        "The articles and signatures of the outlets not kept move to the kept outlet.",
        "Their outlet pages and their articles' old addresses redirect to the new ones.",
        "Future ingests that name a merged outlet file its articles under the kept one.",
    ],
    keep_help="The outlet the others merge into. Suggested: the best-formed name (a name "
    "over a domain or capitals), then the one with most articles.",
)


@admin.action(description="Merge selected outlets into one", permissions=["merge"])
def merge_selected_outlets(modeladmin, request, queryset):
    return merge_selected(modeladmin, request, queryset, OUTLETS)
