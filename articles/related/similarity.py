"""TF-IDF cosine between one article's terms and its candidates', with the IDF taken over that small set."""

import math
from collections import Counter
from collections.abc import Mapping


def rank(target: Counter, candidates: Mapping[int, Counter], threshold: float) -> list[tuple[int, float]]:
    """Candidates at least ``threshold`` similar to ``target``, most similar first.

    Document frequencies come from the candidates themselves: words every
    article of those days shares ("Moscow", "minister") weigh little, words
    of one story weigh much.
    """
    idf = _inverse_document_frequency([target, *candidates.values()])
    target_weights = _weights(target, idf)
    scored = ((pk, _cosine(target_weights, _weights(terms, idf))) for pk, terms in candidates.items())
    return sorted(((pk, score) for pk, score in scored if score >= threshold), key=lambda item: -item[1])


def _inverse_document_frequency(documents: list[Counter]) -> dict[str, float]:
    frequency = Counter(term for document in documents for term in document)
    total = len(documents)
    return {term: math.log((1 + total) / (1 + count)) + 1 for term, count in frequency.items()}


def _weights(terms: Counter, idf: Mapping[str, float]) -> dict[str, float]:
    weights = {term: (1 + math.log(count)) * idf[term] for term, count in terms.items()}
    norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
    return {term: weight / norm for term, weight in weights.items()}


def _cosine(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    if len(second) < len(first):
        first, second = second, first
    return sum(weight * second.get(term, 0.0) for term, weight in first.items())
