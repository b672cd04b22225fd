"""Merging two records of one outlet (such as "RT" and "Russia Today")."""

from dataclasses import dataclass

from articles.models import Article, ArticleRedirect, Outlet, OutletSignature

from .merging import Merged, merge_records
from .wording import counted


@dataclass
class OutletMerge(Merged):
    signatures_moved: int = 0

    def __str__(self):
        return (
            f"{self.headline()}: {counted(len(self.article_ids), 'article')} and "
            f"{counted(self.signatures_moved, 'signature')} moved."
        )


def merge_outlets(target: Outlet, others) -> OutletMerge:
    """Merge ``others`` into ``target``: their articles and signatures move, and their pages and
    their articles' old addresses redirect to the target's."""
    return merge_records(target, others, move=_move, fills=("home_domain", "description"))


def _move(target: Outlet, others) -> OutletMerge:
    result = OutletMerge(target=target, merged=others)
    result.signatures_moved = _move_signatures(target, others)
    result.article_ids = [_move_article(article, target) for article in _articles_of(others)]
    return result


def _articles_of(outlets):
    return Article.objects.filter(outlet__in=outlets).select_related("outlet").order_by("pk")


def _move_article(article: Article, target: Outlet) -> int:
    old_address = article.get_absolute_url()
    article.outlet = target
    article.assign_free_slug()
    article.save(update_fields=["outlet", "slug", "updated_at"])
    ArticleRedirect.objects.remember(article, old_address)
    return article.pk


def _move_signatures(target: Outlet, others) -> int:
    """Move signatures over; one the target already has is dropped, its articles pointed at the target's."""
    moved = 0
    for signature in OutletSignature.objects.filter(outlet__in=others):
        twin = target.signatures.filter(kind=signature.kind, pattern=signature.pattern).first()
        if twin is None:
            signature.outlet = target
            signature.save(update_fields=["outlet"])
            moved += 1
        else:
            Article.objects.filter(matched_signature=signature).update(matched_signature=twin)
            signature.delete()
    return moved
