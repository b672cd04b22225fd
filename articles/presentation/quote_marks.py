"""An article's body as paragraphs, escaped, with each quotation it holds marked and linked to its speaker.

Scraped text is escaped before any markup is added, so nothing from a page
is ever rendered as HTML. Offsets that are missing, out of range or stale
(the body edited since) fall back to finding the quotation's text; a
quotation that overlaps one already marked, or cannot be found, is left
unmarked and still listed beside the article.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quote: object


@dataclass
class MarkedBody:
    paragraphs: list[SafeString]
    marked_ids: set[int]


def mark_quotes(body: str, quotes) -> MarkedBody:
    """``body`` split into paragraphs, escaped, each locatable quotation wrapped in ``<q>``."""
    spans = _without_overlaps(_locate(body, quotes))
    paragraphs = [_marked(body, start, end, spans) for start, end in paragraph_bounds(body)]
    return MarkedBody(paragraphs=paragraphs, marked_ids={span.quote.pk for span in spans})


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; paragraphs are separated by a blank line."""
    bounds, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(body):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(body)))
    return [_trimmed(body, start, end) for start, end in bounds if body[start:end].strip()]


def _trimmed(body, start, end):
    text = body[start:end]
    return start + len(text) - len(text.lstrip()), end - len(text) + len(text.rstrip())


def _locate(body, quotes) -> list[Span]:
    spans = []
    for quote in quotes:
        where = _offsets(body, quote)
        if where is not None:
            spans.append(Span(*where, quote))
    return spans


def _offsets(body, quote):
    start, end = quote.start, quote.end
    in_range = start is not None and end is not None and 0 <= start < end <= len(body)
    if in_range and _same_text(body[start:end], quote.text):
        return start, end
    found = body.find(quote.text) if quote.text else -1
    return (found, found + len(quote.text)) if found >= 0 else None


def _same_text(first, second):
    return SPACES.sub(" ", first).strip() == SPACES.sub(" ", second).strip()


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept = []
    for span in sorted(spans, key=lambda span: (span.start, -span.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _marked(body, start, end, spans) -> SafeString:
    parts, cursor = [], start
    for span in spans:
        if span.end <= start or span.start >= end:
            continue
        first, last = max(span.start, start), min(span.end, end)
        parts.append(escape(body[cursor:first]))
        parts.append(_quote_markup(body[first:last], span.quote, anchor=first == span.start))
        cursor = last
    parts.append(escape(body[cursor:end]))
    return mark_safe("".join(parts))


def _quote_markup(text, quote, anchor) -> SafeString:
    anchor_id = format_html(' id="quote-{}"', quote.pk) if anchor else ""
    speaker = quote.speaker
    if speaker is None:
        return format_html('<q class="quote"{}>{}</q>', anchor_id, text)
    label = f"{speaker.name}, {quote.role}" if quote.role else speaker.name
    return format_html(
        '<q class="quote"{}><a href="{}" title="Said by {}">{}</a></q>',
        anchor_id,
        speaker.get_absolute_url(),
        label,
        text,
    )
