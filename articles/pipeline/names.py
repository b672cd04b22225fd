"""Speaker names: strip titles and fold spellings so one person gets one key."""

import re
import unicodedata

TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "president", "minister", "secretary", "spokesman"}


def strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def name_key(name: str) -> str:
    """A key equal for spellings of the same name (case, accents, punctuation, titles)."""
    folded = unicodedata.normalize("NFKD", strip_titles(name)).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", folded.lower()))


def probably_same(a: str, b: str) -> bool:
    return False
