"""Recognise the outlet from what a page says about itself, through curator-editable signatures.

Every outlet found in a page collects the weights of its signatures that match, and the
best supported wins: a page's own domain, copyright line or newsletter plea should weigh
more than a wire dateline it republishes. With no match, or a tie, the outlet stays
unknown: nothing is guessed.
"""

import re
import re._constants as re_constants
import re._parser as re_parser
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import urlsplit

from .records import OutletSignature

MIN_SCORE = 1


def identify_outlet(
    text: str, signatures: Sequence[OutletSignature], url: str | None = None
) -> OutletSignature | None:
    """Return the strongest signature of the best-supported outlet in ``text`` (or ``url``), or None."""
    host = (urlsplit(url).hostname or "") if url else ""
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
        return pattern.search(text) is not None
    return signature.pattern in text


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
def _compiled(pattern: str) -> re.Pattern | None:
    try:
        return re.compile(pattern)
    except re.error:
        return None
