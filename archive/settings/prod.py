"""Production: refuses to start with a weak or missing secret key, debug on, or no explicit storage paths."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

# Django's own deploy check calls a key weak below these (security.W009); production refuses it.
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_CHARACTERS = 5

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY: production will not run with a missing secret key.")
if len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH or len(set(SECRET_KEY)) < SECRET_KEY_MIN_CHARACTERS:  # noqa: F405
    raise ImproperlyConfigured(
        f"DJANGO_SECRET_KEY is weak: use at least {SECRET_KEY_MIN_LENGTH} random characters, e.g. from "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )
if "DISPATCHES_DATA_DIR" not in env.ENVIRON:
    raise ImproperlyConfigured("Set DISPATCHES_DATA_DIR: production needs an explicit place for its data.")
if "*" in ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must name the site's hosts, not '*'.")
if env.bool("DJANGO_DEBUG", default=False):
    raise ImproperlyConfigured("DJANGO_DEBUG=true: production will not show debug pages to the world.")

DEBUG = False
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# Trusting X-Forwarded-Proto is safe only behind a proxy that sets it (and drops what clients send):
# anywhere else a client could claim HTTPS over plain HTTP.
if env.bool("DJANGO_TRUST_X_FORWARDED_PROTO", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
