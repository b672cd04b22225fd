"""What tells two extractions of a page apart or alike, whatever file they came from (pure functions).

Keys are exact: equal keys find candidates with one indexed query. Shingles measure how much of
one body is in another: the share of the shorter body's runs of ``SHINGLE_WORDS`` words that the
longer one also holds, so boilerplate one copy kept and the other did not counts little, while a
different story sharing a few phrases scores low.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 4
LEDE_MIN_CHARACTERS = 80  # a lede is a sentence or more, not a kicker or a dateline
TRACKING_PARAMETERS = re.compile(r"^(utm_\w+|fbclid|gclid|ocid|cmpid|ref|src)$", re.IGNORECASE)


@dataclass(frozen=True)
class TextKeys:
    body: str  # the body, exactly (whitespace aside)
    title: str  # the headline's words, case and punctuation aside
    lede: str  # the first paragraph of some length, its words
    url: str  # the address without scheme, "www.", tracking parameters or fragment

    @classmethod
    def of(cls, title: str, body: str, url: str | None) -> "TextKeys":
        return cls(body=body_key(body), title=words_key(title), lede=words_key(lede(body)), url=url_key(url))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() if text else ""


def body_key(body: str) -> str:
    return digest(" ".join(unicodedata.normalize("NFC", body).split()))


def words(text: str) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFC", text).casefold())


def words_key(text: str) -> str:
    return digest(" ".join(words(text)))


def lede(body: str) -> str:
    """The first paragraph long enough to be the start of the story."""
    for paragraph in body.split("\n\n"):
        if len(paragraph.strip()) >= LEDE_MIN_CHARACTERS:
            return paragraph
    return ""


def url_key(url: str | None) -> str:
    if not url or "://" not in url:
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    query = [(name, value) for name, value in parse_qsl(parts.query) if not TRACKING_PARAMETERS.match(name)]
    path = parts.path.rstrip("/")
    return digest(f"{host}{path}?{urlencode(sorted(query))}" if query else f"{host}{path}")


def shingles(text: str) -> frozenset[int]:
    tokens = words(text)
    runs = zip(*(tokens[n:] for n in range(SHINGLE_WORDS)), strict=False)
    return frozenset(hash(run) for run in runs)


def containment(first: frozenset, second: frozenset) -> float:
    """The share of the smaller set found in the larger: 1.0 when one text holds the other."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def size_ratio(first: frozenset, second: frozenset) -> float:
    if not first or not second:
        return 0.0
    return min(len(first), len(second)) / max(len(first), len(second))
