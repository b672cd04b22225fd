"""The search page, its help page, and downloads of whole result sets and of attention over time."""

import csv
import json

from django.http import StreamingHttpResponse
from django.shortcuts import render

from articles.forms import SearchForm
from articles.presentation.attention import search_attention
from articles.search.chart import every_month
from articles.search.export import export_columns, export_rows
from articles.search.service import filter_choices
from articles.search.service import search as run_search


def search(request):
    form = SearchForm(request.GET, **filter_choices())
    results = run_search(form.search_params())
    context = {"form": form, "results": results, "chart": search_attention(results)}
    return render(request, "articles/search.html", context)


def search_help(request):
    return render(request, "articles/search_help.html", {"form": SearchForm()})


class Echo:
    """A file that hands back what is written, so csv.writer can feed a streaming response."""

    def write(self, value):
        return value


def search_export_csv(request):
    params = SearchForm(request.GET).search_params()
    columns = export_columns(params)
    writer = csv.DictWriter(Echo(), fieldnames=columns)
    rows = export_rows(params, request.build_absolute_uri)
    lines = (writer.writerow(row) for row in rows)
    header = writer.writerow(dict(zip(columns, columns, strict=True)))
    return _download(_chain([header], lines), "text/csv; charset=utf-8", f"dispatches-{params.mode}.csv")


def search_export_json(request):
    params = SearchForm(request.GET).search_params()
    rows = export_rows(params, request.build_absolute_uri)
    return _download(_json_document(params, rows), "application/json", f"dispatches-{params.mode}.json")


def attention_csv(request):
    params = SearchForm(request.GET).search_params()
    months = every_month(run_search(params).attention)
    writer = csv.writer(Echo())
    lines = [writer.writerow(["month", "count"])] + [writer.writerow(row) for row in months]
    return _download(iter(lines), "text/csv; charset=utf-8", "dispatches-attention.csv")


def _json_document(params, rows):
    yield json.dumps({"query": params.q, "mode": params.mode})[:-1] + ', "results": ['
    for number, row in enumerate(rows):
        yield ("," if number else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]}\n"


def _chain(*parts):
    for part in parts:
        yield from part


def _download(content, content_type, filename):
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
