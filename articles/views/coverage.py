from django.shortcuts import render

from articles.csv_export import csv_response
from articles.presentation.coverage import coverage_table


def coverage(request):
    table = coverage_table()
    if request.GET.get("format") == "csv":
        return csv_response("coverage.csv", _csv_header(table), _csv_rows(table))
    return render(request, "articles/coverage.html", {"table": table})


def _csv_header(table):
    return ["month", *(span.outlet.name for span in table.outlets), "total"]


def _csv_rows(table):
    for row in table.months:
        yield [row.month.strftime("%Y-%m"), *row.counts, row.total]
