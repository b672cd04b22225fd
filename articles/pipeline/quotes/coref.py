"""Who a mention means: the full name or organization an article introduced.

"Morgulov" is the Igor Morgulov named earlier, "the ministry" the Russian
Foreign Ministry, "he" the last male person in context. The registry is built
from every name the article prints outside quotations, in reading order.
"""

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from .mention import Mention
from .organizations import belongs_to_state, organization_head, state_of

# How many sentences back "he" may reach for the person it means.
PRONOUN_REACH = 6
NEWS_HEADS = frozenset(
    {"times", "post", "journal", "news", "tribune", "herald", "gazette", "guardian", "telegraph"}
)
NEWSPAPER_WORDS = frozenset(
    {"newspaper", "paper", "daily", "outlet", "publication", "magazine", "network", "channel"}
)
# Heads that any organization that spoke may be called by: "Twitter said ... The company said".
GENERIC_ORGANIZATION_HEADS = frozenset({"company", "group", "organization", "organisation", "firm"})
# Heads a government body's name may carry when an article calls it "the agency" afterwards.
AGENCY_HEADS = {
    "agency": {"administration", "bureau", "service", "commission", "authority", "department", "office"},
    "regulator": {"commission", "authority", "administration", "agency"},
}


@dataclass(eq=False, slots=True)
class Entity:
    name: str
    kind: str | None
    role: str | None = None
    gender: str | None = None
    spellings: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # where the article names it, in order
    spoke: bool = False  # a speech verb has it as subject somewhere in the article
    keys: list[str] = field(default_factory=list)  # the name's words in lower case, kept for speed

    def __post_init__(self) -> None:
        self.rename(self.name)

    def rename(self, name: str) -> None:
        self.name = name
        self.keys = name.lower().split()

    @property
    def words(self) -> list[str]:
        return self.name.split()

    def add_spelling(self, spelling: str) -> None:
        if spelling != self.name and spelling not in self.spellings:
            self.spellings.append(spelling)


@dataclass(slots=True)
class Sighting:
    position: int
    entity: Entity
    sentence: int
    spoke: bool = False


@dataclass(frozen=True, slots=True)
class Antecedent:
    entity: Entity
    distance: int  # sentences between the pronoun and the sighting
    spoke: bool  # the sighting is the subject of a speech verb
    position: int  # where the sighting is
    opens: bool = False  # no one is sighted before it in its sentence: likely its subject


