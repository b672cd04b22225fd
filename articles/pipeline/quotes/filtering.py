"""Tell quotations from scare quotes and titles of works, and whole quotations from fragments."""

import re

from .marks import QuotedSpan

WORD = re.compile(r"\w+")


def is_quotation(body: str, span: QuotedSpan) -> bool:
    text = body[span.start : span.end]
    return bool(WORD.search(text)) and body[span.start - 2 : span.start - 1] != "="


def quote_kind(body: str, span: QuotedSpan) -> str:
    """ "direct" for a whole quotation, "partial" for a fragment woven into the writer's sentence."""
    text = body[span.start : span.end].lstrip("[(…. ")
    if not text or not text[0].isupper():
        return "partial"
    before = body[span.paragraph_start : span.start - 1].rstrip()
    if not before or before[-1] in ":,.!?—–-(":
        return "direct"
    return "partial"
