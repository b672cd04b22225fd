"""What the API says about each object. Each field's ``help_text`` is its documentation: the
OpenAPI schema (/api/schema/) and the index at /api/ are generated from these classes."""

from datetime import UTC

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import Quote, Speaker
from articles.presentation.dates import local_moment, local_time

ID = "stable numeric id"


def keys(serializer_class) -> str:
    """``{id, name, ...}``: the fields of a nested object, for the help text of the field holding it."""
    return "{" + ", ".join(serializer_class().fields) + "}"


@extend_schema_field(OpenApiTypes.URI)
class AbsoluteUrlField(serializers.Field):
    """The object's page on this site, as a full address."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return self.context["request"].build_absolute_uri(value.get_absolute_url())


class MomentField(serializers.Field):
    """A moment computed from the article (``moment_of``), in ISO 8601, or null."""

    def __init__(self, moment_of, **kwargs):
        self.moment_of = moment_of
        super().__init__(source="*", read_only=True, allow_null=True, **kwargs)

    def to_representation(self, value):
        moment = self.moment_of(value)
        return moment.isoformat() if moment else None


@extend_schema_field(OpenApiTypes.DATETIME)
class OffsetMomentField(MomentField):
    pass


@extend_schema_field(OpenApiTypes.STR)
class LocalMomentField(MomentField):
    pass


@extend_schema_field(OpenApiTypes.DATETIME)
class UtcField(serializers.DateTimeField):
    """An instant in UTC with its ``+00:00`` offset, whatever the site's time zone."""

    def to_representation(self, value):
        return value.astimezone(UTC).isoformat()


class NamesField(serializers.ListField):
    """The names of related objects (a speaker's aliases), in their model's order."""

    def __init__(self, **kwargs):
        super().__init__(child=serializers.CharField(), read_only=True, **kwargs)

    def to_representation(self, related):
        return [item.name for item in related.all()]


class OutletSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=ID)
    name = serializers.CharField(help_text="name")
    slug = serializers.SlugField(help_text="slug, as the outlet filters take it")
    url = AbsoluteUrlField(help_text="outlet page")


class SpeakerReferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=ID)
    name = serializers.CharField(help_text="name")
    url = AbsoluteUrlField(help_text="speaker page")


class ArticleReferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=ID)
    title = serializers.CharField(help_text="headline")
    url = AbsoluteUrlField(help_text="article page")


class ArticleSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=ID)
    url = AbsoluteUrlField(help_text="canonical page, /<outlet>/<yyyy>/<mm>/<dd>/<slug>/")
    title = serializers.CharField(help_text="headline")
    outlet = OutletSerializer(
        allow_null=True, help_text=f"{keys(OutletSerializer)}, or null when the outlet is unknown"
    )
    published_on = serializers.DateField(
        allow_null=True, help_text="calendar day as printed (YYYY-MM-DD), or null"
    )
    published_at = OffsetMomentField(
        local_time,
        help_text="exact time in the outlet's UTC offset (ISO 8601), or null when only the day is known "
        "or the time's zone is not",
    )
    published_local = LocalMomentField(
        local_moment,
        help_text="day and time as printed (ISO 8601 without offset) when the outlet's time zone is "
        "unknown: a local time, not UTC; else null",
    )
    byline = serializers.CharField(help_text="author as printed")
    credit = serializers.CharField(
        help_text="agency credits, such as (Reuters, AFP) or AP for a wire story; the outlet is the site "
        "that published it"
    )
    tags = serializers.ListField(child=serializers.CharField(), help_text="list of tags")
    language = serializers.CharField(help_text="language code such as en")
    source_url = serializers.CharField(help_text="address the page was taken from, when known")
    updated_at = UtcField(help_text="last change in the archive (UTC)")


class QuoteInArticleSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=ID)
    text = serializers.CharField(help_text="the words inside the quotation marks")
    kind = serializers.ChoiceField(Quote.Kind.choices, help_text="direct or partial")
    start = serializers.IntegerField(
        allow_null=True, help_text="character offset in the article body, or null"
    )
    end = serializers.IntegerField(allow_null=True, help_text="end offset (exclusive), or null")
    speaker = SpeakerReferenceSerializer(
        allow_null=True, help_text=f"{keys(SpeakerReferenceSerializer)}, or null when unattributed"
    )
    speaker_as_written = serializers.CharField(
        help_text="the name as the article wrote it, also where it names no speaker the archive "
        "files quotations under (a bare surname)"
    )
    unnamed_source = serializers.CharField(
        help_text="a source the article describes without naming it (“a senior official”), or empty"
    )
    role = serializers.CharField(help_text="the speaker's role as this article gave it")


class ArticleSerializer(ArticleSummarySerializer):
    body = serializers.CharField(help_text="clean text, paragraphs separated by a blank line")
    quotes = QuoteInArticleSerializer(
        many=True,
        source="quotes.published",
        help_text=f"quotations in the body: {keys(QuoteInArticleSerializer)}",
    )


class SpeakerSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=ID)
    url = AbsoluteUrlField(help_text="speaker page")
    name = serializers.CharField(help_text="name")
    kind = serializers.ChoiceField(Speaker.Kind.choices, help_text="person, organization or unknown")
    role = serializers.CharField(help_text="role or description as reported")
    aliases = NamesField(help_text="other spellings seen")
    quote_count = serializers.IntegerField(help_text="published quotations")


class QuoteSerializer(QuoteInArticleSerializer):
    url = AbsoluteUrlField(help_text="the quotation marked in its article")
    article = ArticleReferenceSerializer(help_text=keys(ArticleReferenceSerializer))
    outlet = OutletSerializer(
        source="article.outlet", allow_null=True, help_text=f"{keys(OutletSerializer)}, or null"
    )
    published_on = serializers.DateField(
        source="article.published_on", allow_null=True, help_text="the article's day, or null"
    )


class SearchHitSerializer(ArticleSummarySerializer):
    """An article found, carrying (``snippet_html``) the words that matched marked in an excerpt."""

    snippet_html = serializers.CharField(help_text="escaped excerpt with matches in <mark>")


class SearchPageSerializer(serializers.Serializer):
    query = serializers.CharField(help_text="the search as read")
    count = serializers.IntegerField(help_text="articles found")
    page = serializers.IntegerField(help_text="this page's number, from 1")
    num_pages = serializers.IntegerField(help_text="number of pages")
    next = serializers.URLField(allow_null=True, help_text="the next page, or null on the last")
    results = SearchHitSerializer(many=True, help_text="the articles of this page, best match first")
