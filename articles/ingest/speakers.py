"""One Speaker per real person or organization, however an article spells them, and only for names."""

from django.db.models import Q

from articles.models import Speaker, SpeakerAlias, SpeakerMergeSuggestion
from articles.models.fields import fitted, unique_slug
from articles.pipeline.names import (
    is_canonical_spelling,
    is_full_name,
    name_key,
    probably_same,
    strip_titles,
)

PERSON, ORGANIZATION = Speaker.Kind.PERSON, Speaker.Kind.ORGANIZATION


def resolve_speaker(name: str, *, kind: str | None, role: str | None, aliases=()) -> Speaker | None:
    """The speaker this name means, or None where the name is not sure enough to file quotations under.

    Found by its folded key or an alias of the same kind; a bare surname ("Lavrov") means the one
    person of that surname or spelling the archive knows, and no one if there are none or several.
    A speaker is created only for a full name (``is_full_name``): a person's of two words or more,
    an organization's that is more than a head noun ("Ministry"). An organization is never found
    by its last word, and never under a person's name. A speaker a curator merged away resolves to
    the one it was merged into. Names only probably the same become merge suggestions, never merges.
    """
    clean = strip_titles(name.strip(), kind)
    key = name_key(clean, kind)
    if not key:
        return None
    speaker = _find(key, kind)
    if speaker is None:
        if not is_full_name(clean, kind):
            return None
        speaker = _create(clean, key, kind, role)
        suggest_merges(speaker)
    else:
        _fill_blanks(speaker, kind, role)
        _prefer_canonical_spelling(speaker, clean, key)
    _remember_spellings(speaker, {clean, *aliases})
    return speaker


def _prefer_canonical_spelling(speaker: Speaker, spelling: str, key: str):
    """ "Sergey Lavrov" becomes "Sergei Lavrov" once an article spells it so: of the spellings of one
    name, the one that is its own folded form (its slug, and so its address, stays)."""
    if key != speaker.name_key or spelling == speaker.name:
        return
    if is_canonical_spelling(spelling, speaker.kind) and not is_canonical_spelling(
        speaker.name, speaker.kind
    ):
        SpeakerAlias.objects.get_or_create(speaker=speaker, name=speaker.name)
        speaker.name = spelling
        speaker.save(update_fields=["name", "name_key", "updated_at"])


def _find(key: str, kind: str | None) -> Speaker | None:
    speaker = _by_key(key, kind) or _by_alias(key, kind) or _by_unique_surname(key, kind)
    while speaker is not None and speaker.merged_into_id:
        speaker = speaker.merged_into
    return speaker


def _same_kind(kind: str | None, prefix: str = "") -> Q:
    """Speakers a name of ``kind`` may be: a person is never an organization, nor the other way."""
    if kind == PERSON:
        return ~Q(**{f"{prefix}kind": ORGANIZATION})
    if kind == ORGANIZATION:
        return ~Q(**{f"{prefix}kind": PERSON})
    return Q()


def _by_key(key: str, kind: str | None) -> Speaker | None:
    return Speaker.objects.filter(_same_kind(kind), name_key=key).order_by("id").first()


def _by_alias(key: str, kind: str | None) -> Speaker | None:
    """A spelling seen before; one word ("Lavrov") only when it belongs to one speaker."""
    aliases = SpeakerAlias.objects.filter(_same_kind(kind, "speaker__"), name_key=key)
    found = {
        alias.speaker_id: alias.speaker for alias in aliases.select_related("speaker").order_by("id")[:3]
    }
    if len(found) == 1 or found and " " in key:
        return next(iter(found.values()))
    return None


def _by_unique_surname(key: str, kind: str | None) -> Speaker | None:
    """A bare surname ("Lavrov") means the one person of that surname the archive knows, if only one."""
    if " " in key or kind == ORGANIZATION:
        return None
    people = list(
        Speaker.objects.active().filter(kind=PERSON, name_key__endswith=f" {key}").order_by("id")[:2]
    )
    return people[0] if len(people) == 1 else None


def _create(name: str, key: str, kind: str | None, role: str | None) -> Speaker:
    return Speaker.objects.create(
        name=name,
        name_key=key,
        slug=unique_slug(Speaker, name, "speaker"),
        kind=kind or Speaker.Kind.UNKNOWN,
        role=fitted(Speaker, "role", role),
    )


def _fill_blanks(speaker: Speaker, kind: str | None, role: str | None):
    changed = []
    if kind and speaker.kind == Speaker.Kind.UNKNOWN:
        speaker.kind = kind
        changed.append("kind")
    if role and not speaker.role:
        speaker.role = fitted(Speaker, "role", role)
        changed.append("role")
    if changed:
        speaker.save(update_fields=[*changed, "updated_at"])


def _remember_spellings(speaker: Speaker, spellings):
    for spelling in spellings - {speaker.name}:
        if spelling.strip():
            name = fitted(SpeakerAlias, "name", spelling.strip())
            SpeakerAlias.objects.get_or_create(speaker=speaker, name=name)


def suggest_merges(speaker: Speaker):
    """Suggest merging with speakers of the same kind sharing a first or last name that are probably
    the same ("Taro Kono" and "Taro Kano"); an organization only with one of the same name length."""
    words = speaker.name_key.split()
    if not words:
        return
    nearby = Q(name_key__startswith=f"{words[0]} ") | Q(name_key__endswith=f" {words[-1]}")
    others = Speaker.objects.active().filter(nearby, _same_kind(speaker.kind)).exclude(pk=speaker.pk)
    for other in others.only("id", "name", "kind"):
        if probably_same(speaker.name, other.name) and not _suggested(speaker, other):
            SpeakerMergeSuggestion.objects.get_or_create(
                speaker=other,
                other=speaker,
                defaults={"reason": f"{other.name!r} and {speaker.name!r} look alike"},
            )


def _suggested(speaker: Speaker, other: Speaker) -> bool:
    either_way = Q(speaker=speaker, other=other) | Q(speaker=other, other=speaker)
    return SpeakerMergeSuggestion.objects.filter(either_way).exists()
