"""Keep an article's stored quotes in step with what extraction found, without undoing curators."""

from articles.models import Quote
from articles.models.fields import fitted

from .spans import locate
from .speakers import resolve_speaker


def sync_quotes(article, parsed_quotes, *, keep_speakers=False, curated_body=False):
    """Update quotes matched by text, create new ones, drop vanished ones.

    Quotes a curator edited or verified are never changed or dropped, so
    their identity (and URLs pointing at them) survive re-ingest. With a curated body, the
    extraction's offsets are into another text: only quotes that body still holds are kept, and
    their spans are found in it (``place_quotes``).
    """
    if curated_body:
        parsed_quotes = [parsed for parsed in parsed_quotes if locate(parsed.quote, article.body) is not None]
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
    quote.role = fitted(Quote, "role", parsed.role)
    quote.speaker_as_written = fitted(Quote, "speaker_as_written", parsed.speaker)
    quote.unnamed_source = fitted(Quote, "unnamed_source", parsed.unnamed_source)
    if not keep_speaker:
        quote.speaker = (
            resolve_speaker(
                parsed.speaker, kind=parsed.speaker_kind, role=parsed.role, aliases=parsed.aliases
            )
            if parsed.speaker
            else None
        )
