"""An archive in a data directory of its own, driven by real processes that can be killed with SIGKILL.

Used by the crash tests and by ``benchmarks/reliability_crashes.py``. Every process runs the
development settings on the archive's own SQLite database and Whoosh index.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KILLED = -signal.SIGKILL
# Settings of the process that must not leak into the archive's own processes.
FOREIGN = ("DATABASE_URL", "DISPATCHES_INDEX_DIR", "DISPATCHES_TEST_DATABASE_URL", "DJANGO_SETTINGS_MODULE")


class Archive:
    def __init__(self, folder: Path, **environment):
        self.folder = Path(folder)
        self.environment = {key: str(value) for key, value in environment.items()}

    def env(self) -> dict:
        env = {key: value for key, value in os.environ.items() if key not in FOREIGN}
        env.update(DISPATCHES_DATA_DIR=str(self.folder), DJANGO_SETTINGS_MODULE="archive.settings.dev")
        env.update(PYTHONPATH=str(ROOT), **self.environment)
        return env

    def command(self, *args, kill_at=(), settings=(), tool="manage") -> list[str]:
        options = [f"--kill-at={point}" for point in kill_at] + [f"--set={value}" for value in settings]
        return [sys.executable, "-m", "tests.crashes.killer", *options, tool, *map(str, args)]

    def run(self, *args, kill_at=(), settings=(), tool="manage", timeout=300) -> subprocess.CompletedProcess:
        """Run to the end (or to the kill); the completed process, output captured as text."""
        return subprocess.run(
            self.command(*args, kill_at=kill_at, settings=settings, tool=tool),
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start(self, *args, kill_at=(), settings=(), tool="manage") -> subprocess.Popen:
        return subprocess.Popen(
            self.command(*args, kill_at=kill_at, settings=settings, tool=tool),
            cwd=ROOT,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def manage(self, *args) -> str:
        """A management command that must succeed; its standard output."""
        done = self.run(*args)
        if done.returncode != 0:
            raise AssertionError(f"manage.py {' '.join(map(str, args))} failed:\n{done.stderr}")
        return done.stdout

    def ensure_and_probe(self, *words) -> dict:
        """``manage.py ensure_search_index``, then the probe, in one process."""
        return self.probe("--ensure", *words)

    def probe(self, *words) -> dict:
        done = subprocess.run(
            [sys.executable, "-m", "tests.crashes.probe", *words],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            raise AssertionError(f"probe failed:\n{done.stderr}")
        return json.loads(done.stdout)

    def copy(self, folder: Path) -> "Archive":
        shutil.copytree(self.folder, folder)
        return Archive(folder, **self.environment)


def lost(report: dict) -> dict:
    """What a reader cannot find although it is stored, or finds although it is gone."""
    return {
        "articles unsearchable": sorted(set(report["stored"]) - set(report["searchable"])),
        "articles gone but found": sorted(set(report["searchable"]) - set(report["stored"])),
        "quotations unsearchable": sorted(set(report["quotes_stored"]) - set(report["quotes_searchable"])),
        "quotations gone but found": sorted(set(report["quotes_searchable"]) - set(report["quotes_stored"])),
        "differences": {kind: ids for kind, ids in report["differences"].items() if ids},
    }


def intact(report: dict) -> bool:
    return not any(lost(report).values())
