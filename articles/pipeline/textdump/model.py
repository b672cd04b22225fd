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
        feature = np.array([t["feature"] for t in trees], dtype=np.int64)
        self.width = feature.shape[1]
        self.offsets = np.arange(len(trees)) * self.width
        # Flat arrays over all nodes of all trees; a leaf above full depth routes to itself.
        leaf = (feature < 0).ravel()
        self.feature = np.where(leaf, 0, feature.ravel())
        self.threshold = np.where(leaf, np.inf, np.array([t["threshold"] for t in trees]).ravel())
        self.left = np.where(
            leaf, np.arange(leaf.size), np.arange(leaf.size) + np.tile(np.arange(self.width) + 1, len(trees))
        )
        self.value = np.array([t["value"] for t in trees], dtype=np.float64).ravel()

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        n_lines, n_features = X.shape
        flat = X.ravel()
        row_start = (np.arange(n_lines) * n_features)[:, None]
        node = np.broadcast_to(self.offsets, (n_lines, len(self.offsets)))
        for _ in range(self.depth):
            goes_right = flat[row_start + self.feature[node]] > self.threshold[node]
            node = self.left[node] + goes_right * (self.left[node] != node)
        margin = self.base + self.rate * self.value[node].sum(axis=1)
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
