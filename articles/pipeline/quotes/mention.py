"""What a phrase naming a speaker says: a name, a pronoun or a description, with role and kind."""

from dataclasses import dataclass


# Treated as immutable (readings are shared through a cache) but not frozen: a frozen dataclass is
# several times slower to build, and a body builds a hundred or more of these.
@dataclass(slots=True)
class Mention:
    text: str  # the phrase as the article wrote it
    start: int  # character offsets of the phrase in the body
    end: int
    name: str | None = None  # the proper name in it: "Dmitry Peskov", "Russian Foreign Ministry"
    role: str | None = None  # "Kremlin spokesman"
    kind: str | None = None  # "person" | "organization" | None when the phrase does not tell
    pronoun: str | None = None  # "he", "she", "they", "it", "we", "i"
    head: str | None = None  # head noun of a description: "ministry" in "the ministry"
    gender: str | None = None  # "male" | "female" when the phrase tells (Mr., spokeswoman)
    definite: bool = False  # a description with "the": it may mean someone named before

    @property
    def is_named(self) -> bool:
        return self.name is not None

    def at(self, start: int, end: int) -> "Mention":
        """The same reading at other offsets (faster than dataclasses.replace, which is called often)."""
        return Mention(
            self.text,
            start,
            end,
            self.name,
            self.role,
            self.kind,
            self.pronoun,
            self.head,
            self.gender,
            self.definite,
        )
