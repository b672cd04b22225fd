"""Train the text-dump line scorer on the development corpora.

A line is labelled "article" when its text (typographic quotes folded) is a paragraph of the
gold body, a part of it, or nearly all its words are the body's. Lines are weighted by their
share of the page's words so that training aims at the token F1 the benchmark measures.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np

from articles.pipeline.textdump.features import FEATURE_NAMES, STACK_NAMES, line_matrix, with_first_stage
from articles.pipeline.textdump.lines import normalise, page_lines, split_date_prefix
from articles.pipeline.textdump.model import TreeModel
from articles.pipeline.textdump.page import PageFacts
from training.boosting import Booster
from training.corpora import corpus_dir, load_gold
from training.folding import TYPOGRAPHY
from training.title_training import title_choices, train_title

SETS = ("aeb", "wcxb")
SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go"}
MIN_SUBSTRING = 25
MIN_OVERLAP_WORDS = 8
OVERLAP = 0.9


@dataclass
class Page:
    corpus: str
    id: str
    text: str
    gold: dict
    lines: list | None = None
    facts: PageFacts | None = None
    features: np.ndarray | None = None
    labels: np.ndarray | None = None
    weights: np.ndarray | None = None


def load_pages(names) -> list[Page]:
    pages = []
    for name in names:
        for row in load_gold(name):
            path = corpus_dir(name) / "text" / f"{row['id']}.txt"
            text = path.read_bytes().decode("utf-8", errors="replace")
            pages.append(Page(name, row["id"], text, row))
    return pages


def prepare(page: Page) -> Page:
    _, text = split_date_prefix(page.text)
    lines = page_lines(text)
    page.lines = lines
    page.facts = PageFacts(lines)
    page.features = line_matrix(page.facts)
    page.labels = np.array(line_labels(page.gold["body"], page.facts.texts), dtype=float)
    words = page.facts.words.astype(float)
    page.weights = words / max(words.sum(), 1.0)
    return page


def line_labels(gold_body: str, lines: list[str]) -> list[int]:
    gold = gold_body.translate(TYPOGRAPHY)
    paragraphs = {normalise(p) for p in gold.split("\n") if p.strip()}
    flat = normalise(gold)
    gold_words = Counter(flat.split())
    labels = []
    for text in lines:
        folded = text.translate(TYPOGRAPHY)
        words = folded.split()
        labels.append(
            int(
                folded in paragraphs
                or (len(folded) >= MIN_SUBSTRING and folded in flat)
                or (
                    len(words) >= MIN_OVERLAP_WORDS
                    and sum(word in gold_words for word in words) / len(words) >= OVERLAP
                )
            )
        )
    return labels


def fold_of(page: Page) -> int:
    """A random fold: pages of one site may land in both halves."""
    return _half(page.id)


def site_fold_of(page: Page) -> int:
    """A fold drawn by site, so that no site is in both the training and the scoring half."""
    return _half(site_of(page.gold))


def site_of(gold: dict) -> str:
    """The site a gold page came from: its registrable domain ("bbc.co.uk", "nytimes.com")."""
    host = (gold.get("domain") or urlsplit(gold.get("url") or "").hostname or "").lower()
    labels = host.removeprefix("www.").split(".")
    # "co.uk", "com.br": a short second-level label under a country code belongs to the suffix.
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _half(key: str) -> int:
    return int(hashlib.md5(key.encode()).hexdigest(), 16) % 2


def train(pages: list[Page], n_trees: int = 80, depth: int = 4) -> dict:
    """Fit both stages on prepared pages; return the JSON-ready model.

    The second stage reads the first stage's scores around each line. On the pages it was
    fitted on, the first stage is surer than it will be on a new site's page, so the second
    stage learns from out-of-fold first-stage scores (each page scored by a first stage fitted
    on the other sites), and so does the headline ranker from the scores it is given.
    """
    pages = [page for page in pages if len(page.labels)]
    model, line_scores = train_lines(pages, n_trees, depth)
    model["title"] = train_title(
        [title_choices(page, scores) for page, scores in zip(pages, line_scores, strict=True)]
    )
    return model


def train_lines(pages: list[Page], n_trees: int = 80, depth: int = 4) -> tuple[dict, list[np.ndarray]]:
    """Both stages of the line model, and each page's line scores as the headline ranker learns from them."""
    X, y, weight = _stacked(pages)
    first = Booster(n_trees=n_trees, depth=depth).fit(X, y, weight).to_json(FEATURE_NAMES)
    first_scores = _out_of_fold_first_stage(pages, n_trees, depth)
    X2 = np.vstack(
        [with_first_stage(page.features, scores) for page, scores in zip(pages, first_scores, strict=True)]
    )
    second = Booster(n_trees=n_trees, depth=depth).fit(X2, y, weight).to_json(FEATURE_NAMES + STACK_NAMES)
    model = {"stages": [_rounded(first), _rounded(second)]}
    second_model = TreeModel(model["stages"][1])
    line_scores = [
        second_model.probabilities(with_first_stage(page.features, scores))
        for page, scores in zip(pages, first_scores, strict=True)
    ]
    return model, line_scores


INNER_FOLDS = 3


def _stacked(pages: list[Page]):
    X = np.vstack([page.features for page in pages])
    y = np.concatenate([page.labels for page in pages])
    weight = np.concatenate([page.weights for page in pages])
    return X, y, weight


def _out_of_fold_first_stage(pages: list[Page], n_trees: int, depth: int) -> list[np.ndarray]:
    """First-stage scores of each page from a first stage fitted on the other sites' pages."""
    fold = [
        int(hashlib.md5(f"inner:{site_of(page.gold)}".encode()).hexdigest(), 16) % INNER_FOLDS
        for page in pages
    ]
    scores: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for k in range(INNER_FOLDS):
        fitted = [page for page, f in zip(pages, fold, strict=True) if f != k]
        X, y, weight = _stacked(fitted)
        model = TreeModel(Booster(n_trees=n_trees, depth=depth).fit(X, y, weight).to_json(FEATURE_NAMES))
        for i in (i for i, f in enumerate(fold) if f == k):
            scores[i] = model.probabilities(pages[i].features)
    return scores


def _rounded(spec: dict) -> dict:
    for tree in spec["trees"]:
        tree["threshold"] = [float(f"{value:.6g}") for value in tree["threshold"]]
        tree["value"] = [float(f"{value:.5g}") for value in tree["value"]]
    return spec
