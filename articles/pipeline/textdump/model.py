"""Score lines with the boosted trees stored in ``line_model.json`` (``python -m training.line_model``)."""

import json
from functools import cache
from pathlib import Path

import numpy as np

from .features import with_first_stage

MODEL_PATH = Path(__file__).with_name("line_model.json")


class TreeModel:
    """All trees of one model evaluated together: one array step per tree level.

    Each tree is stored complete, in heap order: a leaf above the full depth becomes a node
    that always sends its lines left to copies of itself, so every line takes ``depth``
    steps and ends at one of the ``2 ** depth`` leaves.
    """

    def __init__(self, spec: dict):
        self.features = tuple(spec["features"])
        self.depth = spec["depth"]
        self.base = spec["base"]
        self.rate = spec["rate"]
        trees = [_complete(tree, self.depth) for tree in spec["trees"]]
        inner = 2**self.depth - 1
        self.feature = np.concatenate([feature[:inner] for feature, _, _ in trees])
        self.threshold = np.concatenate([threshold[:inner] for _, threshold, _ in trees])
        self.leaf_value = np.concatenate([value[inner:] for _, _, value in trees])
        self.inner_offsets = np.arange(len(trees)) * inner
        self.leaf_offsets = np.arange(len(trees)) * (inner + 1) - inner

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-self.margins(X)))

    def margins(self, X: np.ndarray) -> np.ndarray:
        """The log-odds of each row."""
        n_lines, n_features = X.shape
        flat = X.ravel()
        row_start = (np.arange(n_lines) * n_features)[:, None]
        node = np.zeros((n_lines, len(self.inner_offsets)), dtype=np.int64)
        # ``take`` gathers much faster than fancy indexing.
        for _ in range(self.depth):
            at = self.inner_offsets + node
            goes_right = flat.take(row_start + self.feature.take(at)) > self.threshold.take(at)
            node = 2 * node + 1 + goes_right
        return self.base + self.rate * self.leaf_value.take(self.leaf_offsets + node).sum(axis=1)


def _complete(tree: dict, depth: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    size = 2 ** (depth + 1) - 1
    feature = np.zeros(size, dtype=np.int64)
    threshold = np.full(size, np.inf)
    value = np.zeros(size)
    feature[: len(tree["feature"])] = np.maximum(tree["feature"], 0)
    value[: len(tree["value"])] = tree["value"]
    stored = np.array(tree["feature"])
    threshold[: len(stored)] = np.where(stored >= 0, tree["threshold"], np.inf)
    leaf = np.ones(size, dtype=bool)
    leaf[: len(stored)] = stored < 0
    for node in range(2**depth - 1):
        if leaf[node]:  # send everything left, down copies of this leaf
            for child in (2 * node + 1, 2 * node + 2):
                value[child], leaf[child] = value[node], True
    return feature, threshold, value


class LineScorer:
    """Two stages of trees: the second also sees the first's scores around each line."""

    def __init__(self, spec: dict):
        self.first, self.second = (TreeModel(stage) for stage in spec["stages"])
        self.title = TitleRanker(spec["title"]) if spec.get("title") else None

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        if not len(X):
            return np.zeros(0)
        return self.second.probabilities(with_first_stage(X, self.first.probabilities(X)))


class TitleRanker:
    """The headline ranker (see title.py): boosted trees, or the weights of a linear model, scoring
    each candidate; the best one is the headline if it scores at least ``threshold``."""

    def __init__(self, spec: dict):
        self.threshold = spec["threshold"]
        self.trees = TreeModel(spec["trees"]) if "trees" in spec else None
        self.weights = None if self.trees else np.array(spec["weights"])

    def margins(self, features: np.ndarray) -> np.ndarray:
        return self.trees.margins(features) if self.trees else features @ self.weights


@cache
def load_scorer(path: Path = MODEL_PATH) -> LineScorer:
    with open(path, encoding="utf-8") as handle:
        return LineScorer(json.load(handle))
