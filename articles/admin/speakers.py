from django.contrib import admin

from articles.models import Speaker, SpeakerAlias


class AliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["name"]
    extra = 0


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "role"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name", "role"]
    readonly_fields = ["name_key"]
    inlines = [AliasInline]
