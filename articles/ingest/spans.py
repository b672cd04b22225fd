"""Where each quotation sits in its article's body, kept right whenever the body changes.

A quote's ``start``/``end`` are character offsets into the body. When the body changes (re-ingest,
a curator's edit), each quote is found again by its text: at its old place if the text is still
there, else at the occurrence nearest to it, else with the whitespace between its words allowed to
differ (a curator re-wrapping a paragraph). A quote whose text is gone has no span.
"""

import re

from articles.models import Quote


def locate(text: str, body: str, near: int | None = None) -> tuple[int, int] | None:
    """(start, end) of ``text`` in ``body``, the occurrence nearest ``near``; None when absent."""
    if not text.strip():
        return None
    if near is not None and body[near : near + len(text)] == text:
        return near, near + len(text)
    spans = [(m.start(), m.start() + len(text)) for m in re.finditer(re.escape(text), body)]
    if not spans:
        loose = r"\s+".join(re.escape(word) for word in text.split())
        spans = [(m.start(), m.end()) for m in re.finditer(loose, body)]
    if not spans:
        return None
    return min(spans, key=lambda span: abs(span[0] - (near or 0)))


def in_place(quote: Quote, body: str) -> bool:
    return quote.start is not None and quote.end is not None and body[quote.start : quote.end] == quote.text


def place_quotes(article) -> list[Quote]:
    """Set the span of every quote of ``article`` that no longer matches its body; returns the quotes
    whose text the body no longer holds (left without a span)."""
    lost = []
    for quote in article.quotes.all():
        if in_place(quote, article.body):
            continue
        span = locate(quote.text, article.body, quote.start)
        if span is None:
            lost.append(quote)
        if (quote.start, quote.end) != (span or (None, None)):
            quote.start, quote.end = span or (None, None)
            quote.save(update_fields=["start", "end", "updated_at"])
    return lost
