"""Choose the speaker of a quotation among the mentions around it, with a learned linear model.

The hand-written rules propose a cue; the ranker weighs it against every name,
pronoun and description nearby. Weights are learned from annotated news by
``training/attribution.py`` and kept in
``weights.json`` next to this file.
"""

import json
from collections.abc import Callable, Hashable
from functools import cache
from pathlib import Path

from ..tokens import Tokens
from .features import (
    Candidate,
    QuoteContext,
    lasting_features,
    nobody_features,
    nobody_key,
    placed_features,
    placed_key,
    quote_features,
    quote_key,
    relation,
)

WEIGHTS = Path(__file__).with_name("weights.json")
# Summed weights kept per table; the keys are few, this only bounds an odd long-running process.
MAX_KEPT_SUMS = 100_000


class Weights(dict):
    """Weights by feature; a feature never seen in training weighs nothing."""

    def __missing__(self, feature: str) -> float:
        return 0.0


class Ranker:
    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = Weights(weights)
        self._lasting_sums: dict[Hashable, float] = {}
        self._placed_sums: dict[Hashable, float] = {}
        self._quote_sums: dict[Hashable, float] = {}

    def _summed(self, sums: dict, key: Hashable, features_of: Callable[[Hashable], list[str]]) -> float:
        """The summed weight of the features ``key`` stands for, weighed once per key."""
        total = sums.get(key)
        if total is None:
            if len(sums) >= MAX_KEPT_SUMS:
                sums.clear()
            total = sums[key] = sum(map(self.weights.__getitem__, features_of(key)))
        return total

    def choose(
        self, tokens: Tokens, quote: QuoteContext, candidates: list[Candidate], keep: bool = False
    ) -> Candidate | None:
        """The best-scoring candidate, or None where nobody beats them (a scare quote).

        With ``keep``, each candidate's features are kept on it.
        """
        best, best_score = None, self.nobody_score(quote)
        for candidate, rank in zip(candidates, ranks(quote, candidates), strict=True):
            rel = relation(tokens, quote, candidate.item)
            placed, described = placed_key(candidate, rel), quote_key(tokens, quote, candidate, rel, rank)
            if keep:
                candidate.features = [
                    *lasting_features(candidate.lasting),
                    *placed_features(placed),
                    *quote_features(described),
                ]
            score = (
                self._summed(self._lasting_sums, candidate.lasting, lasting_features)
                + self._summed(self._placed_sums, placed, placed_features)
                + self._summed(self._quote_sums, described, quote_features)
            )
            if score > best_score:
                best, best_score = candidate, score
        return best

    def nobody_score(self, quote: QuoteContext) -> float:
        """How likely the quotation is attributed to nobody, on the candidates' scale."""
        return self._summed(self._quote_sums, ("nobody", nobody_key(quote)), _nobody_features)


def _nobody_features(key: tuple) -> list[str]:
    return nobody_features(key[1])


def ranks(quote: QuoteContext, candidates: list[Candidate]) -> list[int]:
    """How many candidates on the same side of the quotation stand nearer to it."""
    before = [c for c in candidates if c.item.first < quote.index]
    after = [c for c in candidates if c.item.first > quote.index]
    order = {id(c): n for n, c in enumerate(reversed(before))}
    order.update({id(c): n for n, c in enumerate(after)})
    return [order[id(c)] for c in candidates]


@cache
def default_ranker() -> Ranker:
    return Ranker(json.loads(WEIGHTS.read_text(encoding="utf-8")))
