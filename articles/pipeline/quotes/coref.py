"""Who a mention means: the full name or organization an article introduced.

"Morgulov" is the Igor Morgulov named earlier, "the ministry" the Russian
Foreign Ministry, "he" the last male person in context. The registry is built
from every name the article prints outside quotations, in reading order.
"""

from dataclasses import dataclass, field

from .mention import Mention
from .organizations import organization_head

NEWS_HEADS = frozenset(
    {"times", "post", "journal", "news", "tribune", "herald", "gazette", "guardian", "telegraph"}
)
NEWSPAPER_WORDS = frozenset(
    {"newspaper", "paper", "daily", "outlet", "publication", "magazine", "network", "channel"}
)


@dataclass
class Entity:
    name: str
    kind: str | None
    role: str | None = None
    gender: str | None = None
    spellings: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return self.name.split()

    def add_spelling(self, spelling: str) -> None:
        if spelling != self.name and spelling not in self.spellings:
            self.spellings.append(spelling)


@dataclass(frozen=True)
class Sighting:
    position: int
    entity: Entity


class Registry:
    """The people and organizations of one article, and where each was named."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.sightings: list[Sighting] = []

    def observe(self, mention: Mention) -> Entity | None:
        """Record a named mention and return the entity it names."""
        if not mention.is_named:
            return None
        entity = self._match_name(mention.name, mention.start, mention.kind) or self._introduce(mention)
        self._enrich(entity, mention)
        self.sightings.append(Sighting(mention.start, entity))
        return entity

    def _introduce(self, mention: Mention) -> Entity:
        kind = mention.kind or ("person" if len(mention.name.split()) > 1 else None)
        entity = Entity(mention.name, kind, mention.role, mention.gender)
        self.entities.append(entity)
        return entity

    def _enrich(self, entity: Entity, mention: Mention) -> None:
        if len(mention.name.split()) > len(entity.words) and entity.kind != "organization":
            entity.add_spelling(entity.name)
            entity.name = mention.name
            entity.kind = entity.kind or "person"
        entity.add_spelling(mention.name)
        entity.role = entity.role or mention.role
        entity.gender = entity.gender or mention.gender
        entity.kind = entity.kind or mention.kind

    def _match_name(self, name: str, position: int, kind: str | None) -> Entity | None:
        words = [word.lower() for word in name.split()]
        candidates = [entity for entity in self.entities if _names_agree(words, entity, kind)]
        return self._nearest(candidates, position)

    def _nearest(self, candidates: list[Entity], position: int) -> Entity | None:
        """The candidate named last before ``position``, or else first after it."""
        if not candidates:
            return None
        before = [s for s in self.sightings if s.entity in candidates and s.position <= position]
        if before:
            return before[-1].entity
        after = [s for s in self.sightings if s.entity in candidates]
        return after[0].entity if after else candidates[0]

    def resolve(self, mention: Mention, recent_speakers: list[Entity]) -> Entity | None:
        """The entity ``mention`` means, given the speakers quoted so far (last one last)."""
        if mention.is_named:
            return self._match_name(mention.name, mention.start, mention.kind)
        if mention.pronoun:
            return self._resolve_pronoun(mention, recent_speakers)
        if mention.head:
            return self._resolve_description(mention)
        return None

    def _resolve_pronoun(self, mention: Mention, recent_speakers: list[Entity]) -> Entity | None:
        if mention.pronoun in {"he", "she"}:
            people = [
                s.entity
                for s in self.sightings
                if s.position < mention.start and s.entity.kind != "organization"
            ]
            for entity in reversed(recent_speakers[-3:] + people[-6:]):
                if entity.gender in (None, mention.gender) and entity.kind != "organization":
                    return entity
            return None
        if mention.pronoun in {"it", "they", "we"}:
            for entity in reversed(recent_speakers[-2:]):
                if entity.kind == "organization":
                    return entity
        return None

    def _resolve_description(self, mention: Mention) -> Entity | None:
        head = mention.head
        before = [s.entity for s in self.sightings if s.position < mention.start]
        for entity in reversed(before):
            if _describes(head, entity):
                return entity
        return None


def _names_agree(words: list[str], entity: Entity, kind: str | None) -> bool:
    if kind and entity.kind and kind != entity.kind:
        return False
    known = [word.lower() for word in entity.words]
    if words == known:
        return True
    if entity.kind == "organization":
        return len(words) < len(known) and known[-len(words) :] == words
    if len(words) == 1:
        return words[0] == known[-1] or (len(known) > 1 and words[0] == known[0] and kind != "organization")
    return words[-1] == known[-1] and (words[0] == known[0] or len(known) == 1)


def _describes(head: str, entity: Entity) -> bool:
    if entity.kind == "organization":
        if head in NEWSPAPER_WORDS:
            return entity.words[-1].lower() in NEWS_HEADS
        return organization_head(entity.name) == head or head in entity.name.lower().split()
    return bool(entity.role) and head in entity.role.lower().split()
