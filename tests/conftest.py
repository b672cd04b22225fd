import copy
import dataclasses
import io
import json
import shutil
import threading
from importlib import import_module
from pathlib import Path, PurePath

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


@pytest.fixture(scope="session")
def migrated_counts():
    """The row counts that data migrations leave, once this session has seen them (see below)."""
    return {}


@pytest.fixture
def migration_data(db, migrated_counts):
    """What data migrations put in the database: starter outlets, the curator group.

    A transactional test empties every table when it ends, so a later one
    cannot count on them otherwise. When the tables already hold exactly what
    the migrations left (no transactional test emptied them), nothing is redone.
    """
    from django.apps import apps

    if migrated_counts and _data_counts() == migrated_counts:
        return
    for module, function in MIGRATION_DATA:
        getattr(import_module(f"articles.migrations.{module}"), function)(apps, None)
    migrated_counts.update(_data_counts())


def _data_counts() -> dict[str, int]:
    from django.contrib.auth.models import Group, Permission

    from articles.models import Outlet, OutletSignature

    models = (Outlet, OutletSignature, Group, Permission, Group.permissions.through)
    return {model.__name__: model.objects.count() for model in models}


def pytest_collection_modifyitems(items):
    # A test that opens a browser is a browser test whatever its module says: `make test-fast`
    # leaves those out by this marker.
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def parsed_seed_pages():
    """What parsing gave for each seed page this session, by the page's bytes, file name and the
    outlet signatures it was read with: parsing is pure, and the slow part of ingesting the seeds."""
    return {}


@pytest.fixture
def ingested_seeds(db, seed_dir, search_index, migration_data, parsed_seed_pages, monkeypatch):
    """The three seed pages ingested into the database and a throwaway index.

    Every test still loads and indexes them in its own transaction and index; only the parse of
    an unchanged page is reused from earlier in the session (a changed page is parsed afresh).
    """
    from articles.ingest import files, run

    iter_file = files.iter_file

    def parse_once(stream, name, signatures=(), limits=None):
        data = stream.read()
        key = (data, PurePath(name).name, repr(signatures), repr(limits))
        if key not in parsed_seed_pages:
            parsed_seed_pages[key] = (name, list(iter_file(io.BytesIO(data), name, signatures, limits)))
        parsed_name, result = parsed_seed_pages[key]
        return iter(_named(copy.deepcopy(result), parsed_name, name))

    monkeypatch.setattr(files, "iter_file", parse_once)
    return run.ingest([seed_dir])


def _named(result, old_name, new_name):
    """``result`` as if parsed from ``new_name``: the source of each record names the file."""
    for number, item in enumerate(result):
        if item.source == old_name:
            result[number] = dataclasses.replace(item, source=new_name)
    return result
