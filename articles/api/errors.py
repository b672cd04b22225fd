"""Every API error is JSON ``{"error": message}``, whatever format was asked for."""

from rest_framework.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.views import exception_handler


def api_exception_handler(exc, context):
    response = exception_handler(exc, context)  # DRF's: turns Http404 into NotFound, None when unknown
    if response is None:
        return None
    response.data = {"error": message(exc, response.status_code)}
    request = context.get("request")
    if request is not None:  # an error of a CSV download is still JSON, as it always was
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type
    return response


def message(exc, status: int) -> str:
    """One line: the parameter's name before each of its messages ("year must be from 1 to 9999")."""
    if status == 404:
        return "not found"
    if isinstance(exc, ValidationError) and isinstance(exc.detail, dict):
        return "; ".join(f"{name} {_first(errors)}" for name, errors in exc.detail.items())
    if isinstance(exc, ValidationError):
        return _first(exc.detail)
    return str(getattr(exc, "detail", exc))


def _first(errors) -> str:
    return str(errors[0] if isinstance(errors, list) else errors)
