"""Upsert one parsed article, with its quotes, on its natural key, in one transaction."""

from django.db import transaction

from articles.models import Article, ArticleRedirect, ArticleSource, Quote
from articles.models.fields import fitted
from articles.models.published import split_published
from articles.pipeline import ParsedArticle
from articles.pipeline.quotes import ATTRIBUTION_VERSION
from articles.search import queue_reindex

from .duplicates import earlier_version, link_same_story, reads_less_well, stored_copy
from .fingerprint import fingerprint
from .outcomes import Outcome
from .outlets import OutletDirectory
from .quotes import sync_quotes
from .source_keys import source_key
from .spans import place_quotes
from .text_keys import TextKeys


def load_article(parsed: ParsedArticle, outlets: OutletDirectory) -> tuple[Outcome, Article]:
    """Create or update the article ``parsed`` describes; ``Outcome.UNCHANGED`` when nothing differs.

    A record from a source the archive has not seen may be a copy or a new version of a stored
    article (duplicates.py): it then becomes another of that article's sources instead of a second
    article. Everything happens in one transaction, index queue row included, so a failure or a
    kill leaves the stored article as it was and nothing stored unknown to the index.
    """
    digest, key = fingerprint(parsed), source_key(parsed)
    keys = TextKeys.of(parsed.title, parsed.body, parsed.source_url)
    with transaction.atomic():
        source = ArticleSource.objects.select_for_update().filter(key=key).select_related("article").first()
        article = source.article if source is not None else None
        if article is not None and source.fingerprint == digest and _same_outlet(article, parsed, outlets):
            return Outcome.UNCHANGED, article
        if article is not None:
            outcome = Outcome.UPDATED
        else:
            outcome, article = _match(parsed, digest, keys, outlets)
        source = source or ArticleSource(article=article, key=key)
        if outcome != Outcome.COPY:
            article.source_key = key  # the source the article's text now comes from
            # A new version whose outlet is unknown (a text dump, say) leaves the article's outlet alone.
            keep_outlet = outcome == Outcome.NEW_VERSION and _outlet_of(parsed, outlets) is None
            _store(article, parsed, outlets, digest, keep_outlet=keep_outlet)
            link_same_story(article, keys)
        _record_source(source, article, parsed, digest, keys)
    return outcome, article


def _match(parsed, digest, keys, outlets) -> tuple[Outcome, Article]:
    """What a record from a new source is: a copy, a new version, or a new article."""
    outlet = _outlet_of(parsed, outlets)
    outlet_id = outlet.pk if outlet else None
    copy = stored_copy(digest, keys, outlet_id)
    if copy is not None:
        return Outcome.COPY, copy
    day = split_published(parsed.published)[0]
    earlier = earlier_version(parsed.body, keys, outlet_id, day)
    if earlier is not None and reads_less_well(parsed.source, earlier):
        return Outcome.COPY, earlier
    if earlier is not None:
        return Outcome.NEW_VERSION, Article.objects.select_for_update().get(pk=earlier.pk)
    return Outcome.CREATED, Article(source_key=source_key(parsed))


def _outlet_of(parsed: ParsedArticle, outlets: OutletDirectory):
    return outlets.outlet_for(parsed.outlet, parsed.outlet_domain)


def _record_source(source: ArticleSource, article: Article, parsed: ParsedArticle, digest, keys: TextKeys):
    source.article = article
    source.path, source.record, source.url = parsed.source, parsed.record_id or "", parsed.source_url or ""
    source.fingerprint = digest
    source.body_key, source.title_key, source.lede_key, source.url_key = (
        keys.body,
        keys.title,
        keys.lede,
        keys.url,
    )
    source.save()


def reload_article(
    article: Article, parsed: ParsedArticle, outlets: OutletDirectory, *, keep_curated: bool = True
) -> Outcome:
    """Apply a fresh extraction of ``article``'s own source to it, as re-ingesting would.

    With ``keep_curated=False`` the curator's fields are overwritten and no
    longer marked curated. Reviewed or curated quotes are kept either way.
    """
    digest = fingerprint(parsed)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        unchanged = article.fingerprint == digest and _same_outlet(article, parsed, outlets)
        if unchanged and (keep_curated or not article.curated_fields):
            return Outcome.UNCHANGED
        if not keep_curated:
            article.curated_fields = []
        _store(article, parsed, outlets, digest)
        source = ArticleSource.objects.filter(key=article.source_key).first()
        if source is not None:
            keys = TextKeys.of(parsed.title, parsed.body, parsed.source_url)
            _record_source(source, article, parsed, digest, keys)
    return Outcome.UPDATED


def was_curated(article: Article) -> bool:
    """Whether a curator has touched this article: edited fields, hid it, or reviewed its quotes."""
    if article.curated_fields or not article.is_visible:
        return True
    return article.quotes.exclude(status=Quote.Status.UNREVIEWED, is_curated=False).exists()


def _same_outlet(article: Article, parsed: ParsedArticle, outlets: OutletDirectory) -> bool:
    if "outlet" in article.curated_fields:
        return True
    outlet = outlets.outlet_for(parsed.outlet, parsed.outlet_domain)
    return (outlet.pk if outlet else None) == article.outlet_id


def _store(article: Article, parsed: ParsedArticle, outlets: OutletDirectory, digest: str, keep_outlet=False):
    """Save the extraction into the article (curated fields aside) with its quotes, and queue it
    for the index, all in the caller's transaction."""
    old_address = article.get_absolute_url() if article.pk else None
    _apply(article, parsed, outlets, keep_outlet=keep_outlet)
    article.fingerprint = digest
    article.assign_free_slug()
    article.save()
    if old_address:
        ArticleRedirect.objects.remember(article, old_address)
    curated = set(article.curated_fields)
    sync_quotes(article, parsed.quotes, keep_speakers="quotes" in curated, curated_body="body" in curated)
    place_quotes(article)
    queue_reindex([article.pk], touch=False)


def _apply(article: Article, parsed: ParsedArticle, outlets: OutletDirectory, *, keep_outlet=False):
    curated = set(article.curated_fields) | ({"outlet"} if keep_outlet else set())
    values = {
        "outlet": outlets.outlet_for(parsed.outlet, parsed.outlet_domain),
        "title": fitted(Article, "title", parsed.title),
        "body": parsed.body,
        "language": parsed.language or "",
        "byline": fitted(Article, "byline", parsed.byline),
        "credit": fitted(Article, "credit", parsed.credit),
        "tags": list(parsed.tags),
        "subheadings": list(parsed.subheadings),
    }
    for name, value in values.items():
        if name not in curated:
            setattr(article, name, value)
    if "published" not in curated:
        article.set_published(parsed.published)
    if "outlet" not in curated:
        signature = outlets.signature(parsed.outlet, parsed.outlet_signature)
        article.matched_signature = signature if signature and signature.outlet == article.outlet else None
    article.attribution_version = ATTRIBUTION_VERSION
    article.source_path = parsed.source
    article.source_record = parsed.record_id or ""
    article.source_url = parsed.source_url or ""
    article.raw_input = parsed.raw
