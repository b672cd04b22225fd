"""Hostile requests for every address the site answers, generated from its URLconf.

Two sources of addresses, so that a new endpoint is covered without anyone listing it:

- every URL pattern, with each of its path parameters filled in with values chosen to break
  things (huge and negative numbers, impossible dates, very long or odd slugs) wherever the
  pattern's converter accepts them;
- one or two real addresses of each pattern, found by crawling the site's own links (pages,
  the API's ``url`` fields, feeds and sitemaps), which then get hostile query parameters:
  huge integers, extreme datetimes with offsets, NUL and control characters, very long strings,
  unbalanced quotes and parentheses, hundreds of prefixes, unusual Unicode, invalid UTF-8.

``tests/views/test_hostile_requests.py`` runs a sample of them; ``benchmarks/reliability_requests.py``
runs thousands and times them.
"""

import json
import random
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

from django.urls import NoReverseMatch, Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import RoutePattern

# Every query parameter some view reads (search, API, listing forms, sitemaps, the admin's
# changelists), plus names no view reads; a view that starts reading a new one should add it here.
PARAMETER_NAMES = [
    *("q", "mode", "outlet", "speaker", "lang", "from", "to", "sort", "page", "format"),
    *("after", "limit", "since", "until", "language", "kind", "article", "year", "p", "credit"),
    *("o", "e", "all", "_popup", "_to_field", "_changelist_filters", "status__exact", "next"),
    *("id__exact", "published_on__gte", "published_on__lt", "is_visible__exact", "unknown", ""),
]

HUGE_NUMBERS = [
    "99999999999999999999",
    "-99999999999999999999",
    "9223372036854775808",  # one past SQLite's and PostgreSQL's largest integer
    "-9223372036854775809",
    "2147483648",
    "-1",
    "0",
    "1e309",
    "9" * 400,
    "１２",  # full-width digits: Python's int() accepts them
    "NaN",
    "0x10",
]
EXTREME_DATES = [
    "0001-01-01T00:00+05:00",
    "9999-12-31T23:59-05:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59.999999-12:00",
    "0001-01-01",
    "9999-12-31",
    "0000-01-01",
    "10000-01-01",
    "2019-02-30",
    "2019-13-01",
    "2019-01-27T25:00",
    "2019-01-27T00:00+24:00",
    "99999999999999999999-01-01",
    "-2019-01-01",
]
CONTROL_CHARACTERS = ["\x00", "a\x00b", "\x01\x02\x1f", "\x7f", "\x0b\x0c\r", "\x1b[31m", "\u2028", "\ufeff"]
LONG_STRINGS = [
    "a" * 10_000,
    "x" * 2_000,  # one long word: spelling suggestions
    "word " * 2_000,
    " ".join(f"{a}{b}*" for a in "abcdefghij" for b in "aeiou"),  # fifty prefixes
    " ".join(f"{chr(97 + n % 26)}*" for n in range(130)),
    "(" * 5_000,
    '"' * 999,
    "a* " * 1_000,
]
QUERY_SYNTAX = [
    '"',
    "((",
    "))",
    "NOT NOT a",
    "-",
    "+",
    "*",
    "**",
    "title:",
    "quote:",
    "speaker:",
    "outlet:*",
    '"unbalanced',
    "a OR",
    "(a OR (b AND",
    "\\",
    "*:*",
    "[a TO z]",
    "peace~2",
    "a^999999999999",
    "quote:* OR title:*",
]
UNICODE = [
    "🙂",
    "مرحبا بالعالم",
    "日本語の記事",
    "Ёжик",
    "e\u0301" * 500,
    "\u200b" * 100,
    "ﬁ",
    "İ",
    "ß" * 100,
]
INJECTION = [
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "%s%s%n",
    "../../etc/passwd",
    "=cmd|' /C calc'!A0",
]
VALUES = HUGE_NUMBERS + EXTREME_DATES + CONTROL_CHARACTERS + LONG_STRINGS + QUERY_SYNTAX + UNICODE + INJECTION
# Sent as they are, not percent-encoded again: bytes that are not UTF-8, a lone percent sign.
RAW_QUERY_VALUES = ["%FF%FE", "%C0%AF", "%ED%A0%80", "%", "%%00", "%E2%82"]

# Path values tried for each path parameter (a converter that does not accept one skips it).
PATH_VALUES = [
    "0",
    "1",
    "99999999999999999999",
    "9" * 100,
    "0000",
    "9999",
    "00",
    "13",
    "99",
    "-",
    "a" * 2_000,
    "_--_",
    "\x00",
    "🙂",
    "'\"<>",
    "a/../b",
    "articles",
    "auth",
]


@dataclass(frozen=True)
class Endpoint:
    """A URL pattern of the site, named as ``reverse`` knows it, with the names of its path parameters."""

    name: str
    parameters: tuple[str, ...]
    route: str

    @property
    def is_admin(self) -> bool:
        return self.name.startswith("admin:") or self.route.startswith("admin/")


def endpoints(patterns=None, namespace="", parameters=(), route="") -> list[Endpoint]:
    """Every URL pattern of the URLconf, included ones too; one without a name is listed by its route."""
    found = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        names = parameters + _parameter_names(entry.pattern)
        here = route + str(entry.pattern).lstrip("^").rstrip("$")
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            found += endpoints(entry.url_patterns, inner, names, here)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}{entry.name}" if entry.name else ""
            found.append(Endpoint(name, names, here))
    return found


