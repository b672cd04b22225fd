"""Assemble a ParsedArticle from an extraction: outlet, quotes, provenance."""

from .quotes import extract_quotes
from .records import ParsedArticle, ParsedQuote, ParseError
from .sites import SiteFinding
from .tags import readable_tags
from .wire import wire_credit


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
    site: SiteFinding | None = None,
):
    """Turn an extraction (title, body, published, ...) into a ParsedArticle.

    ``site`` is the site the page was published on (``sites``); ``outlet`` a name the
    input states outright (a JSON Lines ``outlet`` field), which wins over it.
    ``quote_spans`` are (start, end) offsets into the body of passages the page marked
    up as quotations (blockquotes); those not already found by quote extraction are added.
    """
    if not extraction.body.strip():
        raise ParseError("no article text found")
    if outlet:
        site = SiteFinding(outlet, site.domain if site else None, "input")
    return ParsedArticle(
        source=source,
        record_id=record_id,
        outlet=site.name if site else None,
        outlet_signature=site.signature.pattern if site and site.signature else None,
        outlet_domain=site.domain if site else None,
        outlet_source=site.source if site else None,
        published=extraction.published,
        title=extraction.title,
        body=extraction.body,
        language=extraction.language,
        byline=extraction.byline,
        credit=wire_credit(extraction.body, extraction.byline, extraction.credit),
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
