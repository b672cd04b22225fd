"""Settings shared by every environment.

Everything that can be changed from the environment is read here, in one
place, with development-safe defaults; ``prod`` refuses the unsafe ones.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parents[2]

env = environ.Env()

DATA_DIR = Path(env.str("DISPATCHES_DATA_DIR", default=str(BASE_DIR / "data"))).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)  # SQLite will not create the folder of its database file
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'dispatches.sqlite3'}"),
}
# An ingest and a curator's admin save may write at once: wait for SQLite's lock instead of
# failing, take it up front (no deadlock on upgrade), and let readers go on during writes.
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
# The PostgreSQL search tables exist in PostgreSQL databases only (archive/routers.py).
DATABASE_ROUTERS = ["archive.routers.SearchDataRouter"]
# A read replica of a PostgreSQL primary: public requests read from it.
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db_url("DATABASE_REPLICA_URL")
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS.append("archive.routers.ReplicaRouter")
SEARCH_INDEX_DIR = Path(env.str("DISPATCHES_INDEX_DIR", default=str(DATA_DIR / "whoosh_index"))).resolve()

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "haystack",
    "csp",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "articles.curation.redirects.ArticleRedirectMiddleware",
]
if "replica" in DATABASES:
    MIDDLEWARE.insert(0, "archive.routers.ReplicaReadsMiddleware")

# A Content-Security-Policy on every response (django-csp): the pages and the admin load their
# scripts, styles and images from the site alone and use no inline script or style attribute, so a
# script injected into a scraped text that escaping ever missed would not run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env.str("DISPATCHES_STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))).resolve()
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Files browsers and crawlers ask for at the site's root (/favicon.ico), served as they are.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Other coverage (articles/related) caches each article's term vector (about 6 KiB) and its ranked
# matches; one lookup reads up to ~550 articles, beyond Django's default of 300 cache entries.
CACHES = {"default": env.cache_url("DISPATCHES_CACHE_URL", default="locmemcache://dispatches")}
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    CACHES["default"].setdefault("OPTIONS", {})["MAX_ENTRIES"] = env.int(
        "DISPATCHES_CACHE_ENTRIES", default=5000
    )

# Which engine answers searches and holds the search data (articles/search/engines.py).
DISPATCHES_SEARCH_ENGINE = env.str("DISPATCHES_SEARCH_ENGINE", default="whoosh")
# Processes preparing rows in a full build of the PostgreSQL search data (0: one per core).
SEARCH_BUILD_WORKERS = env.int("DISPATCHES_SEARCH_BUILD_WORKERS", default=0)
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": "articles.search.whoosh.backend.DispatchesWhooshEngine",
        "PATH": str(SEARCH_INDEX_DIR),
    },
}
# Ingest and the admin update the index explicitly, in batches; no realtime
# indexing of every model save from web requests (STYLE.md).
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
# How long an index write waits for another writer before queueing its articles (PendingReindex).
SEARCH_INDEX_WRITE_TIMEOUT = env.int("DISPATCHES_INDEX_WRITE_TIMEOUT", default=60)
# How long a web request (an admin save) waits for the index; it leaves its change queued after that.
SEARCH_INDEX_REQUEST_TIMEOUT = env.float("DISPATCHES_INDEX_REQUEST_TIMEOUT", default=2.0)
# Word pairs make exact phrases fast and the index about three times larger (docs/search.md).
SEARCH_WORD_PAIRS = env.bool("DISPATCHES_WORD_PAIRS", default=True)
# How much one ingested file may hold (articles/pipeline/limits.py): past a limit the file or
# record is refused as too large, so no input can exhaust memory or stall an ingest.
INGEST_LIMITS = {
    "file_bytes": env.int("DISPATCHES_MAX_FILE_MB", default=4096) * 1024 * 1024,
    "page_bytes": env.int("DISPATCHES_MAX_PAGE_MB", default=5) * 1024 * 1024,
    "text_chars": env.int("DISPATCHES_MAX_TEXT_MB", default=1) * 1024 * 1024,
    "elements": env.int("DISPATCHES_MAX_PAGE_ELEMENTS", default=20_000),
}
# Processes that parse ingested files while the ingest stores and indexes (0: one per core);
# `manage.py ingest --workers N` overrides it, and 1 parses in the ingest's own process.
INGEST_WORKERS = env.int("DISPATCHES_INGEST_WORKERS", default=0)

# The read-only JSON API (articles/api/): public, so no authentication or sessions; JSON (and CSV
# on lists) chosen by ?format= alone; pages keyed on ids; errors as {"error": message}. Indented JSON
# with ", " separators, as the API always answered.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "articles.api.renderers.FormatParameterNegotiation",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "articles.api.pagination.IdCursorPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "articles.api.errors.api_exception_handler",
    "COMPACT_JSON": False,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Dispatches API",
    "DESCRIPTION": "The news archive's articles, speakers, quotations and search, read-only. "
    "Any list also comes as CSV with format=csv.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "ENUM_NAME_OVERRIDES": {
        "SpeakerKindEnum": "articles.models.Speaker.Kind",
        "QuoteKindEnum": "articles.models.Quote.Kind",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}
