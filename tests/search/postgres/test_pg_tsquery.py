"""Parsed queries spelled as PostgreSQL tsquery text (no database needed)."""

from whoosh import query as wq

from articles.search.postgres.tsquery import EVERYTHING, NOTHING, Translation


def translate(node, stems=None, pair_terms=frozenset({"the", "foreign", "minist"})):
    return Translation(lambda code, prefix: (stems or {}).get((code, prefix), []), pair_terms)(node)


def test_words_are_lexemes_of_their_field():
    assert translate(wq.And([wq.Term("text", "talk"), wq.Term("title", "kuril")])) == "('t:talk' & 'h:kuril')"


def test_two_frequent_words_side_by_side_are_their_pair():
    assert translate(wq.Phrase("text", ["the", "minist"])) == "'T:the minist'"
    assert translate(wq.Phrase("title", ["the", "minist"])) == "'H:the minist'"


def test_a_phrase_with_a_rare_word_is_its_words_in_order():
    assert translate(wq.Phrase("text", ["the", "zanzibar"])) == "(('t:the' <-> 't:zanzibar'))"


def test_a_longer_phrase_needs_its_pairs_and_its_words_in_order():
    assert translate(wq.Phrase("text", ["the", "foreign", "minist"])) == (
        "('T:the foreign' & 'T:foreign minist' & ('t:the' <-> 't:foreign' <-> 't:minist'))"
    )


def test_a_phrase_in_a_field_without_pairs_joins_its_words_side_by_side():
    assert translate(wq.Phrase("said_by", ["senior", "offici"])) == "('s:senior' <-> 's:offici')"


def test_a_prefix_is_the_stems_of_the_words_starting_so():
    stems = {("t", "negotiat"): ["negoti", "negotiat"]}
    assert translate(wq.Prefix("spell_text", "negotiat"), stems) == "('t:negoti' | 't:negotiat')"


def test_a_prefix_no_word_starts_with_matches_nothing():
    assert translate(wq.Prefix("spell_text", "zzz")) == NOTHING


def test_exclusion_alone_is_everything_without_it():
    assert translate(wq.Not(wq.Term("text", "rt"))) == "!'t:rt'"


def test_quotes_in_a_name_are_escaped():
    assert translate(wq.Term("speakers", "O'Brien")) == "'p:O''Brien'"


def test_everything_and_nothing_fold_away():
    assert translate(wq.Every()) == EVERYTHING
    assert translate(wq.NullQuery) == NOTHING
    assert translate(wq.Or([wq.NullQuery, wq.Term("text", "a")])) == "'t:a'"
    assert translate(wq.And([wq.Every(), wq.Term("text", "a")])) == "'t:a'"
