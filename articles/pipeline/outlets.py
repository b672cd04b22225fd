"""Recognise the outlet from what a page says about itself, through curator-editable signatures.

Every outlet found in the text collects the weights of its signatures that match, and the
best supported wins. With no match, or a tie, the outlet stays unknown: nothing is guessed.
Callers pass only the parts of a page that speak for its site (``sites``): its address,
masthead and footer, never the article's own text.

Curators' regular expressions run with the ``regex`` engine under a time limit, so a
pattern that backtracks without end costs a page a fraction of a second, not the ingest.
"""

import re
import re._constants as re_constants
import re._parser as re_parser
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

import regex

from .addresses import url_host
from .records import OutletSignature

MIN_SCORE = 1
# Seconds one curator expression may spend on one page's text; past it, it does not match.
REGEX_TIMEOUT = 0.05
# What a curator's new expression is tried on before it is saved, and for how long.
VALIDATION_TIMEOUT = 0.2
BACKTRACKING_PROBES = (
    "a" * 4000 + "!",
    "aA1 -_." * 600 + "\x00",
    " " * 4000 + "!",
    ("Word word, word. " * 40 + "\n") * 20 + "\x00",
    "0" * 4000 + "x",
)


def identify_outlet(
    text: str, signatures: Sequence[OutletSignature], url: str | None = None
) -> OutletSignature | None:
    """Return the strongest signature of the best-supported outlet in ``text`` (or ``url``), or None."""
    host = url_host(url)
    lowered = text.lower()
    matched: dict[str, list[OutletSignature]] = defaultdict(list)
    for signature in signatures:
        if _matches(signature, text, lowered, host):
            matched[signature.outlet].append(signature)
    ranked = sorted(
        ((sum(s.weight for s in found), outlet) for outlet, found in matched.items()), reverse=True
    )
    if not ranked or ranked[0][0] < MIN_SCORE or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return max(matched[ranked[0][1]], key=lambda s: s.weight)


def _matches(signature: OutletSignature, text: str, lowered: str, host: str) -> bool:
    if signature.kind == "domain":
        domain = signature.pattern.lower()
        if host == domain or host.endswith("." + domain):
            return True
        # The substring test first: the boundary regex is slow to run over a whole page.
        return domain in lowered and _domain_pattern(domain).search(lowered) is not None
    if signature.kind == "regex":
        pattern = _compiled(signature.pattern)
        if pattern is None or _required_literal(signature.pattern) not in text:
            return False
        return regex_search(pattern, text) is not None
    return signature.pattern in text


def signature_for_host(host: str, signatures: Sequence[OutletSignature]) -> OutletSignature | None:
    """The strongest domain signature for ``host`` or a domain it is under (``de.rt.com`` is ``rt.com``)."""
    found = [
        signature
        for signature in signatures
        if signature.kind == "domain" and _under(host, signature.pattern.lower().strip())
    ]
    # The most specific domain first: a curator's "asia.nikkei.com" before "nikkei.com".
    return max(found, key=lambda s: (len(s.pattern), s.weight), default=None)


def _under(host: str, domain: str) -> bool:
    return bool(domain) and (host == domain or host.endswith("." + domain))


def regex_problem(pattern: str) -> str | None:
    """Why a curator's expression cannot be a signature, or None when it can.

    It must compile, must not match an empty text (it would match every page), and must
    finish quickly on texts made to trip up expressions that backtrack (``(a+)+$``,
    ``(\\w+\\s?)*$``): such an expression can take minutes on one page.
    """
    try:
        compiled = regex.compile(pattern, regex.VERSION0)
    except (regex.error, ValueError, OverflowError, RecursionError) as error:
        return f"Not a valid regular expression: {error}."
    if compiled.search("") is not None:
        return "This expression matches an empty text, so it would match every page."
    for probe in BACKTRACKING_PROBES:
        try:
            compiled.search(probe, timeout=VALIDATION_TIMEOUT)
        except TimeoutError:
            return (
                "This expression takes too long on some texts: a repetition inside a repetition, "
                "such as (a+)+ or (\\w+\\s?)*, backtracks without end. Write it without nested repeats."
            )
    return None


def regex_search(pattern: "regex.Pattern", text: str):
    """``pattern.search(text)``, or None when it runs past ``REGEX_TIMEOUT``."""
    try:
        return pattern.search(text, timeout=REGEX_TIMEOUT)
    except TimeoutError:
        return None


@lru_cache(maxsize=1024)
def _domain_pattern(domain: str) -> re.Pattern:
    # "rt.com" must not match inside "smart.com" or "rt.company"; "www.rt.com" is fine.
    return re.compile(rf"(?:(?<![\w-])|(?<=\.)){re.escape(domain)}(?![\w-]|\.\w)")


@lru_cache(maxsize=1024)
def _required_literal(pattern: str) -> str:
    """The longest run of plain characters any match of ``pattern`` must contain ("" if none).

    Testing for it first spares running the expression over most pages, as regex
    engines with a literal prefilter do: a dateline signature such as
    ``\\b[A-Z][A-Z ]+\\(Kyodo\\)`` is only worth running on a page holding "(Kyodo)".
    """
    try:
        parsed = re_parser.parse(pattern)
    except re.error:
        return ""
    if parsed.state.flags & re.IGNORECASE:
        return ""
    runs, current = [], []
    for code, value in parsed:
        if code is re_constants.LITERAL:
            current.append(chr(value))
        else:
            runs.append("".join(current))
            current = []
    runs.append("".join(current))
    return max(runs, key=len)


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> "regex.Pattern | None":
    try:
        return regex.compile(pattern, regex.VERSION0)
    except (regex.error, ValueError, OverflowError, RecursionError):
        return None
