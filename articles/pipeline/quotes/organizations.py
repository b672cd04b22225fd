"""Tell organizations from people by the words of their names."""

import re

from .lexicon import GOVERNMENT_PLACES, KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, PLACES

ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}s?")
NOT_ORGANIZATION_ACRONYMS = frozenset({"US", "UK", "TV", "PM", "FM", "MP", "CEO", "GOP", "II", "III", "IV"})


def is_organization_name(words: list[str]) -> bool:
    """True for "Russian Foreign Ministry", "the Kremlin", "CNN"; False for "Dmitry Peskov"."""
    if not words:
        return False
    last = words[-1]
    if last.lower().rstrip(".") in ORGANIZATION_HEADS or last.lower() in KNOWN_ORGANIZATIONS:
        return True
    if "of" in words[1:] and words[words.index("of") - 1].lower() in ORGANIZATION_HEADS:
        return True  # "Ministry of Foreign Affairs", "Bank of America"
    if "for" in words[1:-1]:
        return True  # "Citizens for Tax Justice", "Center for Strategic and International Studies"
    if len(words) == 1 and is_government_place(last):
        return True
    return len(words) == 1 and bool(ACRONYM.fullmatch(last)) and last not in NOT_ORGANIZATION_ACRONYMS


def is_government_place(word: str) -> bool:
    return word.lower() in GOVERNMENT_PLACES


# What an organization of each state's government is named with: "Moscow has accused Tokyo" is the
# Russian Foreign Ministry when that is the Russian state's one organization an article names.
STATE_WORDS = {
    "russia": ("russian", "russia", "kremlin"),
    "japan": ("japanese", "japan"),
    "china": ("chinese", "china"),
    "ukraine": ("ukrainian", "ukraine"),
    "britain": ("british", "britain", "uk", "downing"),
    "france": ("french", "france", "elysee", "élysée"),
    "germany": ("german", "germany"),
    "iran": ("iranian", "iran"),
    "israel": ("israeli", "israel"),
    "turkey": ("turkish", "turkey"),
    "syria": ("syrian", "syria"),
    "america": ("us", "u.s.", "american", "white", "pentagon"),
    "korea": ("korean", "korea"),
}
CAPITALS = {
    "moscow": "russia",
    "tokyo": "japan",
    "beijing": "china",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "london": "britain",
    "paris": "france",
    "berlin": "germany",
    "tehran": "iran",
    "jerusalem": "israel",
    "ankara": "turkey",
    "damascus": "syria",
    "washington": "america",
    "pyongyang": "korea",
    "seoul": "korea",
}


def state_of(place: str) -> str | None:
    """The state a capital or country stands for in "Moscow has accused Tokyo", if known."""
    lower = place.lower()
    return CAPITALS.get(lower) or (lower if lower in STATE_WORDS else None)


def belongs_to_state(name: str, state: str) -> bool:
    """Whether an organization's name says it is the state's: "Russian Foreign Ministry", "Kremlin"."""
    return name.lower().split()[0] in STATE_WORDS[state]


def organization_head(name: str) -> str | None:
    """The head noun that a later "the ministry" would use for this organization."""
    for word in reversed(name.split()):
        if word.lower() in ORGANIZATION_HEADS:
            return word.lower()
    return None


def is_place(name: list[str]) -> bool:
    """True for "South Carolina", "DES MOINES": a place named as a setting, not a speaker."""
    return "_".join(name).lower() in PLACES
