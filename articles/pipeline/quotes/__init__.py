"""Quotations in an article body and who said them."""

import re

from ..records import ParsedQuote

QUOTED = re.compile(r"[\"“«]([^\"“”«»]{3,}?)[\"”»]")


def extract_quotes(body: str) -> list[ParsedQuote]:
    """Return the quotations in ``body`` with character offsets into it."""
    return [
        ParsedQuote(
            quote=match.group(1),
            start=match.start(1),
            end=match.end(1),
            kind="direct" if len(match.group(1).split()) > 4 else "partial",
        )
        for match in QUOTED.finditer(body)
    ]
