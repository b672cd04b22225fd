"""The same page from another path is the same article; other outlets' copies are the same story."""

import json
import shutil
from pathlib import Path

import pytest

from articles.ingest.outcomes import Outcome
from articles.ingest.run import ingest
from articles.models import Article, ArticleSource
from tests.conftest import SAMPLES
from tests.parsing.html_pages import MORE_PARAGRAPHS, PARAGRAPHS, page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index", "migration_data")]

RT_SEED = "003_f66094d2c08a4563.txt"
UPDATED_SENTENCE = (
    "Moscow and Tokyo remain stuck in uneasy talks over the long territorial dispute, "
    "officials said on Monday."
)
OTHER_NAVIGATION = "Home\nNews\nRussia\nWorld News\nBusiness\nIn Vision\n"


def snapshot() -> dict:
    articles = Article.objects.order_by("pk").values_list("pk", "updated_at", "body", "title", "slug")
    sources = ArticleSource.objects.order_by("pk").values_list("pk", "article_id", "key", "fingerprint")
    links = Article.same_story.through.objects.order_by("pk").values_list("from_article_id", "to_article_id")
    return {"articles": list(articles), "sources": list(sources), "links": list(links)}


def rescraped(folder, name=RT_SEED):
    """The RT seed as a second scrape saw it: other navigation around it, one paragraph updated."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    text = text.replace(
        "Currently, Moscow and Tokyo are stuck in uneasy talks over the simmering territorial dispute.",
        UPDATED_SENTENCE,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "rt-peace-treaty.txt"
    path.write_text(f"{OTHER_NAVIGATION}{text}\nTrends\nPodcasts\n", encoding="utf-8")
    return path


def test_a_copied_folder_adds_sources_to_the_same_articles(seed_dir, tmp_path):
    ingest([seed_dir])
    copy = shutil.copytree(seed_dir, tmp_path / "copied" / "seeds")

    report = ingest([copy])

    assert report.counts[Outcome.COPY] == 3
    assert Article.objects.count() == 3
    for article in Article.objects.all():
        folders = sorted(str(Path(source.path).parent) for source in article.sources.all())
        assert folders == sorted([str(seed_dir.resolve()), str(copy.resolve())])


def test_ingesting_both_paths_twice_changes_nothing_the_second_time(seed_dir, tmp_path):
    moved = tmp_path / "reorganised" / "2019" / "january"
    shutil.copytree(seed_dir, moved)
    ingest([seed_dir, moved])
    before = snapshot()

    report = ingest([seed_dir, moved])

    assert report.counts[Outcome.UNCHANGED] == 6
    assert report.nothing_changed
    assert snapshot() == before
    assert Article.objects.count() == 3
    assert ArticleSource.objects.count() == 6


def test_a_rescrape_with_other_boilerplate_and_an_updated_paragraph_updates_the_article(seed_dir, tmp_path):
    ingest([seed_dir])
    article = Article.objects.get(sources__path__endswith=RT_SEED)

    report = ingest([rescraped(tmp_path / "rescrape")])

    assert report.counts[Outcome.NEW_VERSION] == 1
    assert Article.objects.count() == 3
    article.refresh_from_db()
    assert UPDATED_SENTENCE in article.body
    assert article.sources.count() == 2
    assert all(article.body[quote.start : quote.end] == quote.text for quote in article.quotes.all())


def test_a_rescrape_ingested_again_with_the_original_changes_nothing(seed_dir, tmp_path):
    page = rescraped(tmp_path / "rescrape")
    ingest([seed_dir, page])
    before = snapshot()

    report = ingest([seed_dir, page])

    assert report.nothing_changed
    assert snapshot() == before


def test_the_article_page_lists_every_source(client, seed_dir, tmp_path):
    ingest([seed_dir])
    ingest([shutil.copytree(seed_dir, tmp_path / "elsewhere")])
    article = Article.objects.get(sources__path__endswith=f"elsewhere/{RT_SEED}")

    page = client.get(article.get_absolute_url()).content.decode()

    assert f"seeds/{RT_SEED}" in page
    assert f"elsewhere/{RT_SEED}" in page


def test_the_same_headline_from_one_outlet_on_other_days_stays_separate_articles(tmp_path):
    briefing = "Press briefing by the Foreign Ministry spokesperson"
    lines = [
        {
            "url": f"https://example.org/briefing/{day}",
            "outlet": "Example",
            "title": briefing,
            "date": f"2019-01-{day}",
            "body": f"On {day} January the spokesperson answered questions about {topic}. " * 3,
        }
        for day, topic in [(10, "the Kuril Islands"), (17, "sanctions on steel exports")]
    ]
    (tmp_path / "briefings.jsonl").write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")

    report = ingest([tmp_path / "briefings.jsonl"])

    assert report.counts[Outcome.CREATED] == 2


def syndicated(tmp_path, body):
    records = [
        {"url": "https://wire.example/a", "outlet": "Northern Wire", "title": "Peace talks stall"},
        {"url": "https://harbour.example/a", "outlet": "Harbour Gazette", "title": "Talks stall"},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps({**record, "body": body}) for record in records), encoding="utf-8")
    return path


def test_syndicated_copies_on_other_outlets_stay_separate_and_are_linked_as_the_same_story(client, tmp_path):
    body = json.loads((SAMPLES.parent / "tests" / "fixtures" / "expected.json").read_text())[RT_SEED]["body"]

    report = ingest([syndicated(tmp_path, body)])

    assert report.counts[Outcome.CREATED] == 2
    wire, gazette = (Article.objects.get(outlet__name=name) for name in ["Northern Wire", "Harbour Gazette"])
    assert list(wire.same_story.all()) == [gazette]
    assert list(gazette.same_story.all()) == [wire]
    page = client.get(wire.get_absolute_url()).content.decode()
    assert "Harbour Gazette" in page and gazette.get_absolute_url() in page


def html_and_dump(folder, *, updated: bool):
    """The same story as a saved page and as a text dump of it (with its last paragraph longer)."""
    title = "Lavrov and Kono discuss the islands"
    paragraphs = [*PARAGRAPHS, *MORE_PARAGRAPHS]
    date_meta = '<meta property="article:published_time" content="2019-01-14T10:00:00Z">'
    date_meta += '<link rel="canonical" href="https://www.dailyplanet.example/world/islands">'
    article = f"<h1>{title}</h1>" + "".join(f"<p>{text}</p>" for text in paragraphs)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "islands.html").write_text(page(head=f"<title>{title}</title>{date_meta}", article=article))
    if updated:
        paragraphs[-1] += " A further round is planned for the spring."
    dump = ["Home", "World", "Business", "Sport", title, "14 January 2019", *paragraphs, "Most read"]
    (folder / "islands.txt").write_text("\n".join(dump), encoding="utf-8")
    return folder / "islands.html", folder / "islands.txt"


def test_a_text_dump_of_a_page_read_from_its_html_is_a_source_that_leaves_the_html_text(tmp_path):
    html, dump = html_and_dump(tmp_path, updated=True)
    ingest([html])

    report = ingest([dump])

    assert report.counts[Outcome.COPY] == 1
    article = Article.objects.get()
    assert article.outlet is not None  # the HTML names its site; the dump does not
    assert not article.same_story.exists()
    assert article.source_path.endswith("islands.html")
    assert "further round" not in article.body
    names = sorted(Path(source.path).name for source in article.sources.all())
    assert names == ["islands.html", "islands.txt"]


def test_the_html_of_a_page_first_read_from_a_text_dump_updates_it(tmp_path):
    html, dump = html_and_dump(tmp_path, updated=True)
    ingest([dump])

    assert Article.objects.get().outlet is None
    report = ingest([html])

    assert report.counts[Outcome.NEW_VERSION] == 1
    article = Article.objects.get()
    assert article.source_path.endswith("islands.html")
    assert article.outlet is not None


def test_a_record_of_unknown_outlet_matching_two_outlets_copies_is_an_article_of_its_own(tmp_path):
    body = json.loads((SAMPLES.parent / "tests" / "fixtures" / "expected.json").read_text())[RT_SEED]["body"]
    records = [
        {"url": "https://wire.example/a", "outlet": "Northern Wire"},
        {"url": "https://harbour.example/a", "outlet": "Harbour Gazette"},
        {},  # a copy that does not say where it was published
    ]
    wire = tmp_path / "wire.jsonl"
    lines = [json.dumps({**record, "title": "Talks stall", "body": body}) for record in records]
    wire.write_text("\n".join(lines))

    report = ingest([wire])

    assert report.counts[Outcome.CREATED] == 3
    assert not Article.objects.get(outlet=None).same_story.exists()
