"""Speakers that are no name, in the dry run of the extract-dev pages (../shared/tools/suspect_speakers.py).

Usage: python -m benchmarks.speakers [--split tune|held-out|all] [--show N] [--sets aeb,wcxb]

Runs ``manage.py ingest --dry-run --format jsonl`` (in a throwaway data directory) over every HTML
page and every text dump of ``../shared/corpus/extract-dev/{aeb,wcxb}``, writes the rows to
``benchmarks/out/speakers-<set>-<form>-<split>.jsonl`` and prints, per set and form, the share of
attributed quotations whose speaker is no name (target: at most 2%), then all sets together.

The pages are split by site before any tuning: a page is held out when the md5 of its domain
(``www.`` dropped) is 0 modulo 3, about a third of the sites. Rules are tuned on ``tune``; the
``held-out`` figure says how they do on sites never read. ``--show`` prints the suspect speakers
the tool lists, for the tune split only (held-out pages are not for reading while tuning).
"""

import argparse
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from training.corpora import shared_dir

REPO = Path(__file__).resolve().parents[1]

SETS = ("aeb", "wcxb")
FORMS = {"html": "*.html.gz", "text": "*.txt"}
TARGET = 0.02
LAST_LINE = re.compile(r"speakers suspect=([\d.]+) \((\d+) of (\d+) attributed quotations, (\d+) articles\)")


def split_of(domain: str) -> str:
    """ "held-out" for about a third of the sites, chosen by a hash of the domain; "tune" otherwise."""
    site = domain.lower().removeprefix("www.")
    return "held-out" if int(hashlib.md5(site.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def page_splits(corpus: Path) -> dict[str, str]:
    """The split of each page id of one set, from its gold file's domain."""
    with (corpus / "gold.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return {row["id"]: split_of(row.get("domain") or row["url"].split("/")[2]) for row in rows}


def page_id(path: Path) -> str:
    return path.name.split(".")[0]


def setup_django() -> None:
    os.environ["DISPATCHES_DATA_DIR"] = tempfile.mkdtemp(prefix="speakers-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings.dev")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def dry_run(paths: list[Path]) -> str:
    from django.core.management import call_command

    out = io.StringIO()
    call_command("ingest", *map(str, paths), dry_run=True, stdout=out)
    return out.getvalue()


def suspect(rows_path: Path, show: int) -> tuple[str, tuple[float, int, int, int]]:
    """The tool's printed list and its figures: share, suspect, attributed, articles."""
    tool = shared_dir() / "tools" / "suspect_speakers.py"
    command = [sys.executable, str(tool), str(rows_path), "--show", str(show)]
    printed = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    found = LAST_LINE.search(printed)
    if found is None:
        raise SystemExit(f"unexpected output of {tool}: {printed[-300:]}")
    share, bad, total, articles = found.groups()
    return printed[: found.start()], (float(share), int(bad), int(total), int(articles))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=["tune", "held-out", "all"], default="tune")
    parser.add_argument("--show", type=int, default=0, help="suspect speakers to list (tune split only)")
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args()
    setup_django()
    out = REPO / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    totals = [0, 0]
    started = time.process_time(), time.monotonic()
    for name in args.sets.split(","):
        corpus = shared_dir() / "corpus" / "extract-dev" / name
        splits = page_splits(corpus)
        for form, pattern in FORMS.items():
            paths = sorted(
                path
                for path in (corpus / form).glob(pattern)
                if args.split == "all" or splits.get(page_id(path)) == args.split
            )
            rows_path = out / f"speakers-{name}-{form}-{args.split}.jsonl"
            rows_path.write_text(dry_run(paths), encoding="utf-8")
            show = args.show if args.split == "tune" else 0
            listed, (share, bad, total, articles) = suspect(rows_path, show)
            if show:
                print(f"-- suspect speakers, {name} {form}:\n{listed.rstrip()}")
            figures = f"({bad} of {total} attributed quotations, {articles} pages)"
            print(f"{name} {form} ({args.split}): suspect={share:.3f} {figures}")
            totals[0] += bad
            totals[1] += total
    share = totals[0] / (totals[1] or 1)
    verdict = "meets" if share <= TARGET else "ABOVE"
    print(
        f"all ({args.split}): suspect={share:.3f} ({totals[0]} of {totals[1]}) target<={TARGET:.2f} {verdict}"
    )
    cpu, wall = time.process_time() - started[0], time.monotonic() - started[1]
    load = os.getloadavg()[0]
    print(f"time: {cpu:.0f} s CPU in this process (the tool runs apart), {wall:.0f} s wall, load {load:.2f}")


if __name__ == "__main__":
    main()
