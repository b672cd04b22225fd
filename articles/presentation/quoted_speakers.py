"""The sidebar of an article: who is quoted, in order of first appearance, with their quotations."""

from dataclasses import dataclass, field


@dataclass
class QuotedSpeaker:
    speaker: object  # None for quotations nobody was credited with
    roles: list[str] = field(default_factory=list)
    quotes: list = field(default_factory=list)


def quoted_speakers(quotes) -> list[QuotedSpeaker]:
    """``quotes`` (in body order) grouped by speaker; unattributed quotations come last."""
    groups: dict[object, QuotedSpeaker] = {}
    for quote in quotes:
        group = groups.setdefault(quote.speaker_id, QuotedSpeaker(speaker=quote.speaker))
        group.quotes.append(quote)
        if quote.role and quote.role not in group.roles:
            group.roles.append(quote.role)
    unattributed = groups.pop(None, None)
    return [*groups.values(), *([unattributed] if unattributed else [])]
