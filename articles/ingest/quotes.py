"""Keep an article's stored quotes in step with what extraction found, without undoing curators."""

from articles.models import Quote

from .speakers import resolve_speaker


def sync_quotes(article, parsed_quotes, *, keep_speakers=False):
    """Update quotes matched by text, create new ones, drop vanished ones.

    Quotes a curator edited or verified are never changed or dropped, so
    their identity (and URLs pointing at them) survive re-ingest.
    """
    existing = {quote.text: quote for quote in article.quotes.all()}
    seen = set()
    for parsed in parsed_quotes:
        quote = existing.get(parsed.quote) or Quote(article=article, text=parsed.quote)
        seen.add(parsed.quote)
        if _is_protected(quote):
            continue
        _apply(quote, parsed, keep_speaker=keep_speakers and quote.pk is not None)
        quote.save()
    stale = [q.pk for text, q in existing.items() if text not in seen and not _is_protected(q)]
    Quote.objects.filter(pk__in=stale).delete()


def _is_protected(quote: Quote) -> bool:
    return quote.pk is not None and (quote.is_curated or quote.status != Quote.Status.UNREVIEWED)


def _apply(quote: Quote, parsed, *, keep_speaker: bool):
    quote.kind = parsed.kind if parsed.kind in Quote.Kind.values else Quote.Kind.DIRECT
    quote.start, quote.end = parsed.start, parsed.end
    quote.role = (parsed.role or "")[:300]
    quote.speaker_as_written = (parsed.speaker or "")[:300]
    quote.unnamed_source = (parsed.unnamed_source or "")[:300]
    if not keep_speaker:
        quote.speaker = (
            resolve_speaker(
                parsed.speaker, kind=parsed.speaker_kind, role=parsed.role, aliases=parsed.aliases
            )
            if parsed.speaker
            else None
        )
