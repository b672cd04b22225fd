"""Search rows hold every field's terms at their positions, within PostgreSQL's limits (no database)."""

from articles.search.postgres.documents import MAX_POSITION, pair_lexemes, row_for, tsvector


def article_row(pair_terms=frozenset({"foreign", "minist", "met"}), **prepared):
    return row_for("a", 7, 7, {"stamp": "1", **prepared}, pair_terms)


def test_each_field_has_its_own_lexemes_and_the_same_term_joins_its_positions():
    row = article_row(text="Talks, then talks.", title="Talks", speakers=["Sergei Lavrov"])

    assert "'t:talk':1,3" in row.terms
    assert "'h:talk':1" in row.terms
    assert "'p:lavrov':2" in row.terms and "'n:Sergei Lavrov'" in row.terms
    assert ("t", "talks", "talk") in row.words


def test_positions_past_postgresqls_last_are_kept_as_the_last():
    assert tsvector({"t:a": [1, MAX_POSITION + 5, MAX_POSITION + 9]}) == f"'t:a':1,{MAX_POSITION}"


def test_quotes_in_a_lexeme_are_escaped():
    assert tsvector({"n:O'Brien": []}) == "'n:O''Brien'"


def test_adjacent_words_of_the_text_and_the_headline_are_also_held_as_pairs():
    row = article_row(text="Foreign ministers met.", title="Ministers", said_by="a senior official")

    assert "'T:foreign minist'" in row.terms and "'T:minist met'" in row.terms
    assert "'H:" not in row.terms and "'S:" not in row.terms


def test_pairs_with_a_quote_in_a_word_are_escaped():
    assert pair_lexemes("T", ["o'brien", "said"], {"o'brien", "said"}) == "'T:o''brien said'"
    assert pair_lexemes("T", ["talk", "talk", "talk"], {"talk"}) == "'T:talk talk'"


def test_only_pairs_of_two_pair_terms_are_held():
    assert pair_lexemes("T", ["the", "zanzibar", "talk"], {"the", "talk"}) == ""
    assert pair_lexemes("T", ["the", "talk", "zanzibar"], {"the", "talk"}) == "'T:the talk'"
