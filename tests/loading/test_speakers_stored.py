"""What a user ingesting real-looking pages finds in the archive: speakers that are names."""

import re

import pytest

from articles.ingest.run import ingest
from articles.models import Article, Quote, Speaker

pytestmark = pytest.mark.django_db

COLUMN = """<!doctype html>
<html lang="en"><head><title>Republicans Are Following Trump to Nowhere - The Daily Column</title>
<meta property="og:title" content="Republicans Are Following Trump to Nowhere">
<meta property="article:published_time" content="2019-11-20T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/shop">Shop</a></nav>
<article><h1>Republicans Are Following Trump to Nowhere</h1>
<p class="byline">By Jamelle Bouie</p>
<p>Americans have gone to the polls four times this month. In each case, President Trump tied
himself to the outcome, and in each case the outcome was not what he had hoped for.</p>
<p>“Governor Bevin has done a wonderful job for the people of Kentucky!” Trump tweeted before
Election Day. “Matt has my Complete and Total Endorsement, and always has.”</p>
<p>The word “interim” was dropped from the governor’s title the next week, and the so-called
“red wave” never came. Three people close to the campaign said the result was “a disaster we all
saw coming months before the vote.”</p>
<p>“We will keep fighting for every single vote in this state,” a senior party official said.</p>
<p>Senate Majority Leader Mitch McConnell was more guarded. “Elections have consequences, and we
accept them,” McConnell said on Wednesday.</p>
</article>
<footer><p>Shop the “silk” and “chambray” shirts in our “classic” range.</p></footer>
</body></html>
"""

DUMP = "\n".join(
    [
        "Skip to content",
        "World  Politics  Business  Shop",
        "Moscow accuses Tokyo of stirring up trouble",
        "By Julian Ryall",
        'Moscow has accused Tokyo of attempting to "stir up the atmosphere" ahead of key talks '
        "on the islands.",
        "Last week, the Russian Foreign Ministry summoned the Japanese ambassador to complain "
        'about remarks that "crudely distort the essence of agreements" between the two '
        "leaders.",
        '"Such statements cannot be regarded as anything other than an attempt to aggravate '
        'the atmosphere around the peace treaty," the ministry said.',
        "Deputy Director of Public Prosecution Eva-Marie Persson said the case against the "
        'protesters was "not yet closed, and may never be."',
        '"We continue to work persistently based on our basic policy," said Japanese Chief '
        "Cabinet Secretary Yoshihide Suga.",
        "Related stories",
        "Subscribe to our newsletter",
        "",
    ]
)


@pytest.fixture
def ingested(tmp_path, search_index, migration_data):
    (tmp_path / "column.html").write_text(COLUMN, encoding="utf-8")
    (tmp_path / "islands.txt").write_text(DUMP, encoding="utf-8")
    report = ingest([tmp_path])
    assert not report.failures
    return report


@pytest.mark.usefixtures("ingested")
def test_the_archive_files_quotations_under_the_names_the_articles_give():
    speakers = set(Speaker.objects.values_list("name", flat=True))

    assert {"Russian Foreign Ministry", "Yoshihide Suga", "Eva-Marie Persson", "Mitch McConnell"} <= speakers
    assert not speakers & {"Following Trump", "Ministry", "Moscow", "Jamelle Bouie", "Julian Ryall"}


@pytest.mark.usefixtures("ingested")
def test_no_speaker_is_a_common_noun():
    bodies = " ".join(Article.objects.values_list("body", flat=True))
    for name in Speaker.objects.values_list("name", flat=True):
        words = name.split()
        assert all(word[0].isupper() for word in words), name
        if len(words) == 1:
            assert not re.search(rf"\b{re.escape(name.lower())}\b", bodies), name


@pytest.mark.usefixtures("ingested")
def test_unnamed_sources_are_kept_on_their_quotations():
    sources = set(Quote.objects.exclude(unnamed_source="").values_list("unnamed_source", flat=True))

    assert {"a senior party official", "three people close to the campaign"} <= sources
    assert not Quote.objects.filter(speaker__isnull=False).exclude(unnamed_source="").exists()


@pytest.mark.usefixtures("ingested")
def test_scare_quotes_and_product_words_are_not_stored_as_quotations():
    texts = set(Quote.objects.values_list("text", flat=True))

    assert not texts & {"interim", "red wave", "silk", "chambray", "classic"}


@pytest.mark.usefixtures("ingested")
def test_titles_are_split_from_names():
    persson = Speaker.objects.get(name="Eva-Marie Persson")

    assert persson.quotes.get().role == "Deputy Director of Public Prosecution"
