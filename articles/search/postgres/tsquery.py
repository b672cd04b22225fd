"""A parsed query (the Whoosh query tree the archive's parser makes) as PostgreSQL ``tsquery`` text.

The archive's query language is parsed by the one parser both engines share (query.py), so a query
means the same on both; this module only spells the tree in ``tsquery`` syntax:

- a word is its field's lexeme (``'t:negoti'``); a phrase of two frequent words (pairs.py) in the
  text or the headline is the lexeme of their pair (``'T:foreign minist'``), another its pairs
  of frequent words and its lexemes joined by ``<->`` (the pairs narrow the documents whose
  positions are read), a phrase in another field its lexemes joined by ``<->``;
- a prefix (``negotiat*``) is the stems of the archive's words starting with it (vocabulary.py),
  as the Whoosh engine expands it, since a stem is not always a prefix of its words;
- AND, OR and NOT are ``&``, ``|`` and ``!``.

``EVERYTHING`` and ``NOTHING`` stand for queries that need no ``tsquery`` at all.
"""

from whoosh import query as wq

from .documents import FIELD_CODES, PAIR_CODES, lexeme, pair_lexeme, quoted

EVERYTHING, NOTHING = "everything", "nothing"
SPELLING_PREFIX = "spell_"


class Translation:
    """Translates one query; ``expand(code, prefix)`` gives the stems a prefix stands for."""

    def __init__(self, expand, pair_terms=frozenset()):
        self.expand = expand
        self.pair_terms = pair_terms  # terms whose neighbours' pairs the rows hold (pairs.py)

    def __call__(self, node) -> str:
        if node is wq.NullQuery or isinstance(node, type(wq.NullQuery)):
            return NOTHING
        if isinstance(node, wq.Every):
            return EVERYTHING
        if isinstance(node, wq.Prefix):
            return self.prefix(node)
        if isinstance(node, wq.Term):
            code = FIELD_CODES.get(node.fieldname)
            return quoted(lexeme(code, node.text)) if code else NOTHING
        if isinstance(node, wq.Phrase):
            return self.phrase(node)
        if isinstance(node, wq.Not):
            return negated(self(node.query))
        if isinstance(node, wq.AndNot):
            return all_of([self(node.a), negated(self(node.b))])
        if isinstance(node, wq.AndMaybe | wq.Require):
            return self(node.a) if isinstance(node, wq.AndMaybe) else all_of([self(node.a), self(node.b)])
        if isinstance(node, wq.And):
            return all_of([self(child) for child in node.subqueries])
        if isinstance(node, wq.Or | wq.DisjunctionMax):
            return any_of([self(child) for child in node.subqueries])
        return NOTHING  # nothing the archive's parser makes

    def phrase(self, node: wq.Phrase) -> str:
        code = FIELD_CODES.get(node.fieldname)
        if not code or not node.words:
            return NOTHING
        lexemes = [quoted(lexeme(code, word)) for word in node.words]
        if len(lexemes) == 1:
            return lexemes[0]
        # Whoosh's "a b"~N finds the words within N positions in order; tsquery has exact distances
        # only, so a sloppy phrase asks for its words anywhere (a wider match, never a narrower one).
        if node.slop > 1:
            return "(" + " & ".join(lexemes) + ")"
        if code not in PAIR_CODES:
            return "(" + " <-> ".join(lexemes) + ")"
        words, held = node.words, self.pair_terms
        pairs = [
            quoted(pair_lexeme(code, a, b))
            for a, b in zip(words, words[1:], strict=False)
            if a in held and b in held
        ]
        if len(words) == 2 and pairs:
            return pairs[0]  # two words side by side: exactly their pair
        # The pairs held narrow the documents; the positions decide.
        return "(" + " & ".join([*dict.fromkeys(pairs), "(" + " <-> ".join(lexemes) + ")"]) + ")"

    def prefix(self, node: wq.Prefix) -> str:
        field_name = node.fieldname.removeprefix(SPELLING_PREFIX)
        code = FIELD_CODES.get(field_name)
        if not code:
            return NOTHING
        if field_name == node.fieldname:  # a field without spelling words: its terms starting so
            return quoted(lexeme(code, node.text)) + ":*"
        return any_of([quoted(lexeme(code, stem)) for stem in self.expand(code, node.text)])


def negated(part: str) -> str:
    if part == EVERYTHING:
        return NOTHING
    if part == NOTHING:
        return EVERYTHING
    return f"!{part}"


def all_of(parts: list[str]) -> str:
    if NOTHING in parts:
        return NOTHING
    parts = [part for part in parts if part != EVERYTHING]
    if not parts:
        return EVERYTHING
    return parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")"


def any_of(parts: list[str]) -> str:
    if EVERYTHING in parts:
        return EVERYTHING
    parts = [part for part in parts if part != NOTHING]
    if not parts:
        return NOTHING
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"
