"""Haystack's Whoosh engine, adapted where the archive needs it to behave differently.

Haystack's stock schema tokenizes and stems every string field, facets included, so an outlet
called "Xinhua News" would facet as "xinhua" and "news". Here the fields users filter and facet
on are exact, stored as columns (fast to read for every hit), and lists of names keep each name
whole. The document text is not stored: the database holds it, the index only finds it. Beside the
document text and the headline, a field of word pairs lets exact phrases be found by term look-ups
(see phrases.py).

The schema version is written into each index the backend creates (schema_version.py).
"""

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.fields import FacetField
from whoosh import fields, formats
from whoosh import index as whoosh_index
from whoosh.analysis import RegexTokenizer

from ..analysis import folding_stemming_analyzer, word_pairs_analyzer
from . import whoosh_fixes
from .index_lock import LockedWritesMixin
from .pair_terms import archive_pair_terms, default_pair_terms, read_pair_terms, write_pair_terms
from .schema_version import word_pairs_enabled, write_schema_version

whoosh_fixes.apply()

# Lists of names are joined with the ASCII unit separator, which no name contains,
# instead of haystack's comma, which some names do ("Smith, John").
LIST_SEPARATOR = "\x1f"
EXACT_FIELD_TYPE = "exact"
WORD_PAIRS_FIELD_TYPE = "word_pairs"


def exact_field():
    return fields.ID(stored=True, sortable=True)


def exact_list_field():
    return fields.KEYWORD(
        stored=True, sortable=True, analyzer=RegexTokenizer(f"[^{LIST_SEPARATOR}]+"), scorable=False
    )


def text_field(field_class):
    return fields.TEXT(
        analyzer=field_class.analyzer or folding_stemming_analyzer(),
        stored=not field_class.document,  # short fields only: the database holds the body
        # Besides suggestions, the unstemmed spelling words serve prefix queries (see query.py).
        spelling=True,
        field_boost=field_class.boost,
    )


def word_pairs_field(terms):
    # Whether a document holds a pair is all a phrase needs from this field: no counts, no positions.
    return fields.FieldType(formats.Existence(), word_pairs_analyzer(terms))


def whoosh_field_for(field_class, pair_terms=frozenset()):
    """The Whoosh field type for one haystack field (word pairs: those of ``pair_terms``)."""
    if field_class.field_type == WORD_PAIRS_FIELD_TYPE:
        return word_pairs_field(pair_terms)
    if isinstance(field_class, FacetField) or field_class.field_type == EXACT_FIELD_TYPE:
        return exact_list_field() if field_class.is_multivalued else exact_field()
    if field_class.field_type in ("date", "datetime"):
        return fields.DATETIME(stored=True, sortable=True)
    if field_class.field_type == "integer":
        return fields.NUMERIC(numtype=int, bits=64, stored=True, sortable=True)
    return text_field(field_class)


class DispatchesWhooshBackend(LockedWritesMixin, WhooshSearchBackend):
    def setup(self):
        # Every index is created here (rebuild_index and clear() delete the folder and call setup again).
        created = self.use_file_storage and not whoosh_index.exists_in(self.path)
        if created:
            write_pair_terms(self.path, archive_pair_terms())  # read by build_schema
        super().setup()
        if created:
            write_schema_version(self.path)

    def build_schema(self, search_fields):
        schema_fields = {
            ID: fields.ID(stored=True, unique=True),
            DJANGO_CT: exact_field(),
            DJANGO_ID: exact_field(),
        }
        content_field_name = ""
        pair_terms = read_pair_terms(self.path) if self.use_file_storage else default_pair_terms()
        for field_class in search_fields.values():
            if field_class.field_type == WORD_PAIRS_FIELD_TYPE and not word_pairs_enabled():
                continue
            schema_fields[field_class.index_fieldname] = whoosh_field_for(field_class, pair_terms)
            if field_class.document:
                content_field_name = field_class.index_fieldname
        return content_field_name, fields.Schema(**schema_fields)

    def _from_python(self, value):
        if isinstance(value, list | tuple):
            return LIST_SEPARATOR.join(str(item) for item in value)
        return super()._from_python(value)


class DispatchesWhooshEngine(WhooshEngine):
    backend = DispatchesWhooshBackend
