"""How often "other coverage" shows the same story, on a labelled set written for it.

    python -m benchmarks.other_coverage [--dev] [--verbose]

Loads ``tests/fixtures/other_coverage.json`` (74 short news articles from fictional outlets: 27
stories told by two or three outlets, beside near misses of the same topic and the same days;
the thresholds were set on the ``tuning`` part, the ``held-out`` part was written afterwards)
into a throwaway archive with the three seed pages (``samples/``), then asks for each article's
other coverage, as its page does. Prints:

- precision: of the articles listed, the share that are the same story (an article of another
  story, or a seed listed beside a labelled article, is wrong); near misses are the wrong ones
  of the same topic;
- recall: of the pairs of outlets covering one story, the share listed;
- both for each part and for all, and whether the seeds still list each other.

``--dev`` adds the HTML pages of ``../shared/corpus/extract-dev/aeb`` (news of November 2019,
the labelled set's weeks) as distractors and prints what gets listed with them, to be read: they
carry no labels, and some may truly be the same story as a labelled article.
"""

import argparse
import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from training.corpora import shared_dir

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "other_coverage.json"
SEED = "seed"
ALL: dict[int, dict] = {}  # every labelled article stored, by article id


def configure(workdir: Path):
    os.environ["DISPATCHES_DATA_DIR"] = str(workdir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings.dev")
    os.environ["DJANGO_DEBUG"] = "false"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("ensure_search_index", verbosity=0)


def load_labelled() -> dict[int, dict]:
    """The labelled articles, stored; returns them by article id."""
    from articles.models import Article, Outlet

    stored = {}
    for number, item in enumerate(json.loads(FIXTURE.read_text(encoding="utf-8"))["articles"]):
        name = item["outlet"]
        outlet, _ = Outlet.objects.get_or_create(name=name, defaults={"slug": _slug(name)})
        article = Article.objects.create(
            outlet=outlet,
            title=item["title"],
            slug=Article.slug_for(item["title"]),
            body=item["body"],
            published_on=date.fromisoformat(item["published_on"]),
            language="en",
            source_key=f"labelled/{item['id']}",
            fingerprint=f"{number:064d}",
        )
        stored[article.pk] = item
    ALL.update(stored)
    return stored


def _slug(name: str) -> str:
    from django.utils.text import slugify

    return slugify(name)


def ingest(paths: list[Path]) -> list[int]:
    from articles.ingest.run import ingest as run_ingest
    from articles.models import Article

    before = set(Article.objects.values_list("pk", flat=True))
    run_ingest(paths, index=False)
    return sorted(set(Article.objects.values_list("pk", flat=True)) - before)


def index_everything():
    from articles.models import Article
    from articles.search import reindex_articles

    reindex_articles(list(Article.objects.values_list("pk", flat=True)))


def listed(article_ids) -> dict[int, list[int]]:
    from articles.models import Article
    from articles.related import other_coverage

    articles = Article.objects.published().in_bulk(article_ids)
    return {pk: [other.pk for other in other_coverage(articles[pk])] for pk in article_ids}


def score(labelled: dict[int, dict], seeds: list[int], boxes: dict[int, list[int]]):
    """(right, wrong, near misses, missed, pairs wanted) of the boxes of ``labelled`` (and ``seeds``)."""
    events = {pk: item["event"] for pk, item in ALL.items()} | dict.fromkeys(seeds, SEED)
    topics = {pk: item["topic"] for pk, item in ALL.items()} | dict.fromkeys(seeds, SEED)
    outlets = {pk: item["outlet"] for pk, item in ALL.items()}
    right, wrong = [], []
    for pk, others in boxes.items():
        for other in others:
            if (pk in labelled or pk in seeds) and other in events:
                (right if events[other] == events[pk] else wrong).append((pk, other))
    wanted = [
        (a, b)
        for a in labelled
        for b in ALL
        if a != b and events[a] == events[b] and outlets[a] != outlets[b]
    ]
    found = set(right)
    near = [pair for pair in wrong if topics[pair[0]] == topics[pair[1]]]
    return right, wrong, near, [pair for pair in wanted if pair not in found], len(wanted)


def report(labelled, seeds, boxes, verbose: bool):
    from articles.models import Article

    titles = dict(Article.objects.values_list("pk", "title"))
    for split in ("tuning", "held-out", "all"):
        chosen = {pk: item for pk, item in labelled.items() if split in ("all", item.get("split"))}
        mine = {pk: others for pk, others in boxes.items() if pk in chosen or split == "all"}
        right, wrong, near, missed, wanted = score(chosen, seeds if split == "all" else [], mine)
        shown = len(right) + len(wrong)
        precision = len(right) / shown if shown else 1.0
        recall = (wanted - len(missed)) / wanted if wanted else 1.0
        print(
            f"other coverage, {split} ({len(chosen)} articles): precision={precision:.3f} ({len(right)} of "
            f"{shown} listed are the same story; {len(near)} near misses of the same topic) "
            f"recall={recall:.3f} ({wanted - len(missed)} of {wanted} pairs)"
        )
        if split != "all" or not verbose:
            continue
        for label, pairs in (("wrong", wrong), ("missed", missed)):
            for a, b in pairs:
                print(f"  {label}: {titles[a][:60]!r} -> {titles[b][:60]!r}")
    seeds_ok = sum(1 for seed in seeds if set(boxes[seed]) >= set(seeds) - {seed})
    print(f"seeds listing each other: {seeds_ok} of {len(seeds)}")


def report_dev(dev: list[int], boxes: dict[int, list[int]]):
    from articles.models import Article

    titles = dict(Article.objects.values_list("pk", "title"))
    pairs = [(a, b) for a, others in boxes.items() for b in others if a in dev or b in dev]
    with_any = sum(1 for pk in dev if boxes.get(pk))
    print(f"dev pages: {len(dev)} ingested, {with_any} list other coverage; {len(pairs)} pairs involve them:")
    for a, b in pairs:
        print(f"  {titles[a][:60]!r} -> {titles[b][:60]!r}")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dev", action="store_true", help="add the aeb dev pages as unlabelled distractors")
    parser.add_argument("--verbose", action="store_true", help="list the pairs missed too")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dispatches-coverage-bench-") as workdir:
        configure(Path(workdir))
        labelled = load_labelled()
        seeds = ingest([ROOT / "samples"])
        dev = ingest([shared_dir() / "corpus" / "extract-dev" / "aeb" / "html"]) if options.dev else []
        index_everything()
        started, cpu = time.perf_counter(), time.process_time()
        boxes = listed([*labelled, *seeds, *dev])
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        report(labelled, seeds, boxes, options.verbose)
        if options.dev:
            report_dev(dev, boxes)
        load = os.getloadavg()[0]
        print(f"{len(boxes)} lookups in {elapsed:.1f} s (CPU {cpu:.1f} s), load average {load:.2f}")


if __name__ == "__main__":
    main()
