"""Quote extraction and attribution on PolNeAR, scored by ../shared/tools/score_quotes.py.

Usage: python -m benchmarks.quotes [--gold PATH] [--show-errors N]

Feeds every article of the gold file through the pipeline, writes predictions
to benchmarks/out/quotes-<gold name>.jsonl (the source of each quotation as the archive shows it: the
speaker's name or the source the article leaves unnamed), prints the scorer's figures against
the targets, the same for names alone, the speed of quote extraction alone and what the whole JSON Lines
path (parse_file on records with a ``body``) costs per article beside it.
Speeds are CPU time, best of ``--rounds`` rounds, so other load on the machine
counts as little as possible.
"""

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from articles.pipeline import parse_file, supported_suffixes
from articles.pipeline.quotes import extract_quotes
from training.corpora import shared_dir

REPO = Path(__file__).resolve().parents[1]

TARGETS = {"quote_F1": 0.95, "attribution": 0.85, "e2e_F1": 0.80}
SPEED_TARGET = 500  # articles per second, one core


def load_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def predict(articles: list[dict]) -> tuple[dict[str, list], str]:
    """Quotes per article id, and which way they were obtained."""
    if ".jsonl" in supported_suffixes():
        return _through_parse_file(articles), "parse_file on JSON Lines records"
    quotes = {
        article["id"]: extract_quotes(article["text"], title=article.get("title")) for article in articles
    }
    return quotes, "extract_quotes directly (no JSON Lines reader yet)"


def json_lines(articles: list[dict]) -> bytes:
    records = [{"id": a["id"], "title": a.get("title") or "", "body": a["text"]} for a in articles]
    return "\n".join(json.dumps(record, ensure_ascii=False) for record in records).encode("utf-8")


def _through_parse_file(articles: list[dict]) -> dict[str, list]:
    results = parse_file(json_lines(articles), "polnear-dev.jsonl")
    by_id = {}
    for position, result in enumerate(results):
        record_id = getattr(result, "record_id", None)
        article_id = record_id if record_id in {a["id"] for a in articles} else articles[position]["id"]
        by_id[article_id] = getattr(result, "quotes", [])
    return by_id


def prediction_line(article_id: str, quotes: list, names_only: bool = False) -> str:
    # Gold files mark every quotation kind "direct" and flag fragments with "partial", so
    # both of the pipeline's kinds are written as "direct" for the scorer. The source scored is
    # the one the archive shows: the speaker's name, or the unnamed source ("a senior official")
    # that the annotators also marked as the source; ``names_only`` scores names alone.
    rows = [
        {
            "quote": q.quote,
            "speaker": q.speaker if names_only else q.speaker or q.unnamed_source,
            "start": q.start,
            "kind": "direct",
            "partial": q.kind == "partial",
        }
        for q in quotes
    ]
    return json.dumps({"id": article_id, "quotes": rows}, ensure_ascii=False)


def extraction_speed(articles: list[dict], rounds: int = 10) -> float:
    """Articles per CPU second on one core (best round): other load on the machine does not count."""
    texts = [article["text"] for article in articles]

    def extract_all() -> None:
        for text in texts:
            extract_quotes(text)

    return len(texts) / best_cpu_seconds(extract_all, rounds)


def json_lines_cost(articles: list[dict], rounds: int = 10) -> float:
    """CPU milliseconds per article of ``parse_file`` on JSON Lines records with a body (best round)."""
    data = json_lines(articles)
    return best_cpu_seconds(lambda: parse_file(data, "speed.jsonl"), rounds) / len(articles) * 1000


def best_cpu_seconds(work, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def score(gold: Path, predictions: Path, show_errors: int, quiet: bool = False) -> dict:
    metrics_path = predictions.with_suffix(".metrics.json")
    command = [sys.executable, str(shared_dir() / "tools" / "score_quotes.py"), str(gold), str(predictions)]
    command += ["--json", str(metrics_path), "--show-errors", str(show_errors)]
    subprocess.run(command, check=True, capture_output=quiet)
    return json.loads(metrics_path.read_text())


def report(metrics: dict, speed: float, route: str) -> None:
    print(f"pipeline route: {route}")
    for name, target in TARGETS.items():
        verdict = "meets" if metrics[name] >= target else "BELOW"
        print(f"{name}={metrics[name]:.3f} target>={target:.2f} {verdict}")
    verdict = "meets" if speed >= SPEED_TARGET else "BELOW"
    print(f"extraction speed={speed:.0f} articles/s target>={SPEED_TARGET} {verdict}")


def report_json_lines(cost: float, speed: float) -> None:
    """The JSON Lines path beside extraction alone; the difference is language detection and the rest."""
    alone = 1000 / speed
    extra = cost - alone
    print(f"parse_file on JSON Lines={cost:.2f} ms/article (extraction alone {alone:.2f}, +{extra:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=shared_dir() / "corpus" / "quotes" / "polnear-dev.jsonl")
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=10, help="timed rounds; the best counts")
    args = parser.parse_args()
    articles = load_gold(args.gold)
    quotes, route = predict(articles)
    out = REPO / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    predictions = out / f"quotes-{args.gold.stem}.jsonl"
    predictions.write_text(
        "\n".join(prediction_line(a["id"], quotes.get(a["id"], [])) for a in articles) + "\n"
    )
    metrics = score(args.gold, predictions, args.show_errors)
    names = out / f"quotes-{args.gold.stem}-names.jsonl"
    names.write_text(
        "\n".join(prediction_line(a["id"], quotes.get(a["id"], []), True) for a in articles) + "\n"
    )
    named = score(args.gold, names, 0, quiet=True)
    speed = extraction_speed(articles, args.rounds)
    report(metrics, speed, route)
    print(
        f"names only (unnamed sources scored as no source): attribution={named['attribution']:.3f} "
        f"e2e_F1={named['e2e_F1']:.3f}"
    )
    if ".jsonl" in supported_suffixes():
        report_json_lines(json_lines_cost(articles, args.rounds), speed)


if __name__ == "__main__":
    main()
