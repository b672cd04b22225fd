"""Other coverage: the same story from other outlets, and nothing else."""

from datetime import date, timedelta

import pytest

from articles.models import Article
from articles.related import other_coverage
from articles.search import reindex_articles
from tests.factories import make_article, make_outlet

pytestmark = pytest.mark.django_db

TREATY = (
    "Russia and Japan remain far apart on a peace treaty, Moscow said after talks in Tokyo on the Kuril "
    "Islands.\n\nThe disputed islands, which Japan calls its Northern Territories, were seized by Soviet "
    "forces at the end of World War II, and the two countries never signed a peace treaty.\n\n"
    "Russian Foreign Minister Sergei Lavrov and his Japanese counterpart Taro Kono discussed the 1956 "
    "declaration, under which Moscow offered to hand over two of the islands once a treaty was signed."
)
TREATY_AGAIN = (
    "Tokyo and Moscow ended a new round of talks on a peace treaty without progress on the Kuril Islands, "
    "officials said.\n\nJapan claims the four southern Kuril Islands, its Northern Territories, seized by "
    "the Soviet Union in 1945; no peace treaty was ever signed.\n\nPrime Minister Shinzo Abe wants a deal "
    "based on the 1956 declaration, while Lavrov insists Japan first recognise the outcome of World War II."
)
DECOY = (
    "Russian Foreign Minister Sergei Lavrov warned the United States on Monday against any military "
    "intervention in Venezuela, saying Moscow would stand by the government in Caracas.\n\n"
    "Washington has imposed sanctions on the state oil company PDVSA and recognised opposition leader Juan "
    "Guaido as interim president. Kremlin spokesman Dmitry Peskov called the sanctions illegal.\n\n"
    "Russia has lent Venezuela billions of dollars and its oil company Rosneft holds large stakes in "
    "Venezuelan oil fields.\n\nThe crisis deepened after President Nicolas Maduro was sworn in for a second "
    "term that most Latin American governments refused to recognise. Protesters filled the streets of "
    "Caracas again on Saturday, and the opposition-run National Assembly declared the presidency vacant.\n\n"
    "Maduro accused Washington of staging a coup and ordered American diplomats to leave the country, an "
    "order the State Department said it would ignore."
)
DAY = date(2019, 1, 14)


def story(outlet, body, day=DAY, **fields):
    title = body.split(",")[0]
    return make_article(title=title, body=body, outlet=make_outlet(outlet), published_on=day, **fields)


def test_coverage_of_the_same_story_by_another_outlet_is_found():
    first = story("DW", TREATY)
    second = story("RT", TREATY_AGAIN, day=DAY + timedelta(days=2))

    assert other_coverage(first) == [second]
    assert other_coverage(second) == [first]


def test_an_unrelated_story_of_the_same_days_is_not_listed():
    treaty = story("DW", TREATY)
    again = story("RT", TREATY_AGAIN)
    decoy = story("Sputnik", DECOY)

    assert other_coverage(treaty) == [again]
    assert other_coverage(again) == [treaty]
    assert other_coverage(decoy) == []


def test_the_same_outlet_is_not_other_coverage():
    first = story("DW", TREATY)
    story("DW", TREATY_AGAIN)

    assert other_coverage(first) == []


def test_stories_far_apart_in_time_are_not_compared():
    first = story("DW", TREATY)
    story("RT", TREATY_AGAIN, day=DAY + timedelta(days=400))

    assert other_coverage(first) == []


def test_hidden_articles_are_not_listed():
    first = story("DW", TREATY)
    story("RT", TREATY_AGAIN, is_visible=False)

    assert other_coverage(first) == []


def test_an_undated_article_still_finds_coverage_ingested_alongside_it():
    first = story("DW", TREATY, day=None)
    second = story("RT", TREATY_AGAIN)

    assert other_coverage(first) == [second]


def test_an_edited_article_is_compared_as_it_now_reads():
    first = story("DW", TREATY)
    second = story("RT", DECOY)
    assert other_coverage(first) == []

    second.body = TREATY_AGAIN
    second.save()

    assert other_coverage(first) == [second]


def test_the_seeds_find_each_other_and_not_a_story_of_the_same_days(ingested_seeds):
    seeds = list(Article.objects.all())
    decoy = story("Reuters", DECOY, day=date(2019, 1, 27))

    assert len(seeds) == 3
    for seed in seeds:
        assert set(other_coverage(seed)) == set(seeds) - {seed}
    assert other_coverage(decoy) == []


@pytest.mark.usefixtures("search_index")
def test_coverage_weeks_away_is_found_even_when_many_articles_lie_between(monkeypatch):
    # In a dense archive the articles nearest in time are all other stories;
    # the index still finds the same story further away in the window.
    monkeypatch.setattr("articles.related.candidates.PER_SIDE", 5)
    first = story("DW", TREATY)
    later = story("RT", TREATY_AGAIN, day=DAY + timedelta(days=40))
    between = [
        story("Sputnik", DECOY.replace("Monday", f"day {n}"), day=DAY + timedelta(days=1 + n % 30))
        for n in range(40)
    ]
    reindex_articles([first.pk, later.pk, *(article.pk for article in between)])

    assert other_coverage(first) == [later]
