"""Exact phrases, found through word pairs, match exactly what Whoosh's own phrase query matches."""

import pytest

from articles.models import Article
from articles.search import SearchParams, search
from articles.search.query import parse
from articles.search.whoosh import engine
from articles.search.whoosh.phrases import PairedPhrase
from articles.search.whoosh.snapshot import ARTICLE, QUOTE, current_snapshot
from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.search.conftest import found

ARTICLES = {
    "Minister speaks": "The minister said talks would resume.",
    "Words apart": "The talks, said a minister, would resume.",
    "Ministers plural": "The Ministers' talks ended.",
    "Across a full stop": "Talks on peace. Treaty drafts followed.",
    "Foreign minister": "Yesterday the foreign minister met the envoy.",
    "Pairs far apart": "The foreign office and a Foreign Minister disagreed.",
    "Minister to minister": "It went from minister to minister.",
    "To and fro": "A minister to Moscow, then to minister Lavrov.",
    "Les affaires étrangères": "Le ministère des Affaires étrangères a répondu.",
    "Pro-Russian rally": "A pro-Russian rally was held.",
    "Peace talks": "Nothing about the minister here.",
}


@pytest.fixture
def archive(index):
    rt, dw = make_outlet("RT"), make_outlet("DW")
    on_rt = {"Minister speaks", "Words apart"}
    articles = [
        make_article(title, body, outlet=rt if title in on_rt else dw) for title, body in ARTICLES.items()
    ]
    quoted = make_article("Lavrov quoted", "Lavrov said: we want talks without preconditions now.", outlet=rt)
    make_quote(quoted, make_speaker("Sergei Lavrov"), "we want talks without preconditions now")
    index(*articles, quoted)


pytestmark = pytest.mark.usefixtures("archive")

PHRASES = [
    '"the minister"',
    '"The Ministers"',
    '"minister said"',
    '"peace treaty"',
    '"the foreign minister"',
    '"the foreign minister met the envoy"',
    '"minister to minister"',
    '"to minister"',
    '"affaires etrangeres"',
    '"des affaires étrangères"',
    "pro-Russian",
    '"pro russian rally"',
    '"minister the"',
    '"talks would resume"',
    '"no such phrase"',
    'title:"peace talks"',
    'title:"foreign minister"',
    '"the minister" talks',
    '"the minister" -resume',
    '-"the minister"',
    '"the minister" OR "peace treaty"',
    '("the minister" OR "foreign office") AND NOT "minister said"',
    '"minister said" "talks would"',
]


def whoosh_titles(q: str, kind=ARTICLE) -> list[str]:
    """What Whoosh's own phrase query finds for ``q``, on the same index."""
    snapshot = current_snapshot()
    parsed = parse(q, snapshot.schema, quotes=kind == QUOTE).query
    with snapshot.searching() as searcher:
        docs = [doc for doc in parsed.docs(searcher) if snapshot.columns.kind[doc] == kind]
    pks = [snapshot.columns.pk[doc] for doc in docs]
    return sorted(Article.objects.filter(pk__in=pks).values_list("title", flat=True))


@pytest.mark.whoosh_only
@pytest.mark.parametrize("q", PHRASES)
def test_a_phrase_finds_what_whooshs_phrase_query_finds(q):
    assert sorted(found(q)) == whoosh_titles(q)


@pytest.mark.whoosh_only
def test_phrases_are_answered_through_word_pairs():
    snapshot = current_snapshot()
    q = parse('"the minister" OR title:"peace talks"', snapshot.schema).query

    paired = engine.runnable(snapshot, q)

    assert sorted(child.fieldname for child in paired.children() if isinstance(child, PairedPhrase)) == [
        "text",
        "title",
    ]


def test_the_words_must_stand_together_and_in_order():
    assert sorted(found('"the minister"')) == ["Minister speaks", "Ministers plural", "Peace talks"]
    assert found('"minister the"') == []


def test_a_phrase_runs_across_punctuation():
    assert found('"peace treaty"') == ["Across a full stop"]


def test_a_longer_phrase_needs_all_its_words_in_one_run():
    assert found('"the foreign minister"') == ["Foreign minister"]
    assert found('"minister to minister"') == ["Minister to minister"]


def test_accents_and_case_are_folded_inside_phrases():
    assert found('"affaires etrangeres"') == ["Les affaires étrangères"]


def test_a_phrase_in_the_headline_field_looks_at_headlines_only():
    assert found('title:"peace talks"') == ["Peace talks"]


def test_a_phrase_combines_with_words_and_filters():
    assert found('"the minister" talks', outlets=("RT",)) == ["Minister speaks"]
    assert sorted(found('"the minister" talks', outlets=("DW",))) == ["Ministers plural", "Peace talks"]
    assert sorted(found('"the minister" -resume')) == ["Ministers plural", "Peace talks"]


def test_a_quotation_phrase_finds_the_quotation():
    results = search(SearchParams(q='quote:"without preconditions"', mode="quotes"))

    assert [hit.quote.text for hit in results.hits] == ["we want talks without preconditions now"]
    assert search(SearchParams(q='quote:"preconditions without"', mode="quotes")).count == 0


@pytest.mark.whoosh_only
def test_phrase_hits_score_as_whoosh_scores_them():
    snapshot = current_snapshot()
    q = parse('"the minister" OR talks', snapshot.schema).query
    with snapshot.searching() as searcher:
        ours = searcher.search(engine.runnable(snapshot, q), limit=None)
        whooshs = searcher.search(q, limit=None)
        assert [(hit.docnum, hit.score) for hit in ours] == [(hit.docnum, hit.score) for hit in whooshs]
