"""Which version of the archive's schema an index was built with, kept in a file inside the index.

Whoosh opens an index written with an older schema without complaint, and haystack's backend then
writes new documents with the new schema beside the old ones, so an index built before a schema
change must be rebuilt. The backend writes ``SCHEMA_VERSION`` into every index it creates
(``rebuild_index`` deletes the folder, file included, and creates a new one).
"""

from pathlib import Path

from django.conf import settings
from whoosh import index as whoosh_index

from ..engines import CURRENT, MISSING, OUTDATED

# Raise whenever the schema, or what goes into it, changes (2: word pairs for phrases; 3: who said a
# quotation, in words; 4: article text indexed as written, no longer HTML-escaped: &#x27; for ';
# 5: each document's stamp, the change of its article it was written from; 6: word pairs of frequent
# terms only, see pair_terms.py; 7: spelling words written once a segment with their counts, see
# segments.py).
SCHEMA_VERSION = 7
VERSION_FILE = "DISPATCHES_SCHEMA_VERSION"
WITHOUT_WORD_PAIRS = "without-word-pairs"


def word_pairs_enabled() -> bool:
    """Whether indexes hold word pairs for fast phrases (``DISPATCHES_WORD_PAIRS``, on by default)."""
    return getattr(settings, "SEARCH_WORD_PAIRS", True)


def current_schema() -> str:
    """What an index built now records: the schema version, and whether it has word pairs."""
    return str(SCHEMA_VERSION) if word_pairs_enabled() else f"{SCHEMA_VERSION}-{WITHOUT_WORD_PAIRS}"


def schema_version(path) -> str | None:
    """What an index records about its schema; None when it was built before versions were kept."""
    try:
        return (Path(path) / VERSION_FILE).read_text().strip()
    except OSError:
        return None


def write_schema_version(path):
    (Path(path) / VERSION_FILE).write_text(f"{current_schema()}\n")


def forget_schema_version(path):
    (Path(path) / VERSION_FILE).unlink(missing_ok=True)


def index_state(path) -> str:
    """``MISSING`` (no index), ``OUTDATED`` (built with another schema or setting) or ``CURRENT``."""
    if not whoosh_index.exists_in(str(path)):
        return MISSING
    return CURRENT if schema_version(path) == current_schema() else OUTDATED
