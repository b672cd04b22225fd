"""The search page, its help page, and downloads of whole result sets and of attention over time."""

import json

from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render

from articles.csv_export import csv_response
from articles.forms import SearchForm
from articles.presentation.attention import search_attention
from articles.search import every_month, export_columns, export_rows, filter_choices, query_limits
from articles.search import search as run_search


def search(request):
    form = SearchForm(request.GET, **filter_choices())
    results = run_search(form.search_params())
    context = {"form": form, "results": results, "chart": search_attention(results)}
    return render(request, "articles/search.html", context)


def search_help(request):
    return render(request, "articles/search_help.html", {"form": SearchForm(), "limits": query_limits()})


def download_form(view):
    """A download is a whole result set: a bad parameter is refused (400, saying which), not left out."""

    def checked(request):
        form = SearchForm(request.GET)
        if form.is_valid():
            return view(request, form.search_params())
        problems = [f"{form[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()]
        return HttpResponseBadRequest("\n".join(problems) + "\n", content_type="text/plain; charset=utf-8")

    return checked


@download_form
def search_export_csv(request, params):
    columns = export_columns(params)
    rows = ([row[column] for column in columns] for row in export_rows(params, request.build_absolute_uri))
    return csv_response(f"dispatches-{params.mode}.csv", columns, rows)


@download_form
def search_export_json(request, params):
    rows = export_rows(params, request.build_absolute_uri)
    return _download(_json_document(params, rows), "application/json", f"dispatches-{params.mode}.json")


@download_form
def attention_csv(request, params):
    months = every_month(run_search(params).attention)
    return csv_response("dispatches-attention.csv", ["month", "count"], months)


def _json_document(params, rows):
    yield json.dumps({"query": params.q, "mode": params.mode})[:-1] + ', "results": ['
    for number, row in enumerate(rows):
        yield ("," if number else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]}\n"


def _download(content, content_type, filename):
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
