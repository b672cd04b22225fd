"""Re-running extraction on an article from the input it was ingested from."""

import dataclasses
import logging
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from django.conf import settings
from django.db import DatabaseError

from articles.ingest.loader import reload_article
from articles.ingest.outcomes import Outcome
from articles.ingest.outlets import OutletDirectory
from articles.pipeline import ParsedArticle, ParseFailure, parse_file
from articles.pipeline.formats.html import page_article
from articles.pipeline.records import ParseError

log = logging.getLogger(__name__)


class ReextractError(Exception):
    """The article's stored input no longer yields it; the message says why."""


@dataclass
class Reextracted:
    """What re-running extraction on some articles did to each."""

    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # "article: why", one per article it failed on


def reextract_articles(articles, *, keep_curated: bool = True) -> Reextracted:
    """``reextract_article`` on each of ``articles``; one that fails is reported and the others go on."""
    outlets, result = OutletDirectory(), Reextracted()
    for article in articles:
        try:
            outcome = reextract_article(article, keep_curated=keep_curated, outlets=outlets)
        except (ReextractError, DatabaseError, ValueError) as error:
            result.failures.append(f"{article}: {error}")
            continue
        (result.updated if outcome == Outcome.UPDATED else result.unchanged).append(article)
    return result


def reextract_article(
    article, *, keep_curated: bool = True, outlets: OutletDirectory | None = None
) -> Outcome:
    """Parse the article's stored raw input again and apply the result, as a re-ingest would.

    Curated fields stay unless ``keep_curated`` is False, which overwrites
    them and forgets that they were curated.
    """
    outlets = outlets or OutletDirectory()
    parsed = parse_stored_input(article, outlets.signature_records())
    return reload_article(article, _with_provenance_of(article, parsed), outlets, keep_curated=keep_curated)


def parse_stored_input(article, signatures) -> ParsedArticle:
    """The article's record in its stored raw input; failing that, in its source file if still on disk."""
    if not article.raw_input:
        raise ReextractError("no raw input was stored for this article")
    name = article.source_path or "input.txt"
    results = _parse(article.raw_input.encode("utf-8"), name, signatures)
    parsed = _record_of(article, results)
    if parsed is None and _source_file(article) is not None:
        results = _parse(_source_file(article).read_bytes(), name, signatures)
        parsed = _record_of(article, results)
    if parsed is None and ".warc" in PurePath(name).suffixes:
        parsed = _archived_page(article, signatures)
    if parsed is None:
        raise ReextractError(_reason(results))
    return parsed


def _parse(data: bytes, name: str, signatures):
    try:
        return parse_file(data, name, signatures)
    except Exception as error:  # a pipeline bug must not take the admin page down
        log.exception("Re-extracting %s failed", name)
        raise ReextractError(f"internal error while parsing: {error!r}") from error


def _archived_page(article, signatures) -> ParsedArticle | None:
    """A web-archive record stores its page's HTML: read it as the WARC reader reads a record.

    The record's capture date is not in the page, so a page without a date
    keeps the date stored for it.
    """
    try:
        parsed = page_article(
            article.raw_input,
            source=article.source_path,
            signatures=signatures,
            record_id=article.source_record or None,
            url=article.source_url or None,
        )
    except ParseError:
        return None
    if parsed.published is None:
        parsed.published = article.published_at or article.published_on
    return parsed


def _record_of(article, results) -> ParsedArticle | None:
    """The result for the article's record; a lone article when the input holds just one."""
    articles = [result for result in results if isinstance(result, ParsedArticle)]
    for parsed in articles:
        if (parsed.record_id or "") == article.source_record:
            return parsed
    return articles[0] if len(articles) == 1 else None


def _source_file(article) -> Path | None:
    if not article.source_path:
        return None
    path = Path(article.source_path)
    path = path if path.is_absolute() else Path(settings.BASE_DIR) / path
    return path if path.is_file() else None


def _reason(results) -> str:
    failures = [result.reason for result in results if isinstance(result, ParseFailure)]
    if failures:
        return f"extraction failed: {failures[0]}"
    return "the stored input no longer yields this article's record"


def _with_provenance_of(article, parsed: ParsedArticle) -> ParsedArticle:
    """The extraction as if read from the article's own source, so an unchanged result stays unchanged."""
    return dataclasses.replace(
        parsed,
        source=article.source_path or parsed.source,
        record_id=article.source_record or parsed.record_id,
        source_url=article.source_url or parsed.source_url,
    )