class Registry:
    """The people and organizations of one article, and where each was named."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.sightings: list[Sighting] = []
        self.by_word: dict[str, list[Entity]] = {}
        self._positions: list[int] = []

    def observe(self, mention: Mention, sentence: int) -> Entity | None:
        """Record a named mention and return the entity it names."""
        if not mention.is_named:
            return None
        entity = self._match_name(mention.name, mention.start, mention.kind) or self._introduce(mention)
        self._enrich(entity, mention)
        self._sight(Sighting(mention.start, entity, sentence))
        return entity

    def _sight(self, sighting: Sighting) -> None:
        if not self.sightings or self.sightings[-1].position <= sighting.position:
            self.sightings.append(sighting)
        else:
            self.sightings.insert(
                bisect_left([s.position for s in self.sightings], sighting.position), sighting
            )
        insort(sighting.entity.positions, sighting.position)

    def _index(self, entity: Entity) -> None:
        for word in entity.keys:
            bucket = self.by_word.setdefault(word, [])
            if entity not in bucket:
                bucket.append(entity)

    def note_speaker(self, entity: Entity, position: int, sentence: int) -> None:
        """Note that ``entity``, named by a pronoun or description at ``position``, spoke there."""
        self._sight(Sighting(position, entity, sentence, spoke=True))
        entity.spoke = True

    def mark_speaker(self, mention: Mention, sentence: int) -> None:
        """Note that the person named at ``mention`` spoke there: the likeliest "he" that follows."""
        for sighting in self.sightings:
            if sighting.position == mention.start:
                sighting.spoke = sighting.entity.spoke = True
                return
        entity = self.observe(mention, sentence)
        if entity is not None:
            self.mark_speaker(mention, sentence)

    def _introduce(self, mention: Mention) -> Entity:
        entity = Entity(mention.name, mention.kind, mention.role, mention.gender)
        self.entities.append(entity)
        self._index(entity)
        return entity

    def _enrich(self, entity: Entity, mention: Mention) -> None:
        if len(mention.name.split()) > len(entity.keys) and entity.kind != "organization":
            entity.add_spelling(entity.name)
            entity.rename(mention.name)
            self._index(entity)
        entity.add_spelling(mention.name)
        entity.role = entity.role or mention.role
        entity.gender = entity.gender or mention.gender
        entity.kind = entity.kind or mention.kind

    def _match_name(self, name: str, position: int, kind: str | None) -> Entity | None:
        words = name.lower().split()
        pool = self.by_word.get(words[-1], []) + self.by_word.get(words[0], [])
        if not pool:
            return None  # no one named before shares a word with it
        candidates = [entity for entity in dict.fromkeys(pool) if _names_agree(words, entity, kind)]
        # "Trump" is the Donald Trump named before rather than the nearer Trump Tower.
        by_surname = [entity for entity in candidates if entity.keys[-1] == words[-1]]
        # Once "Fiorina" has meant Carly Fiorina, it goes on meaning her after her husband Frank is named.
        called_so = [entity for entity in by_surname if name in entity.spellings]
        return _nearest(called_so or by_surname or candidates, position)

    def resolve(self, mention: Mention, sentence: int) -> Entity | None:
        """The entity ``mention`` (found in sentence number ``sentence``) means."""
        if mention.is_named:
            return self._match_name(mention.name, mention.start, mention.kind)
        if mention.pronoun:
            return self._resolve_pronoun(mention, sentence)
        if mention.head:
            return self._resolve_description(mention)
        return None

    def _resolve_pronoun(self, mention: Mention, sentence: int) -> Entity | None:
        """The speaker, or else the first person, of the nearest sentence naming a fitting one."""
        if mention.pronoun not in {"he", "she"}:
            return self._resolve_collective(mention, sentence)
        nearest: list[Sighting] = []  # fitting sightings of the nearest sentence having one
        for sighting in reversed(self.sightings[: bisect_left(self.positions(), mention.start)]):
            if (
                sighting.sentence < sentence - PRONOUN_REACH
                or nearest
                and sighting.sentence != nearest[0].sentence
            ):
                break
            if self._is_person(sighting.entity) and sighting.entity.gender in (None, mention.gender):
                nearest.append(sighting)
        nearest.reverse()
        speakers = [s for s in nearest if s.spoke]
        return (speakers or nearest)[0].entity if nearest else None

    def _resolve_collective(self, mention: Mention, sentence: int) -> Entity | None:
        """ "it said", "they said": the organization that spoke last, if one did recently."""
        for sighting in reversed(self.sightings[: bisect_right(self.positions(), mention.end)]):
            if sighting.sentence <= sentence - PRONOUN_REACH:
                return None
            if sighting.sentence <= sentence and sighting.spoke and sighting.entity.kind == "organization":
                return sighting.entity
        return None

    def _is_person(self, entity: Entity) -> bool:
        if entity.kind is not None:
            return entity.kind == "person"
        return entity.spoke

    def antecedents(self, mention: Mention, sentence: int, limit: int) -> list[Antecedent]:
        """The people "he" or "she" at ``mention`` may mean, most recently named first."""
        found: list[Antecedent] = []
        index = bisect_left(self.positions(), mention.start)
        for number in range(index - 1, -1, -1):
            sighting = self.sightings[number]
            if sighting.sentence < sentence - PRONOUN_REACH or len(found) == limit:
                break
            entity = sighting.entity
            fits = _may_be_person(entity) and entity.gender in (None, mention.gender)
            if fits and all(known.entity is not entity for known in found):
                opens = number == 0 or self.sightings[number - 1].sentence != sighting.sentence
                distance = sentence - sighting.sentence
                found.append(Antecedent(entity, distance, sighting.spoke, sighting.position, opens))
        return found

    def state_organization(self, place: Entity) -> Entity | None:
        """The one organization of the state a capital stands for that the article names, if one."""
        state = state_of(place.name)
        if state is None:
            return None
        found = [
            entity
            for entity in self.entities
            if entity.kind == "organization"
            and entity is not place
            and state_of(entity.name) is None
            and belongs_to_state(entity.name, state)
        ]
        return found[0] if len(found) == 1 else None

    def positions(self) -> list[int]:
        if len(self._positions) != len(self.sightings):
            self._positions = [s.position for s in self.sightings]
        return self._positions

    def _resolve_description(self, mention: Mention) -> Entity | None:
        """ "the ministry" is the ministry named before; "a source" is nobody named."""
        if not mention.definite:
            return None
        words = mention.text.lower().split()[1:]
        tried: set[int] = set()
        for sighting in reversed(self.sightings[: bisect_left(self.positions(), mention.start)]):
            entity = sighting.entity
            if id(entity) not in tried:
                tried.add(id(entity))
                if _describes(mention.head, words, entity):
                    return entity
        return None


def _may_be_person(entity: Entity) -> bool:
    """A person, or a name of two words or more that nothing marks as a place or organization."""
    if entity.kind is not None:
        return entity.kind == "person"
    if entity.name.isupper():
        return False  # "FULL TEXT", "TOP STORIES": a label shouted in capitals
    if any(map(str.isdigit, entity.name)):
        return False  # "Max G2", "Native UTF-8": a product or a standard, which nobody calls "he"
    return entity.spoke or len(entity.keys) > 1


def _nearest(candidates: list[Entity], position: int) -> Entity | None:
    """The candidate named last before ``position``, or else the first named after it."""
    best, best_position = None, -1
    for entity in candidates:
        index = bisect_right(entity.positions, position)
        if index and entity.positions[index - 1] > best_position:
            best, best_position = entity, entity.positions[index - 1]
    if best is not None:
        return best
    later = [entity for entity in candidates if entity.positions]
    return min(later, key=lambda entity: entity.positions[0]) if later else (candidates or [None])[0]


def _names_agree(words: list[str], entity: Entity, kind: str | None) -> bool:
    if kind and entity.kind and kind != entity.kind:
        return False
    known = entity.keys
    if words == known:
        return True
    if entity.kind == "organization":
        return len(words) < len(known) and known[-len(words) :] == words
    if len(words) == 1:
        # A given name alone ("Hillary") only for someone known to be a person.
        return words[0] == known[-1] or (len(known) > 1 and words[0] == known[0] and entity.kind == "person")
    return words[-1] == known[-1] and (words[0] == known[0] or len(known) == 1)


def _describes(head: str, words: list[str], entity: Entity) -> bool:
    if entity.kind == "organization":
        if head in NEWSPAPER_WORDS:
            return entity.words[-1].lower() in NEWS_HEADS
        if head in GENERIC_ORGANIZATION_HEADS and len(words) == 1:
            return entity.spoke
        named = entity.name.lower().split()
        return (
            organization_head(entity.name) == head
            or head in named
            or bool(AGENCY_HEADS.get(head, set()) & set(named))
        )
    # A person only where the article gave a role holding every word: "the Kremlin spokesman".
    role = (entity.role or "").lower().split()
    return bool(role) and all(word in role for word in words)
