"""Lists as CSV, streamed row by row so an export of the whole archive never sits in memory."""

import csv

from django.http import StreamingHttpResponse


class _Echo:
    """A file-like object that hands each written line back instead of storing it (Django's CSV recipe)."""

    def write(self, value):
        return value


def csv_response(filename: str, header: list[str], rows) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    lines = (writer.writerow(row) for row in _with_header(header, rows))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _with_header(header, rows):
    yield header
    yield from rows
