"""Train the headline ranker: a conditional logit over the candidate lines of each page.

One extra choice per page, "no headline in the dump", scores a learned constant; when it
wins, the reader falls back to the lede's first sentence.
"""

import numpy as np

from articles.pipeline.textdump.body import select_body
from articles.pipeline.textdump.model import TreeModel
from articles.pipeline.textdump.sentences import first_sentence
from articles.pipeline.textdump.title import ranked_candidates
from articles.pipeline.textdump.title_features import TITLE_NAMES
from training.boosting import Booster
from training.folding import folded

L2 = 1.0
STEPS = 600
RATE = 0.05


def title_choices(page, scores):
    """Candidate features of one page and which choices are right (the last choice is "none")."""
    gold = folded(page.gold.get("title") or "")
    if not gold:
        return None
    parts = select_body(page.facts, scores, set())
    start = parts.paragraphs[0] if parts.paragraphs else 0
    picks, features = ranked_candidates(page.facts, page.features, scores, parts.paragraphs)
    right = [folded(page.lines[i].text) == gold for i in picks]
    lede = start < len(page.lines) and folded(first_sentence(page.lines[start].text)) == gold
    if not any(right) and not lede:
        return None
    return (features if picks else None), np.array([*right, lede and not any(right)], dtype=float)


def train_title(examples) -> dict:
    examples = [example for example in examples if example is not None and example[0] is not None]
    stacked = np.vstack([features for features, _ in examples])
    mean, spread = stacked.mean(0), stacked.std(0) + 1e-6
    mean[0], spread[0] = 0.0, 1.0
    scaled = [((features - mean) / spread, right) for features, right in examples]
    weights, none_score = np.zeros(stacked.shape[1]), 0.0
    for _ in range(STEPS):
        gradient, none_gradient = L2 * weights / len(scaled), 0.0
        for features, right in scaled:
            margins = np.append(features @ weights, none_score)
            p = np.exp(margins - margins.max())
            p /= p.sum()
            target = right / right.sum()
            gradient += features.T @ (p[:-1] - target[:-1]) / len(scaled)
            none_gradient += (p[-1] - target[-1]) / len(scaled)
        weights -= RATE * gradient * 10
        none_score -= RATE * none_gradient * 10
    raw = weights / spread
    shift = -float(mean @ raw)
    return {
        "features": list(TITLE_NAMES),
        "weights": [float(f"{w:.6g}") for w in raw],
        "threshold": none_score - shift,
    }


RANKER_TREES = 120
RANKER_DEPTH = 3


def train_title_trees(examples, n_trees: int = RANKER_TREES, depth: int = RANKER_DEPTH) -> dict:
    """Boosted trees scoring each candidate (is it the headline?), each page weighing the same.

    The threshold below which the lede's first sentence wins is the one that gets the most
    training pages right.
    """
    examples = [example for example in examples if example is not None and example[0] is not None]
    X = np.vstack([features for features, _ in examples])
    y = np.concatenate([right[:-1] for _, right in examples])
    weight = np.concatenate([np.full(len(features), 1.0 / len(features)) for features, _ in examples])
    trees = Booster(n_trees=n_trees, depth=depth).fit(X, y, weight).to_json(TITLE_NAMES)
    model = TreeModel(trees)
    best = [model.margins(features).max() for features, _ in examples]
    best_right = [bool(right[int(np.argmax(model.margins(features)))]) for features, right in examples]
    lede_right = [bool(right[-1]) for _, right in examples]
    return {"trees": trees, "threshold": _best_threshold(best, best_right, lede_right)}


def _best_threshold(best, best_right, lede_right) -> float:
    order = np.argsort(best)
    best, best_right, lede_right = (
        np.array(best)[order],
        np.array(best_right)[order],
        np.array(lede_right)[order],
    )
    # Threshold between position k-1 and k: pages below take the lede, pages at or above their best line.
    lede_hits = np.concatenate([[0], np.cumsum(lede_right)])
    line_hits = np.concatenate([np.cumsum(best_right[::-1])[::-1], [0]])
    k = int(np.argmax(lede_hits + line_hits))
    return float(best[k] - 1e-9) if k < len(best) else float(best[-1] + 1.0)
