"""Every CSV the site writes (API lists, search results, attention over time, coverage) goes
through here: streamed row by row, so an export of the whole archive never sits in memory, and
with each cell that a spreadsheet would run as a formula made plain text.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which spreadsheets
skip before looking) is a formula to Excel, LibreOffice and Google Sheets, and a scraped headline or
quotation can start with anything ("=HYPERLINK(...)"). Such cells get a leading apostrophe, the
neutralisation OWASP recommends ("CSV Injection"); numbers are written as they are.
"""

import csv

from django.http import StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def safe_cell(value):
    """``value`` as a spreadsheet will show it, never run it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class _Echo:
    """A file-like object that hands each written line back instead of storing it (Django's CSV recipe)."""

    def write(self, value):
        return value


def csv_lines(header: list[str], rows):
    """The CSV text of ``header`` and ``rows`` (lists of cells), one line at a time; the header too
    may hold scraped names (coverage's outlets)."""
    writer = csv.writer(_Echo())
    for row in _with_header(header, rows):
        yield writer.writerow([safe_cell(value) for value in row])


def _with_header(header, rows):
    yield header
    yield from rows


def csv_response(filename: str, header: list[str], rows) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
