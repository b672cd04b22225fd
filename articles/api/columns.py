"""The CSV columns of each list: the JSON fields of the same name, with nested objects flattened into
plain columns (``outlet`` is its name; ``speaker_id``, ``article_url``...) and lists joined by "; "."""

from rest_framework import serializers

from .serializers import AbsoluteUrlField, ArticleSummarySerializer, QuoteSerializer, SpeakerSerializer


class Joined(serializers.Field):
    """A list, or the ``attribute`` of each related object, as one cell."""

    def __init__(self, attribute=None, **kwargs):
        self.attribute = attribute
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        items = value.all() if hasattr(value, "all") else value
        return "; ".join(getattr(item, self.attribute) if self.attribute else item for item in items)


class Columns:
    """A row serializer: its ``columns`` in order, JSON fields of that name or flat ones declared here."""

    columns: list[str]

    def get_fields(self):
        fields = super().get_fields()
        return {name: fields[name] for name in self.columns}


def name_of(source):
    return serializers.CharField(source=f"{source}.name", default="")


class ArticleRow(Columns, ArticleSummarySerializer):
    columns = [
        "id", "url", "title", "outlet", "published_on", "published_at", "published_local",
        "byline", "credit", "tags", "language", "source_url",
    ]  # fmt: skip
    outlet = name_of("outlet")
    tags = Joined()


class SpeakerRow(Columns, SpeakerSerializer):
    columns = ["id", "url", "name", "kind", "role", "aliases", "quote_count"]
    aliases = Joined("name")


class QuoteRow(Columns, QuoteSerializer):
    columns = [
        "id", "url", "text", "kind", "speaker_id", "speaker", "speaker_as_written", "unnamed_source", "role",
        "article_id", "article_url", "article_title", "outlet", "published_on",
    ]  # fmt: skip
    speaker_id = serializers.IntegerField(allow_null=True)
    speaker = name_of("speaker")
    article_id = serializers.IntegerField()
    article_url = AbsoluteUrlField(source="article")
    article_title = serializers.CharField(source="article.title")
    outlet = name_of("article.outlet")
