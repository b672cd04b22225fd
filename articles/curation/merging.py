"""What merging records of one thing (outlets, speakers) does, whatever they hold.

In one transaction: what the others hold moves to the target (each kind says what), the others and
any record merged into them point at the target (their pages redirect there), and the target takes
their values where its own are blank.
"""

from dataclasses import dataclass, field

from django.db import transaction


@dataclass
class Merged:
    """What a merge changed, for the curator's message and the index (each kind adds its counts)."""

    target: object
    merged: list
    article_ids: list[int] = field(default_factory=list)

    def headline(self) -> str:
        names = ", ".join(f"“{record.name}”" for record in self.merged)
        return f"Merged {names} into “{self.target.name}”"


def merge_records(target, others, *, move, fills: tuple[str, ...]):
    """Merge ``others`` into ``target``; ``move(target, others)`` moves what they hold and returns
    the result, which this returns. ``fills``: fields the target takes from the first other that has
    a value where the target has its default."""
    others = [other for other in others if other.pk != target.pk]
    if target.merged_into_id:
        noun = target._meta.verbose_name
        raise ValueError(f"“{target}” was itself merged into another {noun}; merge into that one.")
    model = type(target)
    with transaction.atomic():
        result = move(target, others)
        model.objects.filter(merged_into__in=others).update(merged_into=target)
        model.objects.filter(pk__in=[other.pk for other in others]).update(merged_into=target)
        _fill_blanks(target, others, fills)
    for other in others:
        other.merged_into = target
    return result


def _fill_blanks(target, others, fills: tuple[str, ...]):
    changed = []
    for name in fills:
        default = target._meta.get_field(name).get_default()
        if getattr(target, name) != default:
            continue
        value = next((getattr(other, name) for other in others if getattr(other, name) != default), default)
        if value != default:
            setattr(target, name, value)
            changed.append(name)
    if changed:
        stamped = ["updated_at"] if any(field.name == "updated_at" for field in target._meta.fields) else []
        target.save(update_fields=[*changed, *stamped])
