"""One Speaker per real person or organization, however an article spells them."""

from django.utils.text import slugify

from articles.models import Speaker, SpeakerAlias, SpeakerMergeSuggestion
from articles.pipeline.names import name_key, probably_same, strip_titles


def resolve_speaker(name: str, *, kind: str | None, role: str | None, aliases=()) -> Speaker:
    """The speaker this name means: found by its folded key or an alias, or created.

    A speaker a curator merged away resolves to the one it was merged into.
    Names that are only probably the same person become merge suggestions,
    never automatic merges.
    """
    clean = strip_titles(name.strip())
    key = name_key(clean)
    speaker = _find(key)
    if speaker is None:
        speaker = _create(clean, key, kind, role)
        _suggest_merges(speaker)
    else:
        _fill_blanks(speaker, kind, role)
    for spelling in {clean, *aliases} - {speaker.name}:
        SpeakerAlias.objects.get_or_create(
            speaker=speaker, name=spelling, defaults={"name_key": name_key(spelling)}
        )
    return speaker


def _find(key: str) -> Speaker | None:
    speaker = Speaker.objects.filter(name_key=key).order_by("id").first()
    if speaker is None:
        alias = SpeakerAlias.objects.filter(name_key=key).select_related("speaker").first()
        speaker = alias.speaker if alias else None
    while speaker is not None and speaker.merged_into_id:
        speaker = speaker.merged_into
    return speaker


def _create(name: str, key: str, kind: str | None, role: str | None) -> Speaker:
    return Speaker.objects.create(
        name=name,
        name_key=key,
        slug=_free_slug(name),
        kind=kind or Speaker.Kind.UNKNOWN,
        role=role or "",
    )


def _fill_blanks(speaker: Speaker, kind: str | None, role: str | None):
    changed = []
    if kind and speaker.kind == Speaker.Kind.UNKNOWN:
        speaker.kind, changed = kind, [*changed, "kind"]
    if role and not speaker.role:
        speaker.role, changed = role, [*changed, "role"]
    if changed:
        speaker.save(update_fields=[*changed, "updated_at"])


def _suggest_merges(speaker: Speaker):
    for other in Speaker.objects.active().exclude(pk=speaker.pk).only("id", "name"):
        if probably_same(speaker.name, other.name):
            SpeakerMergeSuggestion.objects.get_or_create(
                speaker=other, other=speaker, defaults={"reason": "names differ by a letter or two"}
            )


def _free_slug(name: str) -> str:
    base = slugify(name)[:280] or "speaker"
    slug, n = base, 1
    while Speaker.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
