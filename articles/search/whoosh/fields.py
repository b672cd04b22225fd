"""Haystack fields the archive filters and facets on: indexed whole, not split into words."""

from datetime import UTC, date, datetime

from haystack import indexes

from ..engines import change_stamp
from .backend import EXACT_FIELD_TYPE, WORD_PAIRS_FIELD_TYPE
from .schema_version import word_pairs_enabled


class ExactField(indexes.CharField):
    """One value matched as written (an id, a language code, a month), kept as a fast column."""

    field_type = EXACT_FIELD_TYPE


class WordPairsField(indexes.CharField):
    """The text of another field of the same index again, indexed as pairs of neighbouring words
    so that phrases are found by term look-ups (see search/phrases.py). ``PairedFields`` copies it."""

    field_type = WORD_PAIRS_FIELD_TYPE

    def __init__(self, of: str, **kwargs):
        super().__init__(null=True, **kwargs)
        self.source = of

    def prepare(self, obj):
        return None


class PairedFields:
    """For a ``SearchIndex`` with ``WordPairsField``s: each gets its source field's prepared text,
    prepared once (the document text is a rendered template)."""

    def prepare(self, obj):
        data = super().prepare(obj)
        if not word_pairs_enabled():
            return data  # left empty, so haystack drops them (null fields without a value)
        for field in self.fields.values():
            if isinstance(field, WordPairsField):
                data[field.index_fieldname] = data.get(self.fields[field.source].index_fieldname)
        return data


def utc_naive(moment: datetime | date | None) -> datetime | None:
    """The instant in UTC without a time zone, the form Whoosh stores; a bare day is its midnight."""
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        return datetime(moment.year, moment.month, moment.day)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def month_of(moment: datetime | None) -> str | None:
    return f"{moment.year:04d}-{moment.month:02d}" if moment else None


__all__ = ["ExactField", "PairedFields", "WordPairsField", "change_stamp", "month_of", "utc_naive"]
