"""What "other coverage" costs on a large archive, and how much it lists on real news.

Builds a throwaway archive of ``--articles`` articles (default 100,000) spread
over ``--years`` years and ``--outlets`` outlets, with bodies taken from the
PolNeAR news corpus in ../shared/corpus/quotes/ (override the folder with
DISPATCHES_SHARED_DIR), then times the lookup for a sample of articles:

- cold: empty cache, every candidate's term counts computed;
- warm: term counts cached, the ranking recomputed (after any article changes);
- cached: the ranked ids read from the cache (the usual page view).

It also runs the lookup over PolNeAR itself (real publishers and dates) and
prints how many articles get other coverage and how many items they list.

    python -m benchmarks.coverage [--articles 100000] [--sample 40]
"""

import argparse
import json
import os
import pickle
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from training.corpora import shared_dir

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings.test")


def polnear() -> list[dict]:
    folder = shared_dir() / "corpus" / "quotes"
    rows = []
    for name in ("polnear-train.jsonl", "polnear-dev.jsonl"):
        with open(folder / name, encoding="utf-8") as lines:
            rows.extend(json.loads(line) for line in lines)
    return rows


def setup_django():
    import django
    from django.conf import settings

    # A cache big enough for the window's term counts, as production should configure.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 500_000},
        }
    }
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build_archive(texts, count, years, outlets, seed=1):
    from articles.models import Article, Outlet

    rng = random.Random(seed)
    outlet_rows = [Outlet.objects.create(name=f"Outlet {n}", slug=f"outlet-{n}") for n in range(outlets)]
    first_day, days = date(2015, 1, 1), 365 * years
    batch = []
    for n in range(count):
        text = rng.choice(texts)
        batch.append(
            Article(
                outlet=rng.choice(outlet_rows),
                published_on=first_day + timedelta(days=rng.randrange(days)),
                title=text["title"][:500],
                slug=f"a{n}",
                body=text["text"],
                language="en",
                source_key=f"bench-{n}",
                fingerprint=f"{n:064d}",
            )
        )
        if len(batch) == 5000:
            Article.objects.bulk_create(batch)
            batch = []
    Article.objects.bulk_create(batch)


def time_lookups(sample):
    from django.core.cache import cache

    from articles.related import other_coverage, similar_ids
    from articles.related.candidates import candidate_keys

    cache.clear()
    cold = [_seconds(similar_ids, article) for article in sample]
    warm = [_seconds(similar_ids, article) for article in sample]
    for article in sample:
        other_coverage(article)
    cached = [_seconds(other_coverage, article) for article in sample]
    candidates = [len(candidate_keys(article)) for article in sample]
    return cold, warm, cached, candidates


def cached_entry_size(article):
    from articles.related.vectors import vector_of

    return len(pickle.dumps(vector_of(article)))


def polnear_listing(texts):
    """Run the lookup over PolNeAR's own articles: real publishers, real dates."""
    from articles.models import Article, Outlet
    from articles.related import similar_ids

    Article.objects.all().delete()
    publishers = sorted({text["publisher"] for text in texts})
    outlets = {name: Outlet.objects.create(name=f"PolNeAR {name}", slug=f"p-{name}") for name in publishers}
    Article.objects.bulk_create(
        Article(
            outlet=outlets[text["publisher"]],
            published_on=date.fromisoformat(text["date"]),
            title=text["title"][:500],
            slug=f"p{n}",
            body=text["text"],
            language="en",
            source_key=f"polnear-{n}",
            fingerprint=f"{n:064d}",
        )
        for n, text in enumerate(texts)
    )
    return [len(similar_ids(article)) for article in Article.objects.all()]


def _seconds(function, article):
    start = time.perf_counter()
    function(article)
    return time.perf_counter() - start


def _ms(values):
    ordered = sorted(values)
    p90 = ordered[int(0.9 * len(ordered))]
    return f"median {statistics.median(ordered) * 1000:.0f} ms, p90 {p90 * 1000:.0f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--outlets", type=int, default=20)
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args()

    texts = polnear()
    setup_django()
    from articles.models import Article

    started = time.perf_counter()
    build_archive(texts, args.articles, args.years, args.outlets)
    built = time.perf_counter() - started
    shape = f"{args.articles} articles, {args.outlets} outlets, {args.years} years"
    print(f"archive: {shape} (built in {built:.0f} s)")
    ids = list(Article.objects.values_list("pk", flat=True))
    sample = list(Article.objects.filter(pk__in=random.Random(2).sample(ids, args.sample)))
    cold, warm, cached, candidates = time_lookups(sample)
    print(f"candidates per article: median {statistics.median(candidates):.0f}, max {max(candidates)}")
    print(f"cold (nothing cached):      {_ms(cold)}")
    print(f"warm (term counts cached):  {_ms(warm)}")
    print(f"cached result (page view):  {_ms(cached)}")
    print(f"cache entry per article:    {cached_entry_size(sample[0]) / 1024:.1f} KiB (term vector)")

    listed = polnear_listing(texts)
    some = [n for n in listed if n]
    share = f"{len(some)} ({len(some) / len(listed):.0%})"
    items = f"median {statistics.median(some):.0f}, max {max(some)}"
    print(f"PolNeAR ({len(listed)} articles, 2015-16): {share} list other coverage; items listed: {items}")


if __name__ == "__main__":
    main()
