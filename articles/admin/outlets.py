from django.contrib import admin

from articles.models import Outlet, OutletSignature


class SignatureInline(admin.TabularInline):
    model = OutletSignature
    extra = 1


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "home_domain"]
    search_fields = ["name", "home_domain", "signatures__pattern"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SignatureInline]
