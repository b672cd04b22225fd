from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html

from articles.curation.wording import counted
from articles.models import Outlet, OutletSignature

from .actions.outlets import merge_selected_outlets
from .filters import MergedFilter
from .indexed import IndexFollowsAdmin


class SignatureInline(admin.TabularInline):
    model = OutletSignature
    fields = ["pattern", "kind", "weight", "matched_articles"]
    readonly_fields = ["matched_articles"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles matched")
    def matched_articles(self, signature):
        if signature.pk is None:
            return "—"
        url = reverse("admin:articles_article_changelist")
        return format_html(
            '<a href="{}?matched_signature__id__exact={}">{}</a>',
            url,
            signature.pk,
            counted(signature.article_count, "article"),
        )


@admin.register(Outlet)
class OutletAdmin(IndexFollowsAdmin):
    list_display = [
        "name",
        "home_domain",
        "kind",
        "time_zone",
        "article_count",
        "signature_count",
        "merged_into",
    ]
    list_filter = [MergedFilter, "kind"]
    search_fields = ["name", "home_domain", "signatures__pattern"]
    list_select_related = ["merged_into"]
    inlines = [SignatureInline]
    actions = [merge_selected_outlets]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        counted = queryset.annotate(
            article_count=Count("articles", distinct=True), signature_count=Count("signatures", distinct=True)
        )
        return counted.order_by("name")  # a Count drops Meta.ordering; autocomplete pages need one

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": ["name"]}

    def get_readonly_fields(self, request, obj=None):
        # An outlet's slug is in its articles' addresses; changing it would break every link.
        return ["slug", "merged_into"] if obj else ["merged_into"]

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, outlet):
        return outlet.article_count

    @admin.display(description="signatures", ordering="signature_count")
    def signature_count(self, outlet):
        return outlet.signature_count

    def has_merge_permission(self, request):
        return request.user.has_perm("articles.merge_outlets")

    def affected_article_ids(self, outlet, form=None):
        if form is not None and "name" not in form.changed_data:
            return []  # signatures and descriptions are not in the search index
        return list(outlet.articles.values_list("pk", flat=True))
