"""Merging speakers who are one person or organization, and settling merge suggestions."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone

from articles.models import Quote, Speaker, SpeakerAlias, SpeakerMergeSuggestion

from .merging import Merged, merge_records
from .names import best_formed
from .wording import agreeing, counted

Suggestion = SpeakerMergeSuggestion


@dataclass
class SpeakerMerge(Merged):
    quotes_moved: int = 0
    aliases_added: list[str] = field(default_factory=list)

    def __str__(self):
        return (
            f"{self.headline()}: {counted(self.quotes_moved, 'quote')} moved, "
            f"{counted(len(self.aliases_added), 'name')} kept as "
            f"{agreeing(len(self.aliases_added), 'an alias', 'aliases')}."
        )


def merge_speakers(target: Speaker, others) -> SpeakerMerge:
    """Merge ``others`` into ``target``: their quotes move, their names become its aliases,
    their pages redirect to its page, and suggestions about them are settled."""
    return merge_records(target, others, move=_move, fills=("kind", "role"))


def _move(target: Speaker, others) -> SpeakerMerge:
    quotes = Quote.objects.filter(speaker__in=others)
    result = SpeakerMerge(target=target, merged=others)
    result.article_ids = sorted(set(quotes.values_list("article_id", flat=True)))
    result.quotes_moved = quotes.update(speaker=target, updated_at=timezone.now())
    result.aliases_added = _move_names(target, others)
    _settle_suggestions(target, others)
    return result


def suggested_target(suggestion: Suggestion) -> tuple[Speaker, Speaker]:
    """(target, other) for accepting a suggestion: the better-formed name absorbs the other (the
    one with more quotes when neither reads better)."""
    pair = Speaker.objects.filter(pk__in=[suggestion.speaker_id, suggestion.other_id])
    counted = list(pair.annotate(quote_count=Count("quotes")).order_by("-quote_count", "pk"))
    target = best_formed(counted, weight=lambda speaker: speaker.quote_count)
    return target, next(speaker for speaker in counted if speaker.pk != target.pk)


def dismiss_suggestions(suggestions) -> int:
    return suggestions.filter(status=Suggestion.Status.PENDING).update(status=Suggestion.Status.DISMISSED)


def _move_names(target: Speaker, others) -> list[str]:
    """Every name the others went by becomes an alias of the target."""
    taken = {target.name, *target.aliases.values_list("name", flat=True)}
    names = [other.name for other in others]
    names += SpeakerAlias.objects.filter(speaker__in=others).values_list("name", flat=True)
    SpeakerAlias.objects.filter(speaker__in=others).delete()
    added = []
    for name in names:
        if name not in taken:
            SpeakerAlias.objects.create(speaker=target, name=name)
            taken.add(name)
            added.append(name)
    return added


def _settle_suggestions(target: Speaker, others):
    """Suggestions among the merged speakers are accepted; those pairing a merged one with a third
    speaker now concern the target."""
    merged = [target.pk, *(other.pk for other in others)]
    pending = Suggestion.objects.filter(status=Suggestion.Status.PENDING)
    pending.filter(speaker__in=merged, other__in=merged).update(status=Suggestion.Status.ACCEPTED)
    for suggestion in pending.filter(Q(speaker__in=merged) | Q(other__in=merged)):
        third = suggestion.other_id if suggestion.speaker_id in merged else suggestion.speaker_id
        _repoint(suggestion, target.pk, third)


def _repoint(suggestion: Suggestion, target_pk: int, third_pk: int):
    pair = Q(speaker=target_pk, other=third_pk) | Q(speaker=third_pk, other=target_pk)
    if Suggestion.objects.filter(pair).exclude(pk=suggestion.pk).exists():
        suggestion.delete()
        return
    suggestion.speaker_id, suggestion.other_id = target_pk, third_pk
    suggestion.save(update_fields=["speaker", "other"])
