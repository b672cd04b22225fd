"""Which words of a hit to mark: the terms the query looked for in the text, not the ones it excluded.

The engine says which terms a query looks for (``SearchEngine.marks``); snippets.py marks them.
"""

from dataclasses import dataclass
from functools import cached_property


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
