"""The words an article is about: folded, stemmed, stop words out, with neighbouring pairs."""

import re
from collections import Counter
from functools import lru_cache

from whoosh.lang import has_stemmer, has_stopwords, stemmer_for_language, stopwords_for_language

from articles.pipeline.folding import fold_accents

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
MIN_LENGTH = 3
DEFAULT_LANGUAGE = "en"
# A news story is told in its first paragraphs; related links, comment rules and
# newsletter pitches pile up at the end. Reading only the start also bounds the cost.
MAX_WORDS = 500


def article_terms(title: str, body: str, language: str = "") -> Counter:
    """How often each term, and each pair of neighbouring terms, occurs in the title and start of the body.

    Pairs ("peace treati", "kuril island") tell one story from another far
    better than single words, which every article about a country shares.
    """
    analyse = _analyser(_language(language))
    words = analyse(f"{title}\n{body[: MAX_WORDS * 20]}")[:MAX_WORDS]
    counts = Counter(words)
    counts.update(f"{first} {second}" for first, second in zip(words, words[1:], strict=False))
    return counts


def _language(code: str) -> str:
    code = (code or "").split("-")[0].lower()
    return code if has_stopwords(code) else DEFAULT_LANGUAGE


@lru_cache(maxsize=32)
def _analyser(language: str):
    stop_words = frozenset(stopwords_for_language(language)) | REPORTING_WORDS
    stem = _cached_stemmer(language)

    def analyse(text: str) -> list[str]:
        words = (_fold(match.group().lower()) for match in WORD.finditer(text))
        return [stem(word) for word in words if _is_content_word(word, stop_words)]

    return analyse


def _cached_stemmer(language: str):
    if not has_stemmer(language):
        return lambda word: word
    return lru_cache(maxsize=200_000)(stemmer_for_language(language))


def _is_content_word(word: str, stop_words) -> bool:
    if word in stop_words or len(word) < MIN_LENGTH:
        return False
    return not word.isdigit() or len(word) == 4  # years say which story; other numbers are noise


@lru_cache(maxsize=200_000)
def _fold(word: str) -> str:
    return fold_accents(word.replace("’", "'"))


# Words of the reporting trade, common to every story in any archive of news.
_REPORTING = """
said says say told tells according added adding also would could one two three new last first
year years week weeks month months day days monday tuesday wednesday thursday friday saturday sunday
earlier later since still however yet well may might much many time times including
"""
REPORTING_WORDS = frozenset(_REPORTING.split())
