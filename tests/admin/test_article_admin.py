"""Curating articles in the admin: find, edit, hide or publish, re-extract."""

from datetime import date

import pytest
from django.contrib.admin.models import LogEntry

from articles.models import Article, ArticleRedirect, Quote
from articles.search import reindex_articles
from tests.admin.conftest import change_url, changelist
from tests.admin.forms import article_form
from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.index_probe import indexed_articles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def listed_titles(response) -> list[str]:
    return [article.title for article in response.context["cl"].result_list]


class TestFindingArticles:
    def test_the_list_shows_outlet_date_title_quote_count_and_visibility(self, curator_client):
        article = make_article(title="Talks resume", outlet=make_outlet("The Baltic Courier"))
        make_quote(article, make_speaker(), text="Talks went on")

        html = curator_client.get(changelist(Article)).content.decode()

        for shown in ["Talks resume", "The Baltic Courier", "Jan. 27, 2019", "Quotes", 'alt="True"']:
            assert shown in html
        assert '<td class="field-quote_count">1</td>' in html

    def test_articles_lacking_an_outlet_or_a_date_can_be_listed_alone(self, curator_client):
        make_article(title="Complete")
        make_article(title="No outlet", outlet=None)
        Article.objects.filter(title="No outlet").update(outlet=None)
        make_article(title="No date", published_on=None)

        no_outlet = curator_client.get(changelist(Article), {"no_outlet": "yes"})
        no_date = curator_client.get(changelist(Article), {"no_date": "yes"})

        assert listed_titles(no_outlet) == ["No outlet"]
        assert listed_titles(no_date) == ["No date"]

    def test_filters_by_language_and_visibility_and_a_date_hierarchy_are_offered(self, curator_client):
        make_article(title="Russian story", language="ru", is_visible=False)
        make_article(title="English story", language="en")

        hidden_russian = curator_client.get(changelist(Article), {"language": "ru", "is_visible__exact": "0"})

        assert listed_titles(hidden_russian) == ["Russian story"]
        assert listed_titles(curator_client.get(changelist(Article), {"published_on__year": "2019"}))

    def test_search_looks_at_titles_unless_bodies_are_asked_for_and_then_titles_come_first(
        self, curator_client
    ):
        make_article(title="Kuril talks", body="Nothing else.", published_on=date(2019, 1, 1))
        make_article(title="Other", body="The Kuril islands came up.", published_on=date(2019, 6, 1))
        make_article(title="Unrelated", body="Weather.")

        by_title = curator_client.get(changelist(Article), {"q": "Kuril"})
        with_bodies = curator_client.get(changelist(Article), {"q": "Kuril", "in_bodies": "1"})

        assert listed_titles(by_title) == ["Kuril talks"]
        assert listed_titles(with_bodies) == ["Kuril talks", "Other"]  # the newer body match second
        assert 'name="in_bodies" value="1" checked' in with_bodies.content.decode()

    def test_long_titles_fit_their_column_and_show_whole_on_hover(self, curator_client):
        title = "A long headline about the talks " * 6
        make_article(title=title)

        html = curator_client.get(changelist(Article)).content.decode()

        assert f'<span class="truncate" title="{title}">' in html


