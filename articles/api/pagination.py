"""Pages of a list keyed on ids: ``?after=<last id seen>&limit=<n>`` stays stable while the archive grows."""

from django.http import QueryDict

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
# The largest id a database column holds (SQLite's and PostgreSQL's 64-bit integers).
LARGEST_ID = 2**63 - 1


class BadRequest(ValueError):
    """A query parameter the API cannot use; its message says which and why."""


def integer(params: QueryDict, name: str, default=None, minimum=0, maximum=LARGEST_ID):
    """The parameter ``name`` as a whole number from ``minimum`` to ``maximum``; ``default`` when absent."""
    raw = params.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number, not {raw[:40]!r}") from None
    if not minimum <= value <= maximum:
        raise BadRequest(f"{name} must be from {minimum} to {maximum}")
    return value


def text(params: QueryDict, name: str) -> str:
    """The parameter ``name`` as text; a NUL character, which PostgreSQL cannot compare, is refused."""
    value = params.get(name, "")
    if "\x00" in value:
        raise BadRequest(f"{name} must not hold a NUL character")
    return value


def keyset_page(request, queryset, describe) -> dict:
    """The ``limit`` objects after id ``after``, in id order, with the total and the next page's URL."""
    after = integer(request.GET, "after", default=0)
    limit = min(integer(request.GET, "limit", default=DEFAULT_LIMIT, minimum=1), MAX_LIMIT)
    ordered = queryset.order_by("pk")
    objects = list(ordered.filter(pk__gt=after)[: limit + 1])
    more = len(objects) > limit
    objects = objects[:limit]
    return {
        "count": ordered.count(),
        "next": _next_url(request, objects[-1].pk, limit) if more else None,
        "results": [describe(obj) for obj in objects],
    }


def _next_url(request, last_id, limit):
    params = request.GET.copy()
    params["after"] = str(last_id)
    params["limit"] = str(limit)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
