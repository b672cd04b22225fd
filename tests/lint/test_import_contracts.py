"""The import boundaries of .importlinter hold, and a module that crosses one is caught.

The violations are tried on a small stand-in for the project (its packages, a few lines each) with
the project's own .importlinter, so that the contracts are shown to fail when broken without
touching the real code.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# The stand-in: every package a contract names, importing what the real ones may import.
KEPT = {
    "archive/__init__.py": "",
    "articles/__init__.py": "",
    "articles/pipeline/__init__.py": "import re\n",
    "articles/search/__init__.py": "import haystack\nimport whoosh\nfrom django.conf import settings\n",
    "articles/search/engines.py": "",
    "articles/search/whoosh/__init__.py": "import whoosh\n",
    "articles/search/whoosh/indexes.py": "import haystack\n",
    "articles/search/postgres/__init__.py": "import whoosh\nfrom articles.search.engines import settings\n",
    "articles/search_indexes.py": "from articles.search.whoosh.indexes import haystack\n",
    "articles/related/__init__.py": "",
    "articles/related/terms.py": "from whoosh.lang import has_stemmer\n",
    "articles/views/__init__.py": "from articles.search import settings\n",
    "articles/api/__init__.py": "from articles.search import settings\n",
    "articles/feeds.py": "from articles.search import settings\n",
    "articles/admin/__init__.py": "import django\n",
    "articles/ingest/__init__.py": "from articles.search import settings\n",
    "articles/ingest/parse_worker.py": "from articles.pipeline import re\n",
    "articles/curation/__init__.py": "from articles.ingest import settings\n",
    "articles/models/__init__.py": "from django.db import models\n",
}

VIOLATIONS = {
    "a parser importing Django": (
        "articles/pipeline/dates.py",
        "from django.utils import timezone\n",
        "The parsing pipeline imports no Django",
    ),
    "a parser reaching Django through another module": (
        "articles/pipeline/outlets.py",
        "from articles.ingest import settings\n",
        "The parsing pipeline imports no Django",
    ),
    "a parse worker reaching Django through the ingest package": (
        "articles/ingest/parse_worker.py",
        "from articles.ingest import settings\n",
        "Parse worker processes run the pipeline alone",
    ),
    "ingest importing Whoosh": (
        "articles/ingest/words.py",
        "from whoosh.analysis import StemFilter\n",
        "Only articles.search imports Whoosh and haystack",
    ),
    "a view importing a module of the search package": (
        "articles/views/search.py",
        "from articles.search.engines import settings\n",
        "Code outside articles.search imports articles.search itself",
    ),
    "the Whoosh engine importing the PostgreSQL engine": (
        "articles/search/whoosh/rows.py",
        "import articles.search.postgres\n",
        "The Whoosh engine knows nothing of the PostgreSQL engine",
    ),
    "the PostgreSQL engine importing the Whoosh engine": (
        "articles/search/postgres/queries.py",
        "from articles.search.whoosh import whoosh\n",
        "The PostgreSQL engine knows nothing of the Whoosh engine",
    ),
    "the API importing the engine": (
        "articles/api/views.py",
        "import articles.search.whoosh\n",
        "Views, the API, feeds and the admin never import the engine",
    ),
    "ingest importing curation": (
        "articles/ingest/loader.py",
        "from articles.curation import redirects\n",
        "Curation may call ingest; ingest, the models and the pipeline never import curation",
    ),
    "the archive importing training code": (
        "articles/pipeline/boosting.py",
        "from training.boosting import Booster\n",
        "The archive imports no training or benchmark code",
    ),
}


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(tree / ".importlinter"), "--no-cache", "--no-logo"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=120,
    )


def stand_in(tmp_path: Path) -> Path:
    shutil.copy(ROOT / ".importlinter", tmp_path / ".importlinter")
    for name, text in KEPT.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_project_keeps_its_import_contracts():
    result = lint_imports(ROOT)

    assert result.returncode == 0, result.stdout + result.stderr


def test_a_stand_in_that_keeps_the_contracts_passes(tmp_path):
    result = lint_imports(stand_in(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("case", VIOLATIONS)
def test_an_import_crossing_a_boundary_is_caught(tmp_path, case):
    tree = stand_in(tmp_path)
    path, line, contract = VIOLATIONS[case]
    (tree / path).write_text(line)

    result = lint_imports(tree)

    assert result.returncode != 0
    broken = " ".join(result.stdout.partition("Broken contracts")[2].split())
    assert contract in broken, result.stdout
