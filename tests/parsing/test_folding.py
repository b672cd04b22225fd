"""One accent folding for names, sites and other coverage's terms."""

from articles.pipeline.folding import fold_accents
from articles.pipeline.names import name_key as speaker_key
from articles.pipeline.sites.domains import name_key as site_key


def test_accents_go_and_everything_else_stays():
    assert fold_accents("Condé Nast, Łódź: Ünïcödé") == "Conde Nast, Łodz: Unicode"


def test_accented_and_plain_spellings_of_a_site_are_one_name():
    assert site_key("Condé Nast") == site_key("Conde Nast") == "condenast"


def test_accented_and_plain_spellings_of_a_person_are_one_speaker():
    assert speaker_key("Sergueï Lavrov") == speaker_key("Sergei Lavrov")
