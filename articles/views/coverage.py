from django.shortcuts import render

from articles.csv_export import csv_response
from articles.presentation.coverage import coverage as archive_coverage
from articles.presentation.coverage_map import coverage_map


def coverage(request):
    found = archive_coverage()
    if request.GET.get("format") == "csv":
        return csv_response("coverage.csv", _csv_header(found), _csv_rows(found))
    return render(request, "articles/coverage.html", {"coverage": found, "map": coverage_map(found)})


def _csv_header(found):
    return ["month", *(span.name for span in found.spans), "total"]


def _csv_rows(found):
    for row in found.month_rows():
        yield [row.month.strftime("%Y-%m"), *row.counts, row.total]
    if found.undated:
        yield ["undated", *(span.undated for span in found.spans), found.undated]
