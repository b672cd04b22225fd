"""The sidebar of an article: who is quoted, in order of first appearance, with their quotations."""

from dataclasses import dataclass, field


@dataclass
class QuotedSpeaker:
    speaker: object  # None for quotations no speaker in the archive was credited with
    # Without a speaker: the name as the article wrote it ("Lavrov"), or a source it left unnamed
    # ("a senior official"); neither for quotations nobody was credited with.
    as_written: str = ""
    unnamed_source: str = ""
    roles: list[str] = field(default_factory=list)
    quotes: list = field(default_factory=list)


def quoted_speakers(quotes) -> list[QuotedSpeaker]:
    """``quotes`` (in body order) grouped by speaker, then by name as written or unnamed source;
    quotations nobody was credited with come last."""
    groups: dict[tuple, QuotedSpeaker] = {}
    for quote in quotes:
        group = groups.setdefault(_key(quote), _group(quote))
        group.quotes.append(quote)
        if quote.role and quote.role not in group.roles:
            group.roles.append(quote.role)
    unattributed = groups.pop(("", "", ""), None)
    return [*groups.values(), *([unattributed] if unattributed else [])]


def _key(quote) -> tuple:
    if quote.speaker_id:
        return (quote.speaker_id,)
    return ("", quote.speaker_as_written, "" if quote.speaker_as_written else quote.unnamed_source)


def _group(quote) -> QuotedSpeaker:
    if quote.speaker_id:
        return QuotedSpeaker(speaker=quote.speaker)
    _, as_written, unnamed = _key(quote)
    return QuotedSpeaker(speaker=None, as_written=as_written, unnamed_source=unnamed)
