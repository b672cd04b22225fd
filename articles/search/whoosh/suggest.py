"""What to offer when nothing matches: a spelling from the archive's own words, looser searches."""

import re

from ..analysis import TOKEN_PATTERN
from ..limits import MAX_CORRECTED_WORDS, MAX_SUGGESTION_WORD_LENGTH
from ..snippets import folded, term_of
from .snapshot import Snapshot

OPERATORS = {"AND", "OR", "NOT"}
# Words as typed, skipping field prefixes such as "title:" (they are not misspellings).
TYPED_WORD = re.compile(rf"(?<![\w*])(?:{TOKEN_PATTERN})(?![\w:*])")
CONTENT_FIELD = "text"


def did_you_mean(snapshot: Snapshot, text: str) -> str | None:
    """``text`` with each word the archive never uses replaced by the closest word it does use.

    Each correction compares the word with every archive word sharing its first letter, at a cost
    growing with the word's length: words past ``MAX_SUGGESTION_WORD_LENGTH`` characters, and
    words after the first ``MAX_CORRECTED_WORDS`` unknown ones, are left as typed."""
    with snapshot.searching() as searcher:
        reader = searcher.reader()
        corrector = searcher.corrector(CONTENT_FIELD)
        changed, tried = False, 0
        parts, cursor = [], 0
        for match in TYPED_WORD.finditer(text):
            word = match.group()
            if word in OPERATORS or len(word) > MAX_SUGGESTION_WORD_LENGTH:
                continue
            if reader.doc_frequency(CONTENT_FIELD, term_of(word)) > 0:
                continue
            tried += 1
            if tried > MAX_CORRECTED_WORDS:
                break
            suggestions = corrector.suggest(folded(word), limit=1, maxdist=2, prefix=1)
            if suggestions:
                parts += [text[cursor : match.start()], suggestions[0]]
                cursor, changed = match.end(), True
    return "".join([*parts, text[cursor:]]) if changed else None