def _parameter_names(pattern) -> tuple[str, ...]:
    if isinstance(pattern, RoutePattern):
        return tuple(pattern.converters)
    return tuple(pattern.regex.groupindex)


def hostile_paths(endpoint: Endpoint) -> list[str]:
    """Addresses of ``endpoint`` with every path parameter set to each hostile value it accepts."""
    if not endpoint.parameters:
        return [_reverse(endpoint, {})] if endpoint.name else []
    paths = []
    for value in PATH_VALUES:
        path = _reverse(endpoint, dict.fromkeys(endpoint.parameters, value))
        if path is not None:
            paths.append(path)
    return paths


def _reverse(endpoint: Endpoint, kwargs: dict) -> str | None:
    if not endpoint.name:
        return _fill_route(endpoint, kwargs)
    try:
        return reverse(endpoint.name, kwargs=kwargs)
    except NoReverseMatch:
        return None


def _fill_route(endpoint: Endpoint, kwargs: dict) -> str | None:
    """An unnamed pattern's address, when its route is a plain path (regular expressions are left out)."""
    if any(mark in endpoint.route for mark in "^$(?"):
        return None
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda match: quote(kwargs[match.group(1)], safe=""), endpoint.route)
    return "/" + path


def endpoint_of(path: str) -> str | None:
    """The route of the URL pattern that answers ``path``, or None if none does."""
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    return match.route


SEARCHES = ("/search/?q=talk", "/search/?q=*&mode=quotes")


def crawl(client, start=("/", *SEARCHES), per_endpoint=2, limit=600) -> dict[str, list[str]]:
    """Up to ``per_endpoint`` real addresses of each URL pattern, found by following the site's own
    links from ``start`` and every address without parameters; patterns that take ids no page
    links to (the API's details) are tried with the ids the API lists."""
    examples: dict[str, list[str]] = {}
    ids: set[str] = set()
    plain = [path for endpoint in endpoints() if not endpoint.parameters for path in hostile_paths(endpoint)]
    _follow(client, [*start, *plain], examples, ids, per_endpoint, limit)
    by_id = [
        path
        for endpoint in endpoints()
        if endpoint.parameters and endpoint.route not in examples
        for pk in sorted(ids)[:10]
        if (path := _reverse(endpoint, dict.fromkeys(endpoint.parameters, pk)))
    ]
    _follow(client, by_id, examples, ids, per_endpoint, limit)
    return examples


def _follow(client, start, examples, ids, per_endpoint, limit):
    queue, seen, fetched = deque(start), set(start), 0
    while queue and fetched < limit:
        path = queue.popleft()
        route = endpoint_of(path)
        if route is None or len(examples.get(route, [])) >= per_endpoint:
            continue
        response = client.get(path)
        fetched += 1
        if response.streaming:  # a download: read to the end, no links to follow
            b"".join(response.streaming_content)
        if response.status_code != 200:
            continue
        examples.setdefault(route, []).append(path)
        if response.streaming:
            continue
        ids.update(_ids_in(response))
        for link in links_in(response):
            if link not in seen:
                seen.add(link)
                queue.append(link)


LINK = re.compile(r"""(?:href|src|action)=["']([^"'#]+)|<loc>([^<]+)</loc>""")


def links_in(response) -> list[str]:
    """Same-site addresses a response links to: HTML and XML links, and the API's ``url`` fields."""
    text = response.content.decode("utf-8", "replace")
    found = [href or loc for href, loc in LINK.findall(text)]
    if response.get("Content-Type", "").startswith("application/json"):
        found += _json_urls(json.loads(text))
    paths = []
    for link in found:
        parts = urlsplit(link.replace("&amp;", "&"))
        if parts.netloc in ("", "testserver") and parts.path.startswith("/") and "/static/" not in parts.path:
            paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths


def _ids_in(response) -> set[str]:
    if not response.get("Content-Type", "").startswith("application/json"):
        return set()
    return set(re.findall(r'"id": (\d+)', response.content.decode()))


def _json_urls(value) -> list[str]:
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [url for item in value for url in _json_urls(item)]
    return [value] if isinstance(value, str) and value.startswith("http://testserver/") else []


def hostile_query(rng: random.Random) -> str:
    """A query string of one to four parameters with hostile values, now and then one repeated many times."""
    pairs = []
    for _ in range(rng.randint(1, 4)):
        name = rng.choice(PARAMETER_NAMES)
        if rng.random() < 0.1:
            pairs.append(f"{quote(name)}={rng.choice(RAW_QUERY_VALUES)}")
            continue
        repeat = 100 if rng.random() < 0.05 else 1
        pairs += [urlencode({name: rng.choice(VALUES)})] * repeat
    return "&".join(pairs)


def with_query(path: str, query: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}{query}"


def hostile_requests(examples: dict[str, list[str]], count: int, seed: int = 14) -> Iterator[str]:
    """``count`` addresses: each real example in turn with a hostile query string."""
    rng = random.Random(seed)
    bases = [path for paths in examples.values() for path in paths]
    for number in range(count):
        yield with_query(bases[number % len(bases)], hostile_query(rng))
