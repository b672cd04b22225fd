"""Recognise the outlet from what a page says about itself, through curator-editable signatures."""

import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from .records import OutletSignature


def identify_outlet(
    text: str, signatures: Sequence[OutletSignature], url: str | None = None
) -> OutletSignature | None:
    """Return the best-supported signature found in ``text`` (or ``url``), or None when none is.

    Unknown outlets stay unknown: with no matching signature nothing is guessed.
    """
    host = urlsplit(url).hostname or "" if url else ""
    scores: Counter[str] = Counter()
    first_hit: dict[str, OutletSignature] = {}
    for signature in signatures:
        if _matches(signature, text, host):
            scores[signature.outlet] += signature.weight
            first_hit.setdefault(signature.outlet, signature)
    if not scores:
        return None
    best, _ = scores.most_common(1)[0]
    return first_hit[best]


def _matches(signature: OutletSignature, text: str, host: str) -> bool:
    if signature.kind == "domain":
        domain = signature.pattern.lower()
        return host == domain or host.endswith("." + domain) or domain in text.lower()
    if signature.kind == "regex":
        try:
            return re.search(signature.pattern, text) is not None
        except re.error:
            return False
    return signature.pattern in text
