"""A command run on a data directory that was never migrated says so instead of a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test runs manage.py in a new process

PROJECT = Path(__file__).resolve().parents[2]
SEEDS = PROJECT / "samples"


def run_manage(data_dir, *args):
    env = {
        **os.environ,
        "DISPATCHES_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "archive.settings.dev",
    }
    for name in ("DATABASE_URL", "DISPATCHES_INDEX_DIR", "DISPATCHES_TEST_DATABASE_URL"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "command",
    [
        ("ingest", str(SEEDS)),
        ("ingest", "--dry-run", str(SEEDS)),
        ("reattribute",),
        ("reindex_pending",),
        ("rederive_outlets",),
        ("ensure_search_index",),
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_a_command_on_a_database_never_migrated_asks_for_migrate_without_a_traceback(tmp_path, command):
    result = run_manage(tmp_path, *command)

    assert result.returncode == 1
    assert "run `manage.py migrate` first" in result.stderr
    assert "Traceback" not in result.stderr


def test_after_migrate_the_same_ingest_goes_in(tmp_path):
    assert run_manage(tmp_path, "migrate", "-v0").returncode == 0

    result = run_manage(tmp_path, "ingest", "--no-index", str(SEEDS))

    assert result.returncode == 0, result.stderr
    assert "3 created" in result.stdout
