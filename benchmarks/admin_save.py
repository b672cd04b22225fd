"""How long a curator waits when saving an article in the admin, on the sample articles.

    python -m benchmarks.admin_save [--runs 10] [--profile]

Migrates a throwaway database and index, ingests samples/, logs in a superuser with Django's
test client and, for each sample article, opens its change form and saves it (as is, then with a
new title, then back), the way a browser posts the form: the inline quotes included. Prints the
median and 95th percentile of the save requests (the POST and the redirect it answers with are
timed apart) in milliseconds, and the process's CPU time. The index write happens after the
request's transaction commits, inside the request, so it is counted.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.search import configure

ROOT = Path(__file__).resolve().parents[1]


def prepare():
    from django.contrib.auth.models import User
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("ensure_search_index", verbosity=0)
    call_command("ingest", str(ROOT / "samples"), verbosity=0)
    User.objects.create_superuser("bench", "bench@example.com", "bench-password")


def form_data(client, url) -> dict:
    """What a browser posts back from the change form at ``url``, unchanged."""
    from bs4 import BeautifulSoup

    page = BeautifulSoup(client.get(url).content, "lxml")
    form = page.select_one("#article_form")
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "")
        if kind in ("submit", "button", "file") or (kind == "checkbox" and not field.has_attr("checked")):
            continue
        if field.name == "textarea":
            value = field.text.removeprefix("\n")
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            value = chosen["value"] if chosen else ""
        else:
            value = field.get("value", "on" if kind == "checkbox" else "")
        data.setdefault(name, []).append(value.replace("\n", "\r\n") if field.name == "textarea" else value)
    return data


def timed_save(client, url, data) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one save request."""
    started, cpu = time.perf_counter(), time.process_time()
    response = client.post(url, data)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert response.status_code == 302, f"{url}: {response.status_code} {_errors(response)}"
    return elapsed * 1000, cpu * 1000


def _errors(response) -> str:
    from bs4 import BeautifulSoup

    return " ".join(
        node.get_text(" ", strip=True)
        for node in BeautifulSoup(response.content, "lxml").select(".errorlist")
    )


def run(runs: int) -> list[tuple[float, float]]:
    from django.test import Client
    from django.urls import reverse

    from articles.models import Article

    client = Client()
    client.login(username="bench", password="bench-password")
    timings = []
    for _ in range(runs):
        for article in Article.objects.order_by("pk"):
            url = reverse("admin:articles_article_change", args=[article.pk])
            data = form_data(client, url)
            timings.append(timed_save(client, url, data))
            title = data["title"][0]
            timings.append(timed_save(client, url, {**data, "title": [title + " (checked)"]}))
            timings.append(timed_save(client, url, {**data, "title": [title]}))
    return timings


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10, help="rounds over the samples (3 saves each)")
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dispatches-admin-bench-") as workdir:
        configure(Path(workdir))
        prepare()
        run(1)  # warm: templates, the index snapshot, imports
        profiler = cProfile.Profile() if options.profile else None
        if profiler:
            profiler.enable()
        timings = run(options.runs)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    print(f"admin article saves: n={len(timings)}, load average {os.getloadavg()[0]:.2f}")
    for name, values in (("wall", [wall for wall, _ in timings]), ("CPU", [cpu for _, cpu in timings])):
        values.sort()
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        print(
            f"  {name}: median {statistics.median(values):.0f} ms, p95 {p95:.0f} ms, max {values[-1]:.0f} ms"
        )


if __name__ == "__main__":
    main()
