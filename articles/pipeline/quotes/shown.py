"""Each candidate speaker as the archive would show it: a name that reads as one, or a description."""

from .naming import as_written, describes_source, reads_as_name
from .ranking.features import Candidate
from .tokens import Tokens


class ShownAs:
    """Checks candidates against the names rules of one article, each name once."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        self.names: dict[str, bool] = {}

    def checked(self, candidate: Candidate) -> Candidate:
        """``candidate``, its ``speaker`` made a description or None where it is no name.

        A capitalized head noun ("Police say", "The Commission") is a description; a name that is
        no name ("Conversely", "Step") and a description of no kind of source ("63 percent") name
        nobody, though the ranker still weighs them (choosing one means nobody is named).
        """
        mention = candidate.item.mention
        if candidate.speaker is None:
            return candidate
        if candidate.entity is None and not mention.is_named:
            if not describes_source(mention.head):
                candidate.speaker = None
            return candidate
        if self._reads_as_name(candidate):
            return candidate
        if describes_source(mention.text.split()[-1].lower()):
            candidate.named = False
            candidate.speaker = as_written(mention.text)
        else:
            candidate.speaker = None
        return candidate

    def _reads_as_name(self, candidate: Candidate) -> bool:
        known = self.names.get(candidate.speaker)
        if known is None:
            entity, mention = candidate.entity, candidate.item.mention
            kind = entity.kind if entity is not None else mention.kind
            spoke = entity is not None and entity.spoke
            known = self.names[candidate.speaker] = reads_as_name(candidate.speaker, kind, self.tokens, spoke)
        return known
