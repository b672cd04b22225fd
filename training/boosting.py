"""A small gradient-boosted tree learner (weighted logistic loss) in numpy.

Only the training scripts use it; the page reader loads the trees it writes with
``textdump.model``. Written here rather than pulling in scikit-learn or LightGBM for
one model of a few hundred shallow trees.
"""

import numpy as np

MAX_BINS = 32


def quantile_cuts(X: np.ndarray, max_bins: int = MAX_BINS) -> list[np.ndarray]:
    """Candidate thresholds per feature: distinct quantiles of its training values."""
    quantiles = np.linspace(0, 1, max_bins + 1)[1:-1]
    return [np.unique(np.quantile(X[:, j], quantiles)) for j in range(X.shape[1])]


def binned(X: np.ndarray, cuts: list[np.ndarray]) -> np.ndarray:
    """Bin codes such that code <= k means value <= cuts[k]."""
    return np.column_stack([np.searchsorted(c, X[:, j], side="left") for j, c in enumerate(cuts)]).astype(
        np.int32
    )


class Booster:
    def __init__(self, n_trees=200, depth=4, rate=0.1, l2=1.0, min_hessian=1e-3, row_sample=0.7, seed=0):
        self.n_trees, self.depth, self.rate, self.l2 = n_trees, depth, rate, l2
        self.min_hessian, self.row_sample = min_hessian, row_sample
        self.rng = np.random.default_rng(seed)
        self.trees: list[dict] = []
        self.base = 0.0

    def fit(self, X, y, weight):
        cuts = quantile_cuts(X)
        codes = binned(X, cuts)
        weight = weight / weight.mean()
        rate = np.average(y, weights=weight)
        self.base = float(np.log(rate / (1 - rate)))
        margin = np.full(len(y), self.base)
        for _ in range(self.n_trees):
            p = 1 / (1 + np.exp(-margin))
            grad, hess = weight * (p - y), weight * p * (1 - p)
            rows = np.flatnonzero(self.rng.random(len(y)) < self.row_sample)
            tree = self._grow(codes, cuts, grad, hess, rows)
            self.trees.append(tree)
            margin += self.rate * _predict_tree(tree, X)
        return self

    def _grow(self, codes, cuts, grad, hess, rows):
        n_nodes = 2 ** (self.depth + 1) - 1
        tree = {"feature": [-1] * n_nodes, "threshold": [0.0] * n_nodes, "value": [0.0] * n_nodes}
        members = {0: rows}
        for node in range(n_nodes):
            idx = members.pop(node, None)
            if idx is None:
                continue
            g, h = grad[idx].sum(), hess[idx].sum()
            tree["value"][node] = float(-g / (h + self.l2))
            if node >= 2**self.depth - 1 or len(idx) < 2:
                continue
            split = self._best_split(codes[idx], grad[idx], hess[idx], cuts)
            if split is None:
                continue
            feature, bin_index = split
            tree["feature"][node] = feature
            tree["threshold"][node] = float(cuts[feature][bin_index])
            goes_left = codes[idx, feature] <= bin_index
            members[2 * node + 1], members[2 * node + 2] = idx[goes_left], idx[~goes_left]
        return tree

    def _best_split(self, codes, g, h, cuts):
        n_features = codes.shape[1]
        width = MAX_BINS
        flat = (codes + np.arange(n_features) * width).ravel()
        G = np.bincount(flat, weights=np.repeat(g, n_features), minlength=n_features * width)
        H = np.bincount(flat, weights=np.repeat(h, n_features), minlength=n_features * width)
        G, H = G.reshape(n_features, width).cumsum(1), H.reshape(n_features, width).cumsum(1)
        G_total, H_total = G[:, -1:], H[:, -1:]
        valid = (self.min_hessian < H) & (H_total - H > self.min_hessian)
        for j, c in enumerate(cuts):
            valid[j, len(c) :] = False
        gain = G**2 / (H + self.l2) + (G_total - G) ** 2 / (H_total - H + self.l2)
        gain = np.where(valid, gain, -np.inf)
        best = np.unravel_index(np.argmax(gain), gain.shape)
        if not np.isfinite(gain[best]) or gain[best] <= G_total[0, 0] ** 2 / (H_total[0, 0] + self.l2) + 1e-9:
            return None
        return int(best[0]), int(best[1])

    def to_json(self, feature_names) -> dict:
        return {
            "features": list(feature_names),
            "depth": self.depth,
            "base": self.base,
            "rate": self.rate,
            "trees": [
                {"feature": t["feature"], "threshold": t["threshold"], "value": t["value"]}
                for t in self.trees
            ],
        }


def _predict_tree(tree, X):
    node = np.zeros(len(X), dtype=np.int64)
    feature = np.array(tree["feature"])
    threshold = np.array(tree["threshold"])
    value = np.array(tree["value"])
    rows = np.arange(len(X))
    while True:
        f = feature[node]
        internal = f >= 0
        if not internal.any():
            return value[node]
        go_left = X[rows, np.maximum(f, 0)] <= threshold[node]
        node = np.where(internal, np.where(go_left, 2 * node + 1, 2 * node + 2), node)
