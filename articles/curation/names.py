"""Which of several records' names is the better-formed one, to keep when they are merged.

A merge keeps one name and makes the others aliases, so the kept one should read as a name: a
full name over a fragment of it ("Sergei Lavrov" over "Lavrov"), a name over a phrase cut out
of a sentence ("of Paris Baguette North America", "Following Trump"), a site's name over its
domain ("Wired" over "wired.com"). More quotations or articles only break ties: junk names are
often the busiest, as a wrong rule repeats itself.
"""

import re

# Words that begin or end a phrase cut out of a sentence, not a name.
CONNECTING_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "following",
        "according",
        "said",
        "says",
        "told",
    ]
)
# Lower-case particles that belong inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
NAME_PARTICLES = frozenset(
    ["al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "la", "le", "van", "von", "y"]
)
FULL_NAME_WORDS = range(2, 5)
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


def best_formed(records: list, name=lambda record: record.name, weight=lambda record: 0):
    """The record of ``records`` whose name is best formed; ``weight`` (a count) breaks ties."""
    names = [name(record) for record in records]
    return max(records, key=lambda record: (*name_score(name(record), names), weight(record)), default=None)


def name_score(name: str, others: list[str] = ()) -> tuple:
    """A sortable score, higher for a better-formed name among ``others``."""
    words = name.split()
    tokens = {token.casefold() for token in WORD.findall(name)}
    covers = sum(1 for other in others if other != name and _tokens(other) < tokens)
    return (
        _reads_as_name(words),
        covers,
        len(words) in FULL_NAME_WORDS,
        not name.isupper() or len(name) <= 4,  # "WIRED" reads worse than "Wired"; "BBC" is fine
        -abs(len(words) - 2),
    )


def _reads_as_name(words: list[str]) -> bool:
    if not words or DOMAIN.match(" ".join(words)) or any(char in "@/" for char in "".join(words)):
        return False
    if words[0].casefold() in CONNECTING_WORDS or words[-1].casefold() in CONNECTING_WORDS:
        return False
    return all(word[0].isupper() or word.casefold() in NAME_PARTICLES for word in words)


def _tokens(name: str) -> set[str]:
    return {token.casefold() for token in WORD.findall(name)}
