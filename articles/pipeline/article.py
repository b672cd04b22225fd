"""Assemble a ParsedArticle from an extraction: outlet, quotes, provenance."""

from .outlets import identify_outlet
from .quotes import extract_quotes
from .records import ParsedArticle, ParseError


def build_article(extraction, *, raw, source, signatures, record_id=None, source_url=None):
    if not extraction.body.strip():
        raise ParseError("no article text found")
    signature = identify_outlet(raw, signatures, url=source_url)
    return ParsedArticle(
        source=source,
        record_id=record_id,
        outlet=signature.outlet if signature else None,
        outlet_signature=signature.pattern if signature else None,
        published=extraction.published,
        title=extraction.title,
        body=extraction.body,
        language=extraction.language,
        byline=extraction.byline,
        credit=extraction.credit,
        tags=list(extraction.tags),
        subheadings=list(extraction.subheadings),
        source_url=source_url,
        raw=raw,
        quotes=extract_quotes(extraction.body),
    )
