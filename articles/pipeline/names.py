"""Identity of speakers across articles: one key for every spelling of a name.

The loader merges speakers whose ``name_key`` is equal ("Sergei Lavrov" and
"Sergey Lavrov") and lists pairs that are only ``probably_same`` ("Taro Kano"
and "Taro Kono") as merge suggestions for curators.
"""

import re

from .folding import fold_accents
from .quotes.lexicon import KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, PERSON_HEADS, TITLE_WORDS
from .quotes.organizations import is_organization_name
from .quotes.roles import split_role_and_name

# Spellings of given names that the general rules below do not fold together.
GIVEN_NAME_VARIANTS = {
    "serguei": "sergei",
    "sergej": "sergei",
    "iouri": "yuri",
    "juri": "yuri",
    "jurij": "yuri",
    "michail": "mikhail",
    "nikolaj": "nikolai",
    "andrej": "andrei",
    "alexej": "alexei",
    "evgeni": "evgeni",
    "evgeniy": "evgeni",
    "evgenii": "evgeni",
    "eugeny": "evgeni",
    "mohammed": "muhammad",
    "mohammad": "muhammad",
    "mohamed": "muhammad",
    "muhammed": "muhammad",
    "mohamad": "muhammad",
    "ahmed": "ahmad",
    "husain": "hussein",
    "hussain": "hussein",
    "husein": "hussein",
    "piotr": "petr",
    "pyotr": "petr",
    "fyodor": "fedor",
    "feodor": "fedor",
}
# Surname endings written several ways in transliteration: Zelensky, Zelenskiy, Zelenskyy.
SURNAME_ENDINGS = ((re.compile(r"sk(?:iy|yy|ii|yi|y|i)$"), "ski"), (re.compile(r"(?<=[^aeiou])yov$"), "ev"))
TRAILING_APPOSITION = re.compile(r",.*$")
ORGANIZATION = "organization"
# Words no name is made of alone: "Ministry", "Spokesman", "President Secretary".
# Names made of generic words that still name one institution.
KNOWN_INSTITUTIONS = frozenset(
    {"white house", "state department", "justice department", "supreme court", "security council"}
)
GENERIC_WORDS = (ORGANIZATION_HEADS | PERSON_HEADS | TITLE_WORDS) - KNOWN_ORGANIZATIONS


def strip_titles(name: str, kind: str | None = None) -> str:
    """ "Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov"; "Mr. Trump" -> "Trump".

    An organization's name keeps every word: "Russian Foreign Ministry" is not a "Ministry".
    """
    name = TRAILING_APPOSITION.sub("", name).strip()
    words = name.split()
    if len(words) < 2 or kind == ORGANIZATION or is_organization_name(words):
        return name
    return " ".join(split_role_and_name(words)[1]) or name


def name_key(name: str, kind: str | None = None) -> str:
    """A key equal for spellings of one name: case, accents, punctuation and transliteration folded."""
    folded = _fold(strip_titles(name, kind))
    return " ".join(_fold_word(word) for word in folded.split())


def is_canonical_spelling(name: str, kind: str | None = None) -> bool:
    """Whether a spelling is its own folded key, case aside: "Sergei Lavrov" is, "Sergey Lavrov"
    is not. Of two spellings of one name, an archive shows the canonical one."""
    return " ".join(_fold(strip_titles(name, kind)).split()) == name_key(name, kind)


def is_full_name(name: str, kind: str | None) -> bool:
    """Whether a name is sure enough to file quotations under across articles: an organization's
    name that is not a bare head noun ("Kremlin", "Russian Foreign Ministry", not "Ministry"), or a
    person's of two words or more ("Sergei Lavrov", not "Lavrov" nor "Secretary")."""
    stripped = strip_titles(name, kind).lower()
    if stripped in KNOWN_INSTITUTIONS:
        return True
    words = stripped.split()
    if not words or all(word.strip(".") in GENERIC_WORDS for word in words):
        return False
    return kind == ORGANIZATION or len(words) > 1


def probably_same(first: str, second: str) -> bool:
    """True when two names differ by no more than a typo or a middle initial: a merge to suggest."""
    a, b = name_key(first).split(), name_key(second).split()
    if not a or not b:
        return False
    if a == b or _without_initials(a) == _without_initials(b):
        return True
    if len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differing) == 1 and _is_typo(*differing[0])


def _fold(text: str) -> str:
    return re.sub(r"[^\w\s]|_", " ", fold_accents(text).lower())


def _fold_word(word: str) -> str:
    word = GIVEN_NAME_VARIANTS.get(word, word).replace("ks", "x")
    if word.startswith("ye"):
        word = word[1:]  # Yevgeny, Yelena -> Evgeny, Elena
    for pattern, replacement in SURNAME_ENDINGS:
        word = pattern.sub(replacement, word)
    word = word[0] + word[1:].replace("y", "i")  # Sergey -> Sergei, Natalya -> Natalia
    return re.sub(r"(.)\1", r"\1", word)  # Vassily -> Vasily, Dmitrii -> Dmitri


def _without_initials(words: list[str]) -> list[str]:
    return [word for word in words if len(word) > 1]


def _is_typo(a: str, b: str) -> bool:
    """One edit apart, in words long enough that one edit is not a different name."""
    if min(len(a), len(b)) < 4:
        return False
    return _edit_distance(a, b) <= (2 if min(len(a), len(b)) >= 9 else 1)


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]
