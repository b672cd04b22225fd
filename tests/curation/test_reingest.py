"""Re-ingesting a source leaves what curators did alone, and says how many such articles it met."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.curation.speakers import merge_speakers
from articles.ingest.loader import load_article
from articles.ingest.outcomes import Outcome
from articles.ingest.outlets import OutletDirectory
from articles.ingest.run import ingest
from articles.models import Article, Quote, Speaker
from articles.pipeline import ParsedArticle, ParsedQuote
from tests.curation.sources import write_dump
from tests.factories import make_quote

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


@pytest.fixture
def source(tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    return write_dump(folder, "talks.txt", "Ministers met in Tokyo to discuss the islands.")


def edit_source(path):
    path.write_text(path.read_text(encoding="utf-8").replace("Tokyo", "Osaka"), encoding="utf-8")


def test_a_curated_title_survives_re_ingest_while_uncurated_fields_update(source):
    ingest([source])
    article = Article.objects.get()
    article.title, article.curated_fields = "Kono and Lavrov meet in Tokyo", ["title"]
    article.save()
    edit_source(source)

    report = ingest([source])

    article.refresh_from_db()
    assert report.counts[Outcome.UPDATED] == 1
    assert article.title == "Kono and Lavrov meet in Tokyo"
    assert "Osaka" in article.body


def test_a_hidden_article_stays_hidden_after_re_ingest(source):
    ingest([source])
    Article.objects.update(is_visible=False)
    edit_source(source)

    ingest([source])

    assert not Article.objects.get().is_visible


def test_a_verified_quote_survives_re_ingest_of_an_edited_source(source):
    ingest([source])
    article = Article.objects.get()
    verified = make_quote(article, None, text="The talks lasted four hours", status=Quote.Status.VERIFIED)
    edit_source(source)

    ingest([source])

    assert Quote.objects.get(pk=verified.pk).status == Quote.Status.VERIFIED


def test_quotes_of_a_merged_speaker_stay_with_the_speaker_kept_after_re_ingest():
    def parsed(body):
        quote = ParsedQuote(quote="We are ready to talk", speaker="Taro Kano", speaker_kind="person")
        return ParsedArticle(source="talks.txt", title="Talks", body=body, raw=body, quotes=[quote])

    load_article(parsed("We are ready to talk, he said."), OutletDirectory())
    kono = Speaker.objects.create(name="Taro Kono", slug="taro-kono")
    merge_speakers(kono, [Speaker.objects.get(name="Taro Kano")])

    outcome, article = load_article(parsed("We are ready to talk, he said on Monday."), OutletDirectory())

    assert outcome == Outcome.UPDATED
    assert list(article.quotes.values_list("speaker__name", flat=True)) == ["Taro Kono"]
    assert Speaker.objects.active().count() == 1


def test_the_ingest_counts_the_curated_articles_it_left_alone(tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    for n, place in enumerate(["Tokyo", "Moscow", "Kyiv"]):
        write_dump(
            folder,
            f"talks-{n}.txt",
            f"Ministers met in {place} to discuss the islands.",
            day=f"2019-03-0{n + 1}",
        )
    ingest([folder])
    edited, hidden, _untouched = Article.objects.order_by("source_key")
    Article.objects.filter(pk=edited.pk).update(title="Curated", curated_fields=["title"])
    Article.objects.filter(pk=hidden.pk).update(is_visible=False)

    report = ingest([folder])

    assert report.curated_kept == 2


def test_the_ingest_command_says_how_many_curated_articles_it_left_alone(source):
    ingest([source])
    Article.objects.update(curated_fields=["title"])
    edit_source(source)
    out = StringIO()

    call_command("ingest", str(source), stdout=out)

    assert "Curated articles left as curators had them: 1." in out.getvalue()


def test_when_re_ingest_finds_a_corrected_date_the_old_address_redirects(client, source):
    source.write_text(source.read_text(encoding="utf-8") + "Subscribe to RT newsletter\n", encoding="utf-8")
    ingest([source])
    old_address = Article.objects.get().get_absolute_url()
    corrected = source.read_text(encoding="utf-8").replace("2019-03-04", "2019-03-05")
    source.write_text(corrected, encoding="utf-8")

    ingest([source])

    article = Article.objects.get()
    assert article.get_absolute_url() != old_address
    assert client.get(old_address)["Location"] == article.get_absolute_url()


def spans_hold_their_text(article) -> bool:
    return all(article.body[quote.start : quote.end] == quote.text for quote in article.quotes.all())


def test_quotation_spans_point_into_a_curated_body_after_re_ingest(source):
    ingest([source])
    article = Article.objects.get()
    article.body, article.curated_fields = "Editor's note: corrected.\n\n" + article.body, ["body"]
    article.save()
    edit_source(source)

    ingest([source])

    article.refresh_from_db()
    assert article.body.startswith("Editor's note")
    assert article.quotes.exists()
    assert spans_hold_their_text(article)


def test_a_verified_quote_keeps_a_right_span_when_re_ingest_changes_the_body(source):
    ingest([source])
    quote = Article.objects.get().quotes.get()
    Quote.objects.filter(pk=quote.pk).update(status=Quote.Status.VERIFIED)
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("The talks", "Officials said the long talks"), encoding="utf-8")

    ingest([source])

    article = Article.objects.get()
    assert "Officials said" in article.body
    assert Quote.objects.get(pk=quote.pk).start != quote.start
    assert spans_hold_their_text(article)
