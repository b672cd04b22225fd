"""Lists come in pages keyed on ids (DRF's cursor pagination), so a page neither repeats nor skips
anything while the archive grows: ``{count, next, results}``; follow ``next``, or start after a
known id with ``?after=<id>`` (the API's first paging parameter, still taken)."""

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import Cursor, CursorPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param

from .params import LARGEST_ID, WholeNumberField, parameter

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
BAD_CURSOR = "must be the cursor of a next link this API gave"


class IdCursorPagination(CursorPagination):
    ordering = "pk"
    page_size = DEFAULT_LIMIT
    page_size_query_param = "limit"
    page_size_query_description = f"results per page, 1 to {MAX_LIMIT} (larger asks get {MAX_LIMIT})"
    max_page_size = MAX_LIMIT
    cursor_query_description = "where the page starts: the value in the previous page's next link"

    def paginate_queryset(self, queryset, request, view=None):
        self.count = queryset.count()
        page = super().paginate_queryset(queryset, request, view)
        # ``after`` starts a list; the next links carry a cursor instead.
        self.base_url = remove_query_param(self.base_url, "after")
        return page

    def get_page_size(self, request):
        limit = parameter(request, "limit", WholeNumberField(min_value=1), default=self.page_size)
        return min(limit, self.max_page_size)

    def decode_cursor(self, request):
        if self.cursor_query_param not in request.query_params:
            after = parameter(request, "after", WholeNumberField())
            return None if after is None else Cursor(offset=0, reverse=False, position=str(after))
        try:
            cursor = super().decode_cursor(request)
        except NotFound:  # DRF's answer to a cursor it cannot read; here it is a bad parameter, a 400
            raise ValidationError({self.cursor_query_param: [BAD_CURSOR]}) from None
        if cursor.position is not None and not _is_id(cursor.position):
            raise ValidationError({self.cursor_query_param: [BAD_CURSOR]})
        return cursor

    def get_paginated_response(self, data):
        return Response({"count": self.count, "next": self.get_next_link(), "results": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["count", "next", "results"],
            "properties": {
                "count": {"type": "integer", "description": "matching objects in all pages"},
                "next": {
                    "type": "string",
                    "format": "uri",
                    "nullable": True,
                    "description": "the next page, or null on the last",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        after = {
            "name": "after",
            "required": False,
            "in": "query",
            "description": "start after this id (ids are stable)",
            "schema": {"type": "integer"},
        }
        return [*super().get_schema_operation_parameters(view), after]


def _is_id(position: str) -> bool:
    """A position DRF would hand to ``pk__gt`` unchecked: only an id a database column can hold."""
    return position.isascii() and position.isdigit() and int(position) <= LARGEST_ID
