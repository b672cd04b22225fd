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
