"""A folder of bad files among good ones, ingested: bad files reported, good records stored, peak memory.

    python -m benchmarks.reliability_files [--scale 1.0] [--keep DIR]

Builds a folder (in a temporary directory, or ``--keep``) holding what broke or exhausted ingest
before, at full size with ``--scale 1``: a 0.8 MB ``.html.gz`` of 300 MB of HTML, 1 GB of gzipped
zeros (as a text dump and as a JSON Lines export), a 50 MB text dump, HTML pages of a million and of
half a million elements, a deeply nested JSON line, WARC records truncated, damaged and without
``WARC-Target-URI``, a byte-order mark followed by invalid bytes, damaged UTF-8, a binary and an
empty file, a FIFO, a broken link, links leading outside the folder; and good files: the three
sample dumps, a page, JSON Lines and WARC records, a page whose name is not valid UTF-8. Then runs
``manage.py ingest`` on it in a fresh archive (development settings, default limits) as a child
process and prints: bad files reported (must be all), good records stored (must be all), failures
that are internal errors (must be 0), the child's peak RSS (must be under 1 GB), wall and CPU time.
``--scale`` shrinks the big files (0.01 for a quick run). ``main()`` is importable
(benchmarks/reliability.py).
"""

import argparse
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

from tests.fuzz import _page

ROOT = Path(__file__).resolve().parents[1]


MB = 1024 * 1024
PEAK_LIMIT_MB = 1024


def build(folder: Path, scale: float) -> tuple[dict[str, str], int]:
    """Write the folder; (bad file name -> what is wrong with it, number of good records)."""
    folder.mkdir(parents=True, exist_ok=True)
    bad, good = {}, 0
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
        good += 1
    body = (ROOT / "samples" / "004_95ea4bea7cb03813.txt").read_text(encoding="utf-8")
    (folder / "page.html").write_text(
        _page("Talks on the islands resumed in Geneva on Monday.\n" + body[:2000])
    )
    (folder / os.fsdecode(b"r\xe9sum\xe9.html")).write_text(_page(_story(1)))
    good += 2

    _gzip_stream(
        folder / "bomb.html.gz", b"<p>" + b"Talks resume in Geneva. " * 40 + b"</p>\n", 300 * MB * scale
    )
    _gzip_stream(folder / "zeros.txt.gz", b"\0" * MB, 1024 * MB * scale)
    _gzip_stream(folder / "zeros.jsonl.gz", b"0" * MB, 1024 * MB * scale)
    with open(folder / "huge-dump.txt", "wb") as out:
        line = body.encode().replace(b"\n\n", b"\n")
        for _ in range(int(50 * MB * scale / len(line)) + 1):
            out.write(line)
    (folder / "million-elements.html").write_bytes(b"<html><body>" + b"<p>x</p>" * int(1_000_000 * scale))
    (folder / "many-elements.html").write_bytes(b"<html><body>" + b"<br>" * 500_000)
    (folder / "bom-then-invalid.txt").write_bytes(b"\xef\xbb\xbf" + body.encode()[:500] + b"\xff\xfe\xfd")
    (folder / "damaged-utf8.txt").write_bytes(_damaged(body.encode()))
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.html").write_bytes(b"")
    bad.update(
        {
            "bomb.html.gz": "too large",
            "zeros.txt.gz": "too large",
            "zeros.jsonl.gz": "too large",
            "huge-dump.txt": "too large",
            "million-elements.html": "too large",
            "many-elements.html": "too large",
            "bom-then-invalid.txt": "byte-order mark",
            "damaged-utf8.txt": "UTF-8",
            "binary.txt": "binary",
            "empty.html": "empty",
        }
    )
    good += _records(folder, body, bad)
    good += _links(folder, bad)
    return bad, good


