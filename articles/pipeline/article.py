"""Assemble a ParsedArticle from an extraction: outlet, quotes, provenance."""

from .outlets import identify_outlet
from .quotes import extract_quotes
from .records import ParsedArticle, ParsedQuote, ParseError
from .tags import readable_tags


def build_article(
    extraction,
    *,
    raw,
    source,
    signatures,
    record_id=None,
    source_url=None,
    outlet=None,
    quote_spans=(),
):
    """Turn an extraction (title, body, published, ...) into a ParsedArticle.

    ``outlet`` is a name the input states outright (a JSON Lines ``outlet``
    field): it wins over the signatures. ``quote_spans`` are (start, end)
    offsets into the body of passages the page marked up as quotations
    (blockquotes); those not already found by quote extraction are added.
    """
    if not extraction.body.strip():
        raise ParseError("no article text found")
    signature = None if outlet else identify_outlet(raw, signatures, url=source_url)
    return ParsedArticle(
        source=source,
        record_id=record_id,
        outlet=outlet or (signature.outlet if signature else None),
        outlet_signature=signature.pattern if signature else None,
        published=extraction.published,
        title=extraction.title,
        body=extraction.body,
        language=extraction.language,
        byline=extraction.byline,
        credit=extraction.credit,
        tags=readable_tags(extraction.tags),
        subheadings=list(extraction.subheadings),
        source_url=source_url,
        raw=raw,
        quotes=_with_marked_quotes(
            extract_quotes(extraction.body, title=extraction.title), extraction.body, quote_spans
        ),
    )


def _with_marked_quotes(found: list[ParsedQuote], body: str, spans) -> list[ParsedQuote]:
    marked = [
        ParsedQuote(quote=body[start:end], start=start, end=end, kind="direct")
        for start, end in spans
        if not any(_overlaps(quote, start, end) for quote in found)
    ]
    return sorted(found + marked, key=lambda quote: quote.start if quote.start is not None else -1)


def _overlaps(quote: ParsedQuote, start: int, end: int) -> bool:
    return quote.start is not None and quote.start < end and start < (quote.end or quote.start)
