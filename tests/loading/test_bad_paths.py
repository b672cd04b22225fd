"""Paths an ingest meets: FIFOs, links and undecodable names are read or reported, never hang or crash."""

import os
import threading

import pytest

from articles.ingest.outcomes import Outcome
from articles.ingest.run import ingest, parse_paths
from articles.models import Article, ArticleSource
from articles.pipeline import ParseFailure

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def _parsed_within(paths, seconds=30):
    """What parse_paths yields, or None when it is still reading after ``seconds`` (blocked)."""
    results = []
    reader = threading.Thread(target=lambda: results.extend(parse_paths(paths, ())), daemon=True)
    reader.start()
    reader.join(seconds)
    return None if reader.is_alive() else results


def _failures(results) -> dict[str, str]:
    return {item.source.rsplit("/", 1)[-1]: item.reason for item in results if isinstance(item, ParseFailure)}


def test_a_fifo_named_on_the_command_line_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    results = _parsed_within([fifo])

    assert results is not None
    assert _failures(results) == {"pipe.txt": "cannot read the file: not a regular file (a FIFO)"}


def test_a_fifo_inside_a_folder_is_reported(seed_dir):
    os.mkfifo(seed_dir / "pipe.html")

    results = _parsed_within([seed_dir])

    assert _failures(results) == {"pipe.html": "cannot read the file: not a regular file (a FIFO)"}
    assert len(results) == 4


def test_a_symlinked_file_named_on_the_command_line_is_stored_under_its_own_path(seed_dir, tmp_path):
    target = next(seed_dir.glob("003_*.txt"))
    link = tmp_path / "link.txt"
    link.symlink_to(target)

    ingest([link])

    [article] = Article.objects.all()
    assert article.source_path.endswith("/link.txt")


def test_a_symlinked_file_inside_the_folder_is_a_source_under_its_own_path(seed_dir):
    (seed_dir / "link.txt").symlink_to(next(seed_dir.glob("003_*.txt")))

    report = ingest([seed_dir])

    assert report.counts[Outcome.CREATED] == 3
    paths = [path.rsplit("/", 1)[-1] for path in ArticleSource.objects.values_list("path", flat=True)]
    assert "link.txt" in paths


def test_links_leading_outside_the_folder_are_not_followed_and_broken_links_are_reported(seed_dir, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Not for the archive. " * 50)
    (outside / "folder").mkdir()
    (seed_dir / "out.txt").symlink_to(outside / "secret.txt")
    (seed_dir / "out-folder").symlink_to(outside / "folder")
    (seed_dir / "broken.txt").symlink_to(seed_dir / "missing.txt")

    report = ingest([seed_dir])

    assert report.counts[Outcome.CREATED] == 3
    reasons = {failure.source.rsplit("/", 1)[-1]: failure.reason for failure in report.failures}
    assert reasons.keys() == {"out.txt", "out-folder", "broken.txt"}
    assert "leading outside" in reasons["out.txt"] and "not followed" in reasons["out-folder"]
    assert reasons["broken.txt"].startswith("a broken symbolic link")
    assert not Article.objects.filter(body__contains="Not for the archive").exists()


def test_a_file_name_that_is_not_utf8_is_stored_with_its_bytes_escaped(seed_dir):
    source = next(seed_dir.glob("004_*.txt"))
    renamed = os.path.join(os.fsencode(seed_dir), b"caf\xe9.txt")
    os.rename(source, renamed)

    report = ingest([seed_dir])

    assert report.counts[Outcome.CREATED] == 3
    assert Article.objects.filter(source_path__endswith="caf\\xe9.txt").exists()
