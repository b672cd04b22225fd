"""Upgrading an archive: the outlet of every article no curator filed, found again by today's rules.

Articles ingested before outlets were read from what a page says about itself sit under
"Unknown outlet" or under an outlet a mention matched. Each article whose outlet no curator
set is parsed again from its stored input; it moves to the site that published it (created
when new), its old address redirecting as after a merge. Its agency credit is refreshed
unless curated, and a time stored as a local time is read in its new outlet's home zone.
"""

from dataclasses import dataclass, field

from django.db import transaction

from articles.ingest.outlets import OutletDirectory
from articles.models import Article, ArticleRedirect
from articles.models.fields import fitted
from articles.search import queue_reindex

from .reextract import ReextractError, parse_stored_input


@dataclass
class Rederived:
    """What the upgrade changed and what it could not read."""

    moved: list[int] = field(default_factory=list)
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)

    def __str__(self):
        return f"{len(self.moved)} moved, {self.unchanged} unchanged, {len(self.failed)} could not be read"


def rederive_outlets(articles=None, outlets: OutletDirectory | None = None) -> Rederived:
    """Find again the outlet of each of ``articles`` (all by default) whose outlet no curator set."""
    outlets = outlets or OutletDirectory()
    signatures = outlets.signature_records()
    result = Rederived()
    queryset = (articles if articles is not None else Article.objects.all()).select_related("outlet")
    for article in queryset.order_by("pk").iterator():
        if "outlet" in article.curated_fields:
            result.unchanged += 1
            continue
        try:
            parsed = parse_stored_input(article, signatures)
        except ReextractError as error:
            result.failed.append(f"article {article.pk}: {error}")
            continue
        if _apply(article, parsed, outlets):
            result.moved.append(article.pk)
        else:
            result.unchanged += 1
    return result


def _apply(article: Article, parsed, outlets: OutletDirectory) -> bool:
    outlet = outlets.outlet_for(parsed.outlet, parsed.outlet_domain)
    credit = (
        article.credit if "credit" in article.curated_fields else fitted(Article, "credit", parsed.credit)
    )
    if outlet == article.outlet and credit == article.credit:
        return False
    with transaction.atomic():
        old_address = article.get_absolute_url()
        article.outlet, article.credit = outlet, credit
        article.matched_signature = outlets.signature(parsed.outlet, parsed.outlet_signature)
        if article.published_local_time is not None and "published" not in article.curated_fields:
            article.set_published(parsed.published)
        article.assign_free_slug()
        article.save()
        ArticleRedirect.objects.remember(article, old_address)
        queue_reindex([article.pk], touch=False)  # with the move: a kill before the index write loses nothing
    return True