def _records(folder: Path, body: str, bad: dict) -> int:
    """A JSON Lines export and a WARC archive each with good and bad records; the good ones' count."""
    lines = [
        json.dumps(
            {"url": f"https://example.org/news/{number}", "title": f"Story {number}", "body": _story(number)}
        )
        for number in range(2, 7)
    ]
    lines.insert(1, '{"body": ' + "[" * 50_000 + "]" * 50_000 + "}")
    (folder / "export.jsonl").write_text("\n".join(lines) + "\n")
    bad["export.jsonl#2"] = "nested too deeply"
    whole = _warc_of(7, 8)
    damaged = _warc_of(9).replace(b"Talks resume", b"Talks resumE")
    cut = _warc_of(10)
    (folder / "crawl.warc").write_bytes(whole + _warc_of(11, uri=False) + damaged + cut[: len(cut) * 2 // 3])
    bad["crawl.warc#no-uri"] = "WARC-Target-URI"
    bad["crawl.warc#damaged"] = "damaged"
    bad["crawl.warc#cut"] = "truncated"
    return 5 + 2


def _warc_of(*stories: int, uri: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = BytesIO()
    writer = WARCWriter(out, gzip=False)
    for number in stories:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        page = BytesIO(_page(_story(number)).encode())
        record = writer.create_warc_record(
            f"https://example.org/crawl/{number}", "response", payload=page, http_headers=headers
        )
        if not uri:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return out.getvalue()


def _links(folder: Path, bad: dict) -> int:
    outside = folder.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.html").write_text(_page(_story(12)))
    (folder / "outside.html").symlink_to(outside / "secret.html")
    (folder / "broken.txt").symlink_to(folder / "missing.txt")
    os.mkfifo(folder / "pipe.txt")
    bad.update({"outside.html": "outside", "broken.txt": "broken", "pipe.txt": "FIFO"})
    return 0


def _gzip_stream(path: Path, block: bytes, total: float) -> None:
    with gzip.open(path, "wb", compresslevel=6) as out:
        for _ in range(max(1, int(total / len(block)))):
            out.write(block)


def _damaged(data: bytes) -> bytes:
    damaged = bytearray(data)
    for position in range(len(damaged) - 20, 0, -20):
        damaged.insert(position, 0x80 + position % 0x7F)
    return bytes(damaged)


WORDS = (
    "minister talks border ceasefire delegation agreement prisoners winter frank envoy summit treaty "
    "sanctions trade harbour election parliament coalition budget drought harvest refugees convoy "
    "bridge railway pipeline mediator observers monitors ballot reform court verdict appeal protest "
    "capital province governor mayor army navy airport embassy consulate visa exports tariffs grain"
)


def _story(number: int) -> str:
    """A short news text of its own for each number (no two share their runs of words)."""
    rng = random.Random(number)
    sentences = (" ".join(rng.choice(WORDS.split()) for _ in range(14)).capitalize() + "." for _ in range(6))
    return f"Story {number}. " + " ".join(sentences)


def ingest(folder: Path, workdir: Path) -> dict:
    """Run ``manage.py ingest`` on ``folder`` in a fresh archive; its output, peak RSS and times."""
    env = dict(
        os.environ, DISPATCHES_DATA_DIR=str(workdir / "data"), DJANGO_SETTINGS_MODULE="archive.settings.dev"
    )
    env.pop("DISPATCHES_INDEX_DIR", None)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    started = time.perf_counter()
    with (
        open(workdir / "stdout", "w+", errors="replace") as stdout,
        open(workdir / "stderr", "w+", errors="replace") as stderr,
    ):
        child = subprocess.Popen(
            [sys.executable, "manage.py", "ingest", str(folder)],
            cwd=ROOT,
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
        _pid, status, usage = os.wait4(child.pid, 0)  # the child's own peak memory, not every child's
        child.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0), stderr.seek(0)
        return {
            "stdout": stdout.read(),
            "stderr": stderr.read(),
            "status": child.returncode,
            "peak_mb": usage.ru_maxrss / 1024,
            "cpu": usage.ru_utime + usage.ru_stime,
            "wall": time.perf_counter() - started,
        }


def check(result: dict, bad: dict[str, str], good: int) -> dict:
    failures = [
        line.removeprefix("Failed: ") for line in result["stderr"].splitlines() if line.startswith("Failed: ")
    ]
    created = (
        int(re.search(r"(\d+) created", result["stdout"]).group(1)) if "created" in result["stdout"] else 0
    )
    missed = [name for name, reason in bad.items() if not _reported(name, reason, failures)]
    return {
        "bad": len(bad),
        "reported": len(bad) - len(missed),
        "missed": missed,
        "failures": failures,
        "internal": [failure for failure in failures if "internal error" in failure],
        "good": good,
        "stored": created,
    }


def _reported(name: str, reason: str, failures: list[str]) -> bool:
    file = name.split("#")[0]
    return any(f"/{file}" in failure and reason in failure for failure in failures)


def report(result: dict, checked: dict) -> int:
    print("bad-file folder: manage.py ingest on a folder of bad files among good ones")
    print(f"  bad files and records reported: {checked['reported']} of {checked['bad']} (must be all)")
    for name in checked["missed"]:
        print(f"    not reported as expected: {name}")
    print(f"  good records stored: {checked['stored']} of {checked['good']} (must be all)")
    print(f"  internal errors: {len(checked['internal'])} (must be 0)")
    for failure in checked["internal"][:5]:
        print(f"    {failure[:300]}")
    print(f"  peak RSS of the ingest: {result['peak_mb']:.0f} MB (must be under {PEAK_LIMIT_MB} MB)")
    print(f"  time: {result['wall']:.1f} s wall, {result['cpu']:.1f} s CPU")
    ok = (
        not checked["missed"]
        and checked["stored"] == checked["good"]
        and not checked["internal"]
        and result["peak_mb"] < PEAK_LIMIT_MB
    )
    return 0 if ok else 1


def run(scale: float = 1.0, keep: Path | None = None, show_failures: bool = False) -> tuple[dict, dict]:
    workdir = keep or Path(tempfile.mkdtemp(prefix="dispatches-bad-files-"))
    try:
        bad, good = build(workdir / "folder", scale)
        result = ingest(workdir / "folder", workdir)
        checked = check(result, bad, good)
        if show_failures:
            for failure in checked["failures"]:
                print(f"    {failure[:200]}")
        return result, checked
    finally:
        if keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size of the big files (1 = full size)")
    parser.add_argument("--keep", type=Path, help="build and work here, and keep it (a new folder)")
    parser.add_argument("--show-failures", action="store_true", help="print every failure reported")
    args = parser.parse_args(argv)
    return report(*run(args.scale, args.keep, args.show_failures))


if __name__ == "__main__":
    sys.exit(main())