class TestEditingAnArticle:
    def test_tags_and_subheadings_are_edited_a_line_an_item(self, curator_client, save):
        article = make_article(tags=["Japan", "Kuril Islands"], subheadings=["Talks resume"])

        html = curator_client.get(change_url(article)).content.decode()
        save(article, article_form(article, tags="Japan\n  Russia \n\nKuril Islands", subheadings="\r\n"))

        assert "Japan\nKuril Islands</textarea>" in html
        article.refresh_from_db()
        assert (article.tags, article.subheadings) == (["Japan", "Russia", "Kuril Islands"], [])

    def test_saving_unchanged_lists_marks_nothing_curated(self, save):
        article = make_article(tags=["Japan", "Kuril Islands"])

        save(article, article_form(article))

        article.refresh_from_db()
        assert "tags" not in article.curated_fields and "subheadings" not in article.curated_fields

    def test_the_raw_input_is_shown_beside_the_extracted_fields_escaped(self, curator_client):
        article = make_article(raw_input="<b>raw page</b> text")

        html = curator_client.get(change_url(article)).content.decode()

        assert "curation-side-by-side" in html
        assert "&lt;b&gt;raw page&lt;/b&gt; text" in html

    def test_edited_fields_are_marked_curated_and_reach_the_index(self, save):
        article = make_article(title="Wrong headline")
        reindex_articles([article.pk])

        response = save(article, article_form(article, title="Lavrov meets Kono", body="New body text."))

        assert response.status_code == 302
        article.refresh_from_db()
        assert article.title == "Lavrov meets Kono"
        assert article.curated_fields == ["body", "title"]
        assert (article.tags, article.subheadings) == ([], [])
        assert indexed_articles()[article.pk]["title"] == "Lavrov meets Kono"

    def test_fixing_the_date_moves_the_article_and_its_old_address_redirects(self, client, save):
        article = make_article(title="Dated wrongly", published_on=date(2019, 1, 27))
        old_address = article.get_absolute_url()

        save(article, article_form(article, published_on="2019-01-08"))

        article.refresh_from_db()
        assert article.curated_fields == ["published"]
        assert "/2019/01/08/" in article.get_absolute_url()
        assert client.get(old_address)["Location"] == article.get_absolute_url()
        assert ArticleRedirect.objects.filter(path=old_address, article=article).exists()

    def test_setting_an_outlet_onto_a_day_with_a_namesake_gives_a_free_address(self, save):
        outlet = make_outlet("The Baltic Courier")
        resident = make_article(title="Same title", outlet=outlet)
        stray = make_article(title="Same title", outlet=make_outlet("Unknown"))

        response = save(stray, article_form(stray, outlet=outlet.pk))

        stray.refresh_from_db()
        assert response.status_code == 302
        assert stray.outlet == outlet
        assert stray.get_absolute_url() != resident.get_absolute_url()

    def test_a_quote_edited_in_the_inline_is_protected_from_re_ingest(self, save):
        article = make_article(body="We are ready to talk, he said.")
        quote = make_quote(article, make_speaker(), text="We are ready to talk")

        save(article, article_form(article, quotes=[quote], **{"quotes-0-status": "verified"}))

        quote.refresh_from_db()
        assert (quote.status, quote.is_curated) == (Quote.Status.VERIFIED, True)

    def test_an_edit_is_recorded_in_the_history(self, save, curator):
        article = make_article(title="Wrong headline")

        save(article, article_form(article, title="Right headline"))

        entry = LogEntry.objects.get(object_id=str(article.pk))
        assert entry.user == curator
        assert "Title" in entry.get_change_message()


class TestHidingAndPublishing:
    def test_hiding_first_shows_what_will_change_and_changes_nothing(self, act):
        article = make_article(title="Withdrawn story")

        page = act(Article, "hide_articles", [article], confirm=False)

        assert page.status_code == 200
        assert "1 article will be hidden" in page.content.decode()
        assert "Withdrawn story" in page.content.decode()
        assert Article.objects.get(pk=article.pk).is_visible

    def test_hiding_confirmed_hides_reports_records_and_leaves_the_index(self, act):
        hidden, kept = make_article(title="Withdrawn story"), make_article(title="Kept story")
        reindex_articles([hidden.pk, kept.pk])

        page = act(Article, "hide_articles", [hidden])

        assert "1 article hidden." in page.content.decode()
        assert not Article.objects.get(pk=hidden.pk).is_visible
        assert set(indexed_articles()) == {kept.pk}
        assert LogEntry.objects.filter(object_id=str(hidden.pk), change_message__contains="Hidden").exists()

    def test_publishing_brings_hidden_articles_back_into_the_index(self, act):
        article = make_article(title="Back again", is_visible=False)

        page = act(Article, "publish_articles", [article])

        assert "1 article published." in page.content.decode()
        assert article.pk in indexed_articles()

    def test_hiding_articles_already_hidden_says_there_is_nothing_to_do(self, act):
        article = make_article(is_visible=False)

        page = act(Article, "hide_articles", [article], confirm=False)

        assert page.status_code == 302


class TestReextraction:
    @pytest.fixture
    def ingested(self, tmp_path):
        from articles.ingest.run import ingest
        from tests.curation.sources import write_dump

        ingest([write_dump(tmp_path, "talks.txt", "Ministers met in Tokyo to discuss the islands.")])
        return Article.objects.get()

    def test_re_extraction_keeps_curated_fields_unless_told_to_overwrite(self, act, ingested):
        extracted = ingested.title
        Article.objects.filter(pk=ingested.pk).update(title="Curated title", curated_fields=["title"])

        page = act(Article, "reextract_articles", [ingested], confirm=False)
        assert "1 of them has curated fields" in page.content.decode()
        act(Article, "reextract_articles", [ingested])
        assert Article.objects.get(pk=ingested.pk).title == "Curated title"

        page = act(Article, "reextract_articles", [ingested], overwrite_curated="on")

        assert "1 article updated" in page.content.decode()
        assert Article.objects.get(pk=ingested.pk).title == extracted
        assert indexed_articles()[ingested.pk]["title"] == extracted

    def test_an_article_that_cannot_be_re_extracted_is_reported(self, act):
        article = make_article(raw_input="")

        page = act(Article, "reextract_articles", [article])

        assert "1 failed" in page.content.decode()
        assert "no raw input" in page.content.decode()
