"""One Speaker per real person or organization, however an article spells them."""

from django.db.models import Q
from django.utils.text import slugify

from articles.models import Speaker, SpeakerAlias, SpeakerMergeSuggestion
from articles.pipeline.names import name_key, probably_same, strip_titles


def resolve_speaker(name: str, *, kind: str | None, role: str | None, aliases=()) -> Speaker:
    """The speaker this name means: found by its folded key, an alias, or a unique surname; or created.

    A speaker a curator merged away resolves to the one it was merged into.
    Names that are only probably the same person become merge suggestions,
    never automatic merges.
    """
    clean = strip_titles(name.strip())
    key = name_key(clean)
    speaker = _find(key, kind)
    if speaker is None:
        speaker = _create(clean, key, kind, role)
        _suggest_merges(speaker)
    else:
        _fill_blanks(speaker, kind, role)
    _remember_spellings(speaker, {clean, *aliases})
    return speaker


def _find(key: str, kind: str | None) -> Speaker | None:
    speaker = (
        Speaker.objects.filter(name_key=key).order_by("id").first()
        or _by_alias(key)
        or _by_unique_surname(key, kind)
    )
    while speaker is not None and speaker.merged_into_id:
        speaker = speaker.merged_into
    return speaker


def _by_alias(key: str) -> Speaker | None:
    alias = SpeakerAlias.objects.filter(name_key=key).select_related("speaker").order_by("id").first()
    return alias.speaker if alias else None


def _by_unique_surname(key: str, kind: str | None) -> Speaker | None:
    """A bare surname ("Lavrov") means the one person of that surname the archive knows, if only one."""
    if " " in key or kind == Speaker.Kind.ORGANIZATION:
        return None
    people = list(
        Speaker.objects.active()
        .filter(kind=Speaker.Kind.PERSON, name_key__endswith=f" {key}")
        .order_by("id")[:2]
    )
    return people[0] if len(people) == 1 else None


def _create(name: str, key: str, kind: str | None, role: str | None) -> Speaker:
    return Speaker.objects.create(
        name=name,
        name_key=key,
        slug=_free_slug(name),
        kind=kind or Speaker.Kind.UNKNOWN,
        role=(role or "")[:300],
    )


def _fill_blanks(speaker: Speaker, kind: str | None, role: str | None):
    changed = []
    if kind and speaker.kind == Speaker.Kind.UNKNOWN:
        speaker.kind = kind
        changed.append("kind")
    if role and not speaker.role:
        speaker.role = role[:300]
        changed.append("role")
    if changed:
        speaker.save(update_fields=[*changed, "updated_at"])


def _remember_spellings(speaker: Speaker, spellings):
    for spelling in spellings - {speaker.name}:
        if spelling.strip():
            SpeakerAlias.objects.get_or_create(speaker=speaker, name=spelling.strip()[:300])


def _suggest_merges(speaker: Speaker):
    """Suggest merging with speakers sharing a first or last name whose names are probably the same."""
    words = speaker.name_key.split()
    if not words:
        return
    nearby = Q(name_key__startswith=f"{words[0]} ") | Q(name_key__endswith=f" {words[-1]}")
    for other in Speaker.objects.active().filter(nearby).exclude(pk=speaker.pk).only("id", "name"):
        if probably_same(speaker.name, other.name):
            SpeakerMergeSuggestion.objects.get_or_create(
                speaker=other,
                other=speaker,
                defaults={"reason": f"{other.name!r} and {speaker.name!r} look alike"},
            )


def _free_slug(name: str) -> str:
    base = slugify(name)[:280] or "speaker"
    slug, n = base, 1
    while Speaker.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
