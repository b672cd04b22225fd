"""Score lines with the boosted trees stored in ``line_model.json`` (trained by ``training/``)."""

import json
from functools import cache
from pathlib import Path

import numpy as np

from .features import with_first_stage

MODEL_PATH = Path(__file__).with_name("line_model.json")


class TreeModel:
    """All trees of one model evaluated together: one array step per tree level."""

    def __init__(self, spec: dict):
        self.features = tuple(spec["features"])
        self.depth = spec["depth"]
        self.base = spec["base"]
        self.rate = spec["rate"]
        trees = spec["trees"]
        self.feature = np.array([t["feature"] for t in trees], dtype=np.int64)
        self.threshold = np.array([t["threshold"] for t in trees], dtype=np.float64)
        self.value = np.array([t["value"] for t in trees], dtype=np.float64)
        # A leaf above full depth keeps routing to itself: mark it with feature 0 and +inf.
        leaf = self.feature < 0
        self.threshold[leaf] = np.inf
        self.feature[leaf] = 0
        self.leaf = leaf

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        n_trees = len(self.feature)
        tree = np.arange(n_trees)
        node = np.zeros((len(X), n_trees), dtype=np.int64)
        rows = np.arange(len(X))[:, None]
        for _ in range(self.depth):
            stays = self.leaf[tree, node]
            left = X[rows, self.feature[tree, node]] <= self.threshold[tree, node]
            node = np.where(stays, node, 2 * node + 1 + ~left)
        margin = self.base + self.rate * self.value[tree, node].sum(axis=1)
        return 1 / (1 + np.exp(-margin))


class LineScorer:
    """Two stages of trees: the second also sees the first's scores around each line."""

    def __init__(self, spec: dict):
        self.first, self.second = (TreeModel(stage) for stage in spec["stages"])
        self.title = spec.get("title")  # the headline ranker's weights (see title.py)

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        if not len(X):
            return np.zeros(0)
        return self.second.probabilities(with_first_stage(X, self.first.probabilities(X)))


@cache
def load_scorer(path: Path = MODEL_PATH) -> LineScorer:
    with open(path, encoding="utf-8") as handle:
        return LineScorer(json.load(handle))
