"""`manage.py ingest --workers N`: files parsed in N processes give the archive one process gives."""

import multiprocessing
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.ingest.run import ingest
from articles.models import Article, ArticleSource, Outlet, PendingReindex, Quote, Speaker
from tests.crashes.pages import write_pages as write_dispatches
from tests.index_probe import indexed_articles
from tests.parsing.html_pages import page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index"), pytest.mark.slow]

QUOTED = (
    '<p>"We will not give up a single island," Foreign Minister Sergei Lavrov told reporters in Moscow '
    "on Monday after the talks.</p><p>Japan's prime minister said: \"The talks were constructive and "
    'we will meet again before the summer."</p>'
)


def run_ingest(*args):
    out, err = StringIO(), StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def mixed_folder(seed_dir):
    """Seeds, their copies and new versions, pages of sites the archive has not seen, and a bad file."""
    write_dispatches(seed_dir / "dispatches", 8)
    shutil.copy(next(seed_dir.glob("004_*.txt")), seed_dir / "004-copy.txt")
    for number, site in enumerate(["Wired", "The Verge", "Wired", "Politico"]):
        head = (
            f'<link rel="canonical" href="https://{site.lower().replace(" ", "")}.com/story/{number}">'
            f'<meta property="og:site_name" content="{site}"><title>Island talks, part {number}</title>'
            '<meta property="article:published_time" content="2019-11-15">'
        )
        (seed_dir / f"site-{number}.html").write_text(page(head=head, before=QUOTED), encoding="utf-8")
    (seed_dir / "empty.txt").write_bytes(b" \n")
    return seed_dir


def archive_contents() -> dict:
    """What a reader of the archive sees, without database ids."""
    return {
        "articles": sorted(
            Article.objects.values_list("source_key", "slug", "title", "body", "outlet__name", "published_on")
        ),
        "sources": sorted(ArticleSource.objects.values_list("key", "article__source_key", "fingerprint")),
        "quotes": sorted(Quote.objects.values_list("article__source_key", "text", "speaker__name", "start")),
        "speakers": sorted(Speaker.objects.values_list("name", flat=True)),
        "outlets": sorted(Outlet.objects.values_list("name", "home_domain")),
    }


def forget_ingested(outlets_before):
    Article.objects.all().delete()
    Speaker.objects.all().delete()
    Outlet.objects.exclude(pk__in=outlets_before).delete()


def test_one_worker_and_two_give_the_same_articles_quotes_speakers_and_outlets(mixed_folder):
    outlets_before = list(Outlet.objects.values_list("pk", flat=True))
    in_process_out, _ = run_ingest(mixed_folder, "--workers", "1")
    in_process = archive_contents()
    forget_ingested(outlets_before)

    workers_out, _ = run_ingest(mixed_folder, "--workers", "2")

    assert archive_contents() == in_process
    assert workers_out == in_process_out
    assert "1 failed" in workers_out and "copies" in workers_out
    assert in_process["quotes"] and len(in_process["outlets"]) > len(outlets_before)


def test_a_dry_run_with_two_workers_prints_what_one_prints(mixed_folder):
    in_process, _ = run_ingest("--dry-run", mixed_folder, "--workers", "1")

    in_workers, _ = run_ingest("--dry-run", mixed_folder, "--workers", "2")

    assert in_workers == in_process and len(in_process.splitlines()) == 17
    assert not Article.objects.exists()


def test_the_index_is_written_as_with_one_worker(mixed_folder):
    run_ingest(mixed_folder, "--workers", "2")

    assert not PendingReindex.objects.exists()
    assert set(indexed_articles()) == set(Article.objects.values_list("pk", flat=True))


def test_progress_counts_files_as_with_one_worker(mixed_folder):
    _, err = run_ingest(mixed_folder, "--workers", "2")

    assert "Ingested 17 of 17 files" in err


def test_the_ingest_limits_apply_in_the_workers(seed_dir, settings):
    settings.INGEST_LIMITS = {**settings.INGEST_LIMITS, "text_chars": 1000}

    out, err = run_ingest(seed_dir, "--workers", "2")

    assert "0 created" in out and "3 failed" in out
    assert err.count("too large") == 3


def test_ctrl_c_stops_the_workers_and_keeps_what_was_stored(mixed_folder):
    def interrupted_on_the_sixth_file(files):
        for number, path in enumerate(files):
            if number == 5:
                raise KeyboardInterrupt
            yield path

    with pytest.raises(KeyboardInterrupt):
        ingest([mixed_folder], progress=interrupted_on_the_sixth_file, workers=2)

    assert multiprocessing.active_children() == []
    assert Article.objects.count() == 4  # five files read, 004-copy.txt and 004_*.txt one article


def test_the_command_says_how_to_go_on_after_ctrl_c(mixed_folder, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("articles.management.commands.ingest.ingest", interrupted)

    with pytest.raises(CommandError, match="Interrupted") as raised:
        run_ingest(mixed_folder, "--workers", "2")
    assert raised.value.returncode == 130


@pytest.mark.parametrize("count", ["0", "-1", "two"])
def test_a_worker_count_that_is_not_a_positive_number_is_a_clear_error(seed_dir, count):
    with pytest.raises(CommandError, match="not a number of processes"):
        run_ingest(seed_dir, "--workers", count)
