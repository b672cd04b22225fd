"""The query parameters each API list takes (django-filter); each ``help_text`` documents it in the
schema and the /api/ index. A bad value is a 400 naming the parameter (errors.py)."""

import django_filters
from drf_spectacular.utils import extend_schema_field

from articles.models import Speaker

from .params import LARGEST_ID, NO_NUL, DayField, TextField, WholeNumberField

CREDIT_LENGTH = 100  # longer than any agency credit; a longer parameter is cut, not refused


class TextFilter(django_filters.CharFilter):
    field_class = TextField


class WholeNumberFilter(django_filters.Filter):
    field_class = WholeNumberField

    def __init__(self, *, help_text, min_value=0, max_value=LARGEST_ID, **kwargs):
        super().__init__(help_text=help_text, min_value=min_value, max_value=max_value, **kwargs)
        # The schema's type; drf-spectacular reads no help text beside such an override, so it goes in too.
        schema = {"type": "integer", "minimum": min_value, "maximum": max_value, "description": help_text}
        extend_schema_field(schema)(self)


class DayFilter(django_filters.DateFilter):
    field_class = DayField

    def __init__(self, **kwargs):
        super().__init__(field_name="published_on", **kwargs)


class ArticleFilter(django_filters.FilterSet):
    outlet = TextFilter(field_name="outlet__slug", help_text="outlet slug")
    credit = TextFilter(method="credited", help_text="agency named in the credit, such as AP or Reuters")
    since = DayFilter(lookup_expr="gte", help_text="YYYY-MM-DD")
    until = DayFilter(lookup_expr="lte", help_text="YYYY-MM-DD")
    language = TextFilter(help_text="code")

    def credited(self, queryset, name, value):
        return queryset.filter(credit__icontains=value[:CREDIT_LENGTH])


class SpeakerFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        choices=Speaker.Kind.choices,
        help_text="person, organization or unknown",
        error_messages=NO_NUL | {"invalid_choice": "must be person, organization or unknown"},
    )


class QuoteFilter(django_filters.FilterSet):
    speaker = WholeNumberFilter(field_name="speaker_id", help_text="speaker id")
    article = WholeNumberFilter(field_name="article_id", help_text="article id")
    outlet = TextFilter(method="in_outlet", help_text="outlet slug")
    year = WholeNumberFilter(method="in_year", min_value=1, max_value=9999, help_text="YYYY")

    def in_outlet(self, queryset, name, value):
        return queryset.in_outlet(value)

    def in_year(self, queryset, name, value):
        return queryset.in_year(value)
