"""Which words of a hit to mark: the terms the query looked for in the text, not the ones it excluded."""

from dataclasses import dataclass
from functools import cached_property

from whoosh import query as wq

MARKED_FIELDS = frozenset({"text", "title", "spell_text", "spell_title"})


@dataclass(frozen=True)
class Marks:
    terms: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    def __bool__(self):
        return bool(self.terms or self.prefixes)

    @cached_property
    def starts(self) -> frozenset[str]:
        """How a word that becomes one of these terms begins, folded (its first two letters).

        Stemming keeps the start of a word, but for "dying", "lying" and "tying" (die, lie, tie)."""
        starts = set()
        for text in (*self.terms, *self.prefixes):
            starts.add(text[:2])
            if text[1:2] == "i":
                starts.add(text[0] + "y")
        return frozenset(starts)


def marks_for(q: wq.Query) -> Marks:
    terms, prefixes = set(), set()
    _collect(q, terms, prefixes)
    return Marks(frozenset(terms), tuple(sorted(prefixes)))


def _collect(q, terms, prefixes):
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        _collect(q.a, terms, prefixes)
        return
    if isinstance(q, wq.Prefix):
        if q.fieldname in MARKED_FIELDS:
            prefixes.add(q.text)
        return
    if isinstance(q, wq.Phrase):
        if q.fieldname in MARKED_FIELDS:
            terms.update(q.words)
        return
    if isinstance(q, wq.Term):
        if q.fieldname in MARKED_FIELDS:
            terms.add(q.text)
        return
    for child in q.children():
        _collect(child, terms, prefixes)
