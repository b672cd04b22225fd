"""What to offer when nothing matches: a spelling from the archive's own words, looser searches."""

import re

from .analysis import TOKEN_PATTERN
from .snapshot import Snapshot
from .snippets import folded, term_of

OPERATORS = {"AND", "OR", "NOT"}
# Words as typed, skipping field prefixes such as "title:" (they are not misspellings).
TYPED_WORD = re.compile(rf"(?<![\w*])(?:{TOKEN_PATTERN})(?![\w:*])")
CONTENT_FIELD = "text"


def did_you_mean(snapshot: Snapshot, text: str) -> str | None:
    """``text`` with each word the archive never uses replaced by the closest word it does use."""
    with snapshot.lock:
        reader = snapshot.searcher.reader()
        corrector = snapshot.searcher.corrector(CONTENT_FIELD)
        changed = False
        parts, cursor = [], 0
        for match in TYPED_WORD.finditer(text):
            word = match.group()
            if word in OPERATORS or reader.doc_frequency(CONTENT_FIELD, term_of(word)) > 0:
                continue
            suggestions = corrector.suggest(folded(word), limit=1, maxdist=2, prefix=1)
            if suggestions:
                parts += [text[cursor : match.start()], suggestions[0]]
                cursor, changed = match.end(), True
    return "".join([*parts, text[cursor:]]) if changed else None
