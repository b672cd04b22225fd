"""Which words of a hit to mark: the terms the query looked for in the text, not the ones it excluded."""

from whoosh import query as wq

from .marks import Marks

MARKED_FIELDS = frozenset({"text", "title", "spell_text", "spell_title"})


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
