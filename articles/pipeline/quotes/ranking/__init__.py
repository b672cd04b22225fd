"""Choose the speaker of a quotation among the mentions around it, with a learned linear model.

The hand-written rules propose a cue; the ranker weighs it against every name,
pronoun and description nearby. Weights are learned from annotated news by
``articles/pipeline/quotes/training/train_attribution.py`` and kept in
``weights.json`` next to this file.
"""

import json
from functools import cache
from pathlib import Path

from ..tokens import Token
from .features import Candidate, QuoteContext, describe, placed, relation

WEIGHTS = Path(__file__).with_name("weights.json")


class Weights(dict):
    """Weights by feature; a feature never seen in training weighs nothing."""

    def __missing__(self, feature: str) -> float:
        return 0.0


class Ranker:
    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = Weights(weights)

    def score(self, candidate: Candidate, rel: str, features: list[str]) -> float:
        """The candidate's score; the parts that do not depend on the quotation are kept on it."""
        weight = self.weights.__getitem__
        if candidate.lasting_score is None:
            candidate.lasting_score = sum(map(weight, candidate.lasting))
        placed_score = candidate.placed_scores.get(rel)
        if placed_score is None:
            placed_score = candidate.placed_scores[rel] = sum(map(weight, placed(candidate, rel)))
        return candidate.lasting_score + placed_score + sum(map(weight, features))

    def choose(
        self, tokens: list[Token], quote: QuoteContext, candidates: list[Candidate], keep: bool = False
    ) -> Candidate | None:
        """The best-scoring candidate; with ``keep``, each candidate's features are kept on it."""
        best, best_score = None, float("-inf")
        for candidate, rank in zip(candidates, ranks(quote, candidates), strict=True):
            rel = relation(tokens, quote, candidate.item)
            features = describe(tokens, quote, candidate, rel, rank)
            if keep:
                candidate.features = [*candidate.lasting, *placed(candidate, rel), *features]
            score = self.score(candidate, rel, features)
            if score > best_score:
                best, best_score = candidate, score
        return best


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
