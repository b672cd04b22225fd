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
from .features import Candidate, QuoteContext, describe

WEIGHTS = Path(__file__).with_name("weights.json")


class Ranker:
    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def score(self, candidate: Candidate) -> float:
        get = self.weights.get
        return sum(get(feature, 0.0) for feature in candidate.features)

    def choose(
        self, tokens: list[Token], quote: QuoteContext, candidates: list[Candidate]
    ) -> Candidate | None:
        """The best-scoring candidate; each candidate's features are kept on it."""
        best, best_score = None, float("-inf")
        for candidate, rank in zip(candidates, ranks(tokens, quote, candidates), strict=True):
            candidate.features = describe(tokens, quote, candidate, rank)
            score = self.score(candidate)
            if score > best_score:
                best, best_score = candidate, score
        return best


def ranks(tokens: list[Token], quote: QuoteContext, candidates: list[Candidate]) -> list[int]:
    """How many candidates on the same side of the quotation stand nearer to it."""
    before = [c for c in candidates if c.item.first < quote.index]
    after = [c for c in candidates if c.item.first > quote.index]
    order = {id(c): n for n, c in enumerate(reversed(before))}
    order.update({id(c): n for n, c in enumerate(after)})
    return [order[id(c)] for c in candidates]


@cache
def default_ranker() -> Ranker:
    return Ranker(json.loads(WEIGHTS.read_text(encoding="utf-8")))
