"""Which version of the archive's schema an index was built with, kept in a file inside the index.

Whoosh opens an index written with an older schema without complaint, and haystack's backend then
writes new documents with the new schema beside the old ones, so an index built before a schema
change must be rebuilt. The backend writes ``SCHEMA_VERSION`` into every index it creates
(``rebuild_index`` deletes the folder, file included, and creates a new one).
"""

from pathlib import Path

from whoosh import index as whoosh_index

# Raise whenever the schema changes (2: word pairs for phrases; 3: who said a quotation, in words).
SCHEMA_VERSION = 3
VERSION_FILE = "DISPATCHES_SCHEMA_VERSION"

MISSING, OUTDATED, CURRENT = "missing", "outdated", "current"


def schema_version(path) -> int | None:
    """The schema version an index was built with; None when it was built before versions were kept."""
    try:
        return int((Path(path) / VERSION_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def write_schema_version(path):
    (Path(path) / VERSION_FILE).write_text(f"{SCHEMA_VERSION}\n")


def forget_schema_version(path):
    (Path(path) / VERSION_FILE).unlink(missing_ok=True)


def index_state(path) -> str:
    """``MISSING`` (no index), ``OUTDATED`` (built with another schema) or ``CURRENT``."""
    if not whoosh_index.exists_in(str(path)):
        return MISSING
    return CURRENT if schema_version(path) == SCHEMA_VERSION else OUTDATED
