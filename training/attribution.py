"""Train the attribution ranker on annotated news and write its weights.

Usage (from the repository root):
    python -m training.attribution [--gold PATH] [--folds 5] [--write]

Reads PolNeAR-style gold (one JSON article a line, with "text", "title" and
"quotes" holding "quote", "speaker" and "speaker_resolved"), by default
../shared/corpus/quotes/polnear-train.jsonl (override the folder with
DISPATCHES_SHARED_DIR). Each round extracts candidates with the current model,
reports cross-validated attribution accuracy over folds of articles, then fits
a conditional logistic model (one softmax over each quotation's candidates) on
all of them. ``--write`` stores the final weights in ranking/weights.json.
"""

import argparse
import json
import math
import random
from collections import defaultdict
from pathlib import Path

from articles.pipeline.quotes.ranking import WEIGHTS, Ranker
from training.attribution_examples import Example, article_examples
from training.corpora import shared_dir

REPO = Path(__file__).resolve().parents[1]
SEED = 13


def fit(examples: list[Example], epochs: int, rate: float, l2: float) -> dict[str, float]:
    """Adagrad on the log-likelihood of the right candidates of each quotation."""
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    usable = [e for e in examples if any(e.labels)]
    shuffler = random.Random(SEED)
    for _ in range(epochs):
        shuffler.shuffle(usable)
        for example in usable:
            for feature, gradient in _gradient(example, weights).items():
                gradient += l2 * weights[feature]
                squares[feature] += gradient * gradient
                weights[feature] -= rate * gradient / math.sqrt(squares[feature])
    return dict(weights)


def _gradient(example: Example, weights: dict[str, float]) -> dict[str, float]:
    scores = [sum(weights.get(f, 0.0) for f in features) for features in example.features]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    right = sum(x for x, label in zip(exps, example.labels, strict=True) if label)
    gradient: dict[str, float] = defaultdict(float)
    for features, x, label in zip(example.features, exps, example.labels, strict=True):
        share = x / total - (x / right if label else 0.0)
        for feature in features:
            gradient[feature] += share
    return gradient


def accuracy(examples: list[Example], weights: dict[str, float]) -> float:
    return sum(map(is_right, examples, [weights] * len(examples))) / len(examples)


def is_right(example: Example, weights: dict[str, float]) -> bool:
    if not example.features:
        return example.gold_none
    scores = [sum(weights.get(f, 0.0) for f in features) for features in example.features]
    return example.scored[scores.index(max(scores))]


def by_rule(examples: list[Example], weights: dict[str, float]) -> str:
    """Accuracy of the model and of the rules' own choice, for each rule that proposed a speaker."""
    rows = []
    for rule in sorted({example.rule for example in examples}):
        chosen = [e for e in examples if e.rule == rule]
        rules_right = sum(_rule_choice_right(e) for e in chosen) / len(chosen)
        rows.append(
            f"{rule or 'none'}: n={len(chosen)} model={accuracy(chosen, weights):.3f} rules={rules_right:.3f}"
        )
    return "\n    ".join(rows)


def _rule_choice_right(example: Example) -> bool:
    for features, label in zip(example.features, example.scored, strict=True):
        if f"rule={example.rule}" in features:
            return label
    return example.gold_none


def cross_validate(examples: list[Example], folds: int, **settings) -> list[float]:
    articles = sorted({example.article for example in examples})
    random.Random(SEED).shuffle(articles)
    fold_of = {article: n % folds for n, article in enumerate(articles)}
    figures = []
    for fold in range(folds):
        train = [e for e in examples if fold_of[e.article] != fold]
        test = [e for e in examples if fold_of[e.article] == fold]
        figures.append(accuracy(test, fit(train, **settings)))
    return figures


def extract(gold: list[dict], weights: dict[str, float]) -> list[Example]:
    ranker = Ranker(weights)
    return [example for article in gold for example in article_examples(article, ranker)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default_gold = shared_dir() / "corpus" / "quotes" / "polnear-train.jsonl"
    parser.add_argument("--gold", type=Path, default=default_gold)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    settings = {"epochs": args.epochs, "rate": args.rate, "l2": args.l2}
    weights = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    for round_number in range(1, args.rounds + 1):
        examples = extract(gold, weights)
        reachable = sum(any(e.scored) for e in examples) / len(examples)
        print(f"round {round_number}: {len(examples)} quotations, a right candidate for {reachable:.3f}")
        print(f"  current model: {accuracy(examples, weights):.3f}")
        print(f"    {by_rule(examples, weights)}")
        if args.folds > 1:
            figures = cross_validate(examples, args.folds, **settings)
            mean = sum(figures) / len(figures)
            print(
                f"  {args.folds}-fold cross-validation: {mean:.3f} ({' '.join(f'{f:.3f}' for f in figures)})"
            )
        weights = fit(examples, **settings)
    kept = {feature: round(weight, 4) for feature, weight in sorted(weights.items()) if abs(weight) >= 1e-3}
    print(f"{len(kept)} weights")
    if args.write:
        WEIGHTS.write_text(json.dumps(kept, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written to {WEIGHTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
