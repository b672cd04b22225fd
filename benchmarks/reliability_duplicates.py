"""How well ingest tells the same page from another path: each extract-dev page ingested twice, as its
HTML and as its text dump (the same page with other boilerplate, read by another extractor).

    python -m benchmarks.reliability_duplicates [--pages 200] [--skip 0]

Ingests ``extract-dev/{aeb,wcxb}/html/<id>.html.gz`` then ``text/<id>.txt`` for ``--pages`` ids (both
sets, in name order, after ``--skip``) into a fresh archive of its own, then reads each article's
sources and prints:

- pages whose two copies became one article (a copy or a new version: ingest/duplicates.py), out
  of the pages both of whose copies were stored;
- wrong merges: articles holding sources of two different pages (must be 0); pages whose HTML is
  byte for byte the same (the corpus holds a few under two ids) count as one page;
- same-story links, and those between different pages.

The HTML and the text dump often disagree on the headline or the date (different extractors), which
the rule requires to agree: the first figure is a floor for re-scrapes of one format.
"""

import argparse
import gzip
import hashlib
import os
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from training.corpora import shared_dir

ROOT = Path(__file__).resolve().parents[1]

SETS = ("aeb", "wcxb")


def page_ids(count: int, skip: int) -> list[tuple[str, str]]:
    """(set, id) of pages having both an HTML file and a text dump, in name order."""
    ids = []
    for name in SETS:
        folder = shared_dir() / "corpus" / "extract-dev" / name
        ids += [(name, path.name.removesuffix(".txt")) for path in sorted((folder / "text").glob("*.txt"))]
    return ids[skip : skip + count]


def copy_pages(ids, folder: Path) -> tuple[Path, Path]:
    """Two folders: the pages' HTML files and their text dumps, each file named by its page id."""
    html, text = folder / "html", folder / "text"
    html.mkdir(parents=True)
    text.mkdir(parents=True)
    for name, page in ids:
        source = shared_dir() / "corpus" / "extract-dev" / name
        shutil.copy(source / "html" / f"{page}.html.gz", html / f"{page}.html.gz")
        shutil.copy(source / "text" / f"{page}.txt", text / f"{page}.txt")
    return html, text


def configure(data_dir: Path):
    os.environ["DISPATCHES_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def page_of(path: str) -> str:
    return Path(path).name.removesuffix(".gz").removesuffix(".html").removesuffix(".txt")


def same_pages(html: Path) -> dict[str, str]:
    """Each page id mapped to the first id of the pages with byte-identical HTML."""
    first: dict[str, str] = {}
    canonical = {}
    for path in sorted(html.iterdir()):
        digest = hashlib.sha256(gzip.decompress(path.read_bytes())).hexdigest()
        canonical[page_of(path.name)] = first.setdefault(digest, page_of(path.name))
    return canonical


def measure(html: Path, text: Path):
    from articles.ingest.run import ingest
    from articles.models import Article, ArticleSource

    started, cpu = time.perf_counter(), time.process_time()
    reports = [ingest([html], index=False), ingest([text], index=False)]
    canonical = same_pages(html)
    kinds, articles_by_page, pages_by_article = defaultdict(set), defaultdict(set), defaultdict(set)
    for article_id, path in ArticleSource.objects.values_list("article_id", "path"):
        page = canonical[page_of(path)]
        kinds[page].add(Path(path).parent.name)
        articles_by_page[page].add(article_id)
        pages_by_article[article_id].add(page)
    both = [page for page, seen in kinds.items() if len(seen) == 2]
    merged = [page for page in both if len(articles_by_page[page]) == 1]
    wrong = [pk for pk, pages in pages_by_article.items() if len(pages) > 1]
    links = list(Article.same_story.through.objects.values_list("from_article_id", "to_article_id"))
    cross = [pair for pair in links if pages_by_article[pair[0]] != pages_by_article[pair[1]]]
    twins = len(canonical) - len(set(canonical.values()))
    print(f"pages: {len(canonical)}, of which {twins} byte for byte the HTML of another (one page each)")
    print(f"ingest: html {reports[0].summary()}; text {reports[1].summary()}")
    print(f"ingest of the text dumps: {reports[1].copies_summary() or 'no copies or new versions'}")
    print(f"pages with both copies stored: {len(both)}; recognised as one article: {len(merged)}")
    print(f"wrong merges (one article, two pages): {len(wrong)}")
    print(f"same-story links: {len(links) // 2}, between different pages: {len(cross) // 2}")
    print(f"{time.perf_counter() - started:.0f} s wall, {time.process_time() - cpu:.0f} s CPU")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--skip", type=int, default=0)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="dispatches-duplicates-"))
    try:
        html, text = copy_pages(page_ids(args.pages, args.skip), workdir / "pages")
        configure(workdir / "data")
        measure(html, text)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
