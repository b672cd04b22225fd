"""Fuzzed input files for ``parse_file``: seeded mutations of real and generated files of every format.

The test suite runs a small deterministic sample (tests/parsing/test_fuzzed_inputs.py);
benchmarks/fuzz_inputs.py runs tens of thousands. Seeds: the sample pages (text
dumps) and small generated files of every format: HTML pages, JSON Lines exports,
WARC archives (plain and gzip), gzip-compressed pages. Each case is a seed mutated a
few times (bytes flipped, inserted, deleted, duplicated, truncated, spliced from
another seed, or tokens that broke readers before: byte-order marks, control
characters, deep nesting, broken addresses, WARC headers) under a file name of
its own format or of another.
"""

import gzip
import json
import random
import zlib
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NAMES = ("page.html", "page.htm", "dump.txt", "export.jsonl", "crawl.warc", "crawl.warc.gz", "page.html.gz")
TOKENS = (
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff\x00",
    b"\x00",
    b"\x01\x02\x1b",
    b"\x1f\x8b",
    b"\xc3\x28",
    b"\xe2\x80",
    b"\xed\xa0\x80",
    b"<q>",
    b"</q>",
    b"<blockquote>",
    b"<h1>",
    b"<script>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"]]>",
    b"<?xml version='1.0' encoding='utf-16'?>",
    b'<meta charset="x-unknown">',
    b'<meta charset="utf-32">',
    b'<link rel="canonical" href="http://[broken/x">',
    b'<link rel="canonical" href="http://example.org:port/">',
    b'<meta property="og:url" content="//[::1">',
    b'<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"99999-01-01"}</script>',
    b"[" * 2000,
    b'{"body": ',
    b'"\\ud800"',
    b"\\u0000",
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\n",
    b"WARC-Target-URI: \r\n",
    b"Content-Length: -5\r\n",
    b"Content-Type: text/html; charset=bogus\r\n",
    b"HTTP/1.1 200 OK\r\n\r\n",
    b"\r\n\r\n",
    b"9999-99-99",
    b"0001-01-01T00:00:00+25:00",
    b"Published 31 February 2024",
    b'"Quote without end',
    b"\xe2\x80\x9c",
    "\u2028".encode(),
    b"x" * 5000,
    b" " * 3000,
    b"\n" * 500,
)


def seed_files() -> list[tuple[str, bytes]]:
    """(name, bytes) of every seed: the sample dumps and generated files of every format."""
    dumps = [(path.name, path.read_bytes()) for path in sorted(SAMPLES.glob("*.txt"))]
    body = dumps[0][1].decode("utf-8")[:2500]
    html = _page(body)
    return [
        *dumps,
        ("page.html", html.encode()),
        ("page.html.gz", gzip.compress(html.encode(), mtime=0)),
        ("export.jsonl", _jsonl(body, html)),
        ("crawl.warc", _warc(html, compress=False)),
        ("crawl.warc.gz", _warc(html, compress=True)),
    ]


def cases(count: int, seed: int = 0) -> Iterator[tuple[str, bytes]]:
    """``count`` fuzzed (name, bytes), the same for the same ``seed``."""
    rng = random.Random(seed)
    seeds = seed_files()
    for _ in range(count):
        name, data = rng.choice(seeds)
        for _step in range(rng.choice((1, 1, 2, 3, 5, 8))):
            data = _mutate(rng, data, seeds)
        if rng.random() < 0.1:
            name = rng.choice(NAMES)
        yield name, data


def _mutate(rng: random.Random, data: bytes, seeds) -> bytes:
    data = bytearray(data)
    position = rng.randrange(len(data) + 1)
    kind = rng.randrange(9)
    if kind == 0 and data:  # flip a byte
        data[min(position, len(data) - 1)] ^= 1 << rng.randrange(8)
    elif kind == 1:  # random bytes
        data[position:position] = rng.randbytes(rng.choice((1, 2, 4, 16)))
    elif kind == 2:  # delete a span
        del data[position : position + rng.choice((1, 8, 100, 2000))]
    elif kind == 3:  # duplicate a span
        span = data[position : position + rng.choice((10, 200, 3000))]
        data[position:position] = span * rng.choice((1, 2, 50))
    elif kind == 4:  # truncate
        del data[position:]
    elif kind == 5:  # splice from another seed
        other = rng.choice(seeds)[1]
        start = rng.randrange(len(other))
        data[position:position] = other[start : start + rng.choice((50, 500, 5000))]
    elif kind == 6:  # wrap or unwrap gzip
        data = bytearray(gzip.compress(bytes(data), mtime=0) if data[:2] != b"\x1f\x8b" else _gunzip(data))
    else:  # a token that broke a reader once
        data[position:position] = rng.choice(TOKENS)
    return bytes(data)


def _gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, ValueError, zlib.error):
        return data[2:]


def _page(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks | The Daily Planet</title>'
        '<meta property="og:site_name" content="The Daily Planet">'
        '<link rel="canonical" href="https://example.org/world/talks">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks resume",'
        ' "datePublished": "2024-05-06T07:08:09Z", "author": {"name": "Jane Roe"}}</script></head>'
        '<body><nav><a href="/">Home</a></nav><article><h1>Talks resume</h1>'
        f'<time datetime="2024-05-06">6 May 2024</time>{paragraphs}'
        "<p>The minister said <q>we will meet again</q> on Monday.</p>"
        "<blockquote>Nothing is agreed until everything is agreed.</blockquote></article>"
        "<footer>Copyright 2024 The Daily Planet</footer></body></html>"
    )


def _jsonl(body: str, html: str) -> bytes:
    records = [
        {"url": "https://example.org/1", "title": "Talks resume", "body": body, "published": "2024-05-06"},
        {"url": "https://example.org/2", "html": html, "outlet": {"name": "The Daily Planet"}},
        {"text": body, "tags": "talks, diplomacy", "authors": ["Jane Roe"], "lang": "en"},
        {"link": "https://example.org/4", "content": body[:800], "publishedAt": "2024-05-06T07:08:09Z"},
    ]
    return "\n".join(json.dumps(record, ensure_ascii=False) for record in records).encode() + b"\n"


def _warc(html: str, *, compress: bool) -> bytes:
    """The same bytes every time (record ids and dates fixed), so that the cases are too."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=compress)
    records = [writer.create_warcinfo_record("fuzz.warc", {"software": "fuzz"})]
    for number, content_type in enumerate(("text/html; charset=utf-8", "image/png", "text/html")):
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        payload = BytesIO(html.encode())
        uri = f"https://example.org/{number}"
        records.append(writer.create_warc_record(uri, "response", payload=payload, http_headers=headers))
    for number, record in enumerate(records):
        record.rec_headers.replace_header(
            "WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-{number:012}>"
        )
        record.rec_headers.replace_header("WARC-Date", "2024-05-06T07:08:09Z")
        writer.write_record(record)
    return out.getvalue()
