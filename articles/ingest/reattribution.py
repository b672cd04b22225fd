"""Attribute stored articles' quotations again with the current rules: the upgrade of an archive.

Each article is read from what the archive stores (its body and title, curated or not) and its
quotations synced as a re-ingest would: quotations a curator verified, marked wrong or edited are
kept as they are. Speakers left with no quotation are removed and merge suggestions recomputed.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count

from articles.models import Article, Speaker, SpeakerAlias, SpeakerMergeSuggestion
from articles.pipeline.names import name_key
from articles.pipeline.quotes import ATTRIBUTION_VERSION, extract_quotes
from articles.pipeline.records import ParsedQuote
from articles.search import queue_reindex, reindex_articles

from .quotes import sync_quotes
from .speakers import suggest_merges

Progress = Callable[[list[int]], Iterable[int]]


@dataclass
class ReattributionReport:
    articles: int = 0  # articles attributed again
    changed_article_ids: list[int] = field(default_factory=list)  # whose quotations changed
    speakers_removed: int = 0
    suggestions: int = 0  # merge suggestions pending afterwards


def outdated_articles():
    """Articles whose quotations were found by older attribution rules."""
    return Article.objects.filter(attribution_version__lt=ATTRIBUTION_VERSION)


def reattribute(*, everything: bool = False, progress: Progress = iter, index: bool = True):
    """Attribute again the quotations of outdated articles (``everything``: of all), then tidy speakers."""
    report = ReattributionReport()
    articles = Article.objects.all() if everything else outdated_articles()
    for pk in progress(list(articles.order_by("pk").values_list("pk", flat=True))):
        report.articles += 1
        if _reattribute_one(pk):
            report.changed_article_ids.append(pk)
    if report.articles:
        refresh_name_keys()
    report.speakers_removed = remove_unquoted_speakers()
    if report.changed_article_ids or report.speakers_removed:
        recompute_merge_suggestions()
    report.suggestions = SpeakerMergeSuggestion.objects.filter(
        status=SpeakerMergeSuggestion.Status.PENDING
    ).count()
    if index and report.changed_article_ids:
        reindex_articles(report.changed_article_ids)
    return report


def _reattribute_one(pk: int) -> bool:
    """Attribute one article's quotations again; whether any of them changed."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=pk)
        before = _attribution(article)
        found = extract_quotes(article.body, title=article.title)
        parsed = found + _marked_by_the_page(article, found)
        sync_quotes(article, parsed, keep_speakers="quotes" in article.curated_fields)
        changed = _attribution(article) != before
        article.attribution_version = ATTRIBUTION_VERSION
        article.save(update_fields=["attribution_version", *(["updated_at"] if changed else [])])
        if changed:
            queue_reindex([pk], touch=False)  # with the change: a kill before the index write loses nothing
    return changed


def _attribution(article: Article) -> list[tuple]:
    fields = ("text", "speaker_id", "unnamed_source", "role", "kind", "start")
    return list(article.quotes.order_by("pk").values_list(*fields))


def _marked_by_the_page(article: Article, found: list[ParsedQuote]) -> list[ParsedQuote]:
    """Stored quotations that are whole paragraphs nobody was credited with: the page's own
    blockquotes, which the body alone does not tell apart, are kept."""
    paragraphs = {part.strip() for part in article.body.split("\n\n")}
    kept = []
    for quote in article.quotes.filter(speaker__isnull=True, unnamed_source="", speaker_as_written=""):
        overlaps = any(
            q.start is not None and q.start < (quote.end or 0) and (quote.start or 0) < q.end for q in found
        )
        if quote.text.strip() in paragraphs and not overlaps:
            kept.append(ParsedQuote(quote=quote.text, start=quote.start, end=quote.end, kind=quote.kind))
    return kept


def refresh_name_keys() -> None:
    """Fold names again where the rules changed ("Russian Foreign Ministry" is no "ministry")."""
    for speaker in Speaker.objects.only("id", "name", "kind", "name_key"):
        if speaker.name_key != name_key(speaker.name, speaker.kind):
            speaker.save(update_fields=["name_key", "updated_at"])
    for alias in SpeakerAlias.objects.select_related("speaker"):
        if alias.name_key != name_key(alias.name, alias.speaker.kind):
            alias.save(update_fields=["name_key"])


def remove_unquoted_speakers() -> int:
    """Delete speakers with no quotation left, except those other speakers were merged into."""
    empty = (
        Speaker.objects.active()
        .annotate(quoted=Count("quotes"), merged=Count("merged_from"))
        .filter(quoted=0, merged=0)
    )
    return (
        Speaker.objects.filter(pk__in=list(empty.values_list("pk", flat=True)))
        .delete()[1]
        .get("articles.Speaker", 0)
    )


def recompute_merge_suggestions() -> None:
    """Pending suggestions made again from the speakers there are now; curators' decisions stay."""
    SpeakerMergeSuggestion.objects.filter(status=SpeakerMergeSuggestion.Status.PENDING).delete()
    for speaker in Speaker.objects.active().exclude(quotes__isnull=True).distinct():
        suggest_merges(speaker)
