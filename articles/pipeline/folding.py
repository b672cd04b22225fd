"""Accents folded away, the one way names, sites and other coverage's terms compare spellings.

Search folds with Whoosh's own ``accent_map`` instead (articles/search/analysis.py): the index and
the queries must fold alike, and snippets rely on that table keeping every character's offset.
"""

import unicodedata


def fold_accents(text: str) -> str:
    """``text`` without its diacritics: "Condé", "Łódź" -> "Conde", "Łodz" (compatibility forms too:
    "ﬁ" -> "fi"); case and everything else are left as they are."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
