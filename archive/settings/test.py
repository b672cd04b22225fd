"""Tests: a throwaway data directory per run, fast hashing, plain static storage."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
DEBUG = False
DATA_DIR = Path(tempfile.mkdtemp(prefix="dispatches-test-"))
SEARCH_INDEX_DIR = DATA_DIR / "whoosh_index"
# SQLite by default; DISPATCHES_TEST_DATABASE_URL runs the suite on another database (make test-postgres).
DATABASES = {
    "default": env.db_url(  # noqa: F405
        "DISPATCHES_TEST_DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'test.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)  # noqa: F405
    # A file, as in production, not Django's default in-memory test database: its shared cache
    # answers a write that meets another thread's with "database table is locked" at once,
    # where a file in WAL mode waits out the busy timeout (the ingest-during-curation tests).
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}
HAYSTACK_CONNECTIONS["default"]["PATH"] = str(SEARCH_INDEX_DIR)  # noqa: F405
# Ingests parse in process unless a test asks for workers (tests/commands/test_ingest_workers.py):
# a worker is a new interpreter, about a second of start-up, and knows nothing of a test's patches.
INGEST_WORKERS = 1
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# Serve static files from the app folders; tests never run collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
