import json
import shutil
import threading
from importlib import import_module
from pathlib import Path

import pytest
from haystack import connections

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "expected.json").read_text(encoding="utf-8"))
SEED_NAMES = sorted(name for name in EXPECTED if not name.startswith("_"))
MIGRATION_DATA = [
    ("0002_starter_outlets", "add_outlets"),
    ("0003_curation", "create_curator_group"),
    ("0004_known_outlets", "add_known_outlets"),
    ("0006_outlet_zones_and_local_times", "set_zones_and_kinds"),
    ("0006_outlet_zones_and_local_times", "drop_dateline_signatures"),
]


@pytest.fixture
def search_index(tmp_path):
    """A throwaway Whoosh index for one test, as haystack's own tests do."""
    info = connections.connections_info["default"]
    original = info["PATH"]
    info["PATH"] = str(tmp_path / "whoosh_index")
    _forget_connections()
    yield connections["default"]
    info["PATH"] = original
    _forget_connections()


def _forget_connections():
    # Haystack keeps connections per thread; a fresh holder makes every thread,
    # the live server's included, open the index the test chose.
    connections.thread_local = threading.local()


@pytest.fixture
def seed_dir(tmp_path):
    """A copy of the three seed pages, free to modify."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in SEED_NAMES:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


@pytest.fixture
def migration_data(db):
    """What data migrations put in the database: starter outlets, the curator group.

    A transactional test empties every table when it ends, so a later one
    cannot count on them otherwise.
    """
    from django.apps import apps

    for module, function in MIGRATION_DATA:
        getattr(import_module(f"articles.migrations.{module}"), function)(apps, None)


@pytest.fixture
def ingested_seeds(db, seed_dir, search_index, migration_data):
    """The three seed pages ingested into the database and a throwaway index."""
    from articles.ingest.run import ingest

    return ingest([seed_dir])
