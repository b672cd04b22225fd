"""Development: debug on unless the environment says otherwise, a throwaway key."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-dispatches"  # noqa: F405
