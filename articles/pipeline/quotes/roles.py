"""Split a phrase such as "Russian Deputy Foreign Minister Igor Morgulov" into its role and name."""

import re

from .gender import GIVEN_NAMES
from .lexicon import TITLE_WORDS

NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "da", "dos", "del", "di"}
)
HONORIFICS = {
    "mr.": "male",
    "mr": "male",
    "mrs.": "female",
    "mrs": "female",
    "ms.": "female",
    "ms": "female",
    "miss": "female",
}
FEMALE_ROLE = re.compile(
    r"\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|woman|first lady|queen"
    r"|princess|mother|wife|sister|daughter|madam|dame|lady)\b",
    re.I,
)
MALE_ROLE = re.compile(
    r"\b(?:spokesman|chairman|congressman|councilman|businessman|man|king|prince|father|husband|brother"
    r"|son|sir|lord)\b",
    re.I,
)


def split_role_and_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Return (role words, name words): the name is what follows the last title word."""
    last_title = -1
    for index, word in enumerate(words):
        if word.lower() in TITLE_WORDS and index < len(words) - 1:
            last_title = index
    if words[-1][0].isupper():
        last_title = _last_role_word(words, last_title)
    name = words[last_title + 1 :]
    if last_title >= 0 and name and name[0].lower() == "of":
        return _office_of(words, last_title)
    if "of" in name[1:]:
        name = name[: name.index("of")]  # "Bill Richardson of New Mexico"
    if not name or all(word.lower() in NAME_PARTICLES for word in name):
        return words[:-1], words[-1:]
    return words[: last_title + 1], name


def _office_of(words: list[str], last_title: int) -> tuple[list[str], list[str]]:
    """ "Deputy Director of Public Prosecution Eva-Marie Persson": the office runs on past "of" to
    the person's name, which opens with a given name. Without one, where the office ends is not
    known ("CEO of Paris Baguette North America"), and no name is read."""
    after = words[last_title + 2 :]
    for index, word in enumerate(after[1:], 1):
        if word.lower().split("-")[0] in GIVEN_NAMES:
            return words[: last_title + 2 + index], after[index:]
    return words, []


def _last_role_word(words: list[str], last_title: int) -> int:
    """ "Clinton ally James Carville": a capitalized name has its lower-case role words before it.

    Only a capitalized phrase is read so; one written all in lower case ("jose ramos") is a name.
    """
    for index in range(len(words) - 2, last_title, -1):
        if words[index][0].islower() and words[index] not in NAME_PARTICLES and words[index] != "of":
            return index
    return last_title


def honorific_gender(words: list[str]) -> str | None:
    for word in words:
        gender = HONORIFICS.get(word.lower())
        if gender:
            return gender
    return None


def role_gender(role: str | None) -> str | None:
    if not role:
        return None
    if FEMALE_ROLE.search(role):
        return "female"
    if MALE_ROLE.search(role):
        return "male"
    return None


# Titles of address that say nothing of a role: "surgeon Dr. Ehsan Jazini" is a surgeon.
ACADEMIC_TITLES = frozenset({"dr", "dr.", "prof", "prof."})
# Roles that only say how one person stands to another ("his Japanese counterpart") tell a reader
# of the speaker's page nothing about the speaker.
RELATIONAL_ROLES = frozenset({"counterpart", "counterparts"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})


def clean_role(words: list[str]) -> str | None:
    """A role as an archive shows it: without honorifics such as Mr. or the article's "the"."""
    kept = [word for word in words if word.lower() not in HONORIFICS and word.lower() not in ACADEMIC_TITLES]
    while kept and (kept[0].lower() in DETERMINERS or kept[0].lower() == "s"):
        kept = kept[1:]  # the article's "the", and the "s" of a possessive before it ("Clinique’s")
    if kept and kept[-1].lower().strip(",.") in RELATIONAL_ROLES:
        return None
    if kept == ["first"]:
        return None  # "their first Rust program": an ordinal, where "First Lady" is an office
    return " ".join(kept) or None
