"""CSV beside JSON, chosen by ``?format=csv``: lists stream every matching row through the project's
one CSV writer (articles/csv_export.py, which neutralises spreadsheet formulas)."""

from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import BaseRenderer

from articles.csv_export import csv_lines, csv_response

CSV_CHUNK = 1000  # rows read from the database at a time


class CsvRenderer(BaseRenderer):
    """Rows of a row serializer (columns.py) as CSV; ``stream`` is what lists use."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        rows = data if isinstance(data, list) else [data]
        header = list(rows[0]) if rows else []
        return "".join(csv_lines(header, ([row[name] for name in header] for row in rows))).encode()

    @staticmethod
    def stream(filename: str, row_serializer, objects):
        """Every object as a row, read and written a chunk at a time: a whole archive never sits in memory."""
        if hasattr(objects, "iterator"):
            objects = objects.iterator(chunk_size=CSV_CHUNK)
        header = list(row_serializer.fields)
        rows = (list(row_serializer.to_representation(obj).values()) for obj in objects)
        return csv_response(filename, header, rows)


class FormatParameterNegotiation(BaseContentNegotiation):
    """The ``format`` parameter alone picks the renderer (JSON when absent), never the Accept header:
    a browser's or a script's headers do not turn a list into CSV or into a 406, as they never did."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        by_format = {}
        for renderer in renderers:
            by_format.setdefault(renderer.format, renderer)
        wanted = request.query_params.get("format") or (
            "json" if "json" in by_format else renderers[0].format
        )
        if wanted not in by_format:
            raise ValidationError({"format": [f"must be {' or '.join(by_format)}"]})
        return by_format[wanted], by_format[wanted].media_type
