"""The stable JSON shape ``ingest --dry-run --format jsonl`` prints; benchmarks read it."""

from articles.pipeline import ParsedArticle, ParseFailure


def dry_run_record(result: ParsedArticle | ParseFailure) -> dict:
    if isinstance(result, ParseFailure):
        return _record(source=result.source, record_id=result.record_id, error=result.reason)
    return _record(
        source=result.source,
        record_id=result.record_id,
        outlet=result.outlet,
        published=result.published.isoformat() if result.published else None,
        title=result.title,
        body=result.body,
        language=result.language,
        quotes=[
            {
                "quote": q.quote,
                "speaker": q.speaker,
                "speaker_kind": q.speaker_kind,
                "role": q.role,
                "start": q.start,
                "end": q.end,
                "unnamed_source": q.unnamed_source,
            }
            for q in result.quotes
        ],
    )


def _record(
    *, source, record_id, outlet=None, published=None, title="", body="", language=None, quotes=(), error=None
):
    return {
        "source": source,
        "id": record_id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "body": body,
        "language": language,
        "quotes": list(quotes),
        "error": error,
    }
