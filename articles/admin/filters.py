"""Change-list filters curators use to find what extraction missed."""

from django.contrib import admin


class LacksFilter(admin.SimpleListFilter):
    """Articles lacking a value extraction should have found."""

    field_name = ""
    label = ""

    def lookups(self, request, model_admin):
        return [("yes", self.label)]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(**{f"{self.field_name}__isnull": True})
        return queryset


class HasNoOutlet(LacksFilter):
    title = "outlet found"
    parameter_name = "no_outlet"
    field_name = "outlet"
    label = "Has no outlet"


class HasNoDate(LacksFilter):
    title = "date found"
    parameter_name = "no_date"
    field_name = "published_on"
    label = "Has no date"


class MergedFilter(admin.SimpleListFilter):
    title = "merged"
    parameter_name = "merged"

    def lookups(self, request, model_admin):
        return [("no", "Current"), ("yes", "Merged into another")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(merged_into__isnull=self.value() == "no")
        return queryset


class SearchBodies(admin.SimpleListFilter):
    """Whether the search box looks in bodies too. Titles only unless asked: a word found in a body
    put other articles above the one a curator searched for by its title."""

    title = "search in"
    parameter_name = "in_bodies"

    def lookups(self, request, model_admin):
        return [("1", "Titles and bodies")]

    def queryset(self, request, queryset):
        return queryset  # the admin's search reads the choice (ArticleAdmin.get_search_fields)

    def choices(self, changelist):
        for number, choice in enumerate(super().choices(changelist)):
            yield {**choice, "display": "Titles only"} if number == 0 else choice

    @classmethod
    def asked(cls, request) -> bool:
        return request.GET.get(cls.parameter_name) == "1"
