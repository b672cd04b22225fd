"""Whether what attribution found is a name an archive may file quotations under, or a description.

A speaker is a person's or an organization's name, or nothing: "Following Trump" read out of a
headline, "Survey", "Three people" or "Step" are not names. A source the article describes without
naming ("a senior official", "the company") is kept with the quotation as written, never as a name.
"""

import re

from .gender import GIVEN_NAMES
from .lexicon import (
    DOCUMENT_HEADS,
    FUNCTION_WORDS,
    KNOWN_ORGANIZATIONS,
    NAMES_ALSO_WORDS,
    ORGANIZATION_HEADS,
    PERSON_HEADS,
    TITLE_WORDS,
    words,
)
from .organizations import ACRONYM, is_government_place
from .roles import NAME_PARTICLES
from .tokens import Tokens

# Words that count or point rather than name: "Three people", "Fifty-one", "Her son", "Many users".
QUANTIFIERS = frozenset(
    words(
        """
    one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions dozen dozens
    several many some most few all both each every another other others any no half
    his her their its our my your this that these those such
    """
    )
)
# Lower-case words that may stand inside an organization's name: "Bank of America", "Citizens for Trump".
NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "&", "at"}) | NAME_PARTICLES
ADJECTIVE_ENDINGS = ("-like", "-based", "-designed", "-style", "-powered", "-driven", "-friendly")
# Words a person's name has at most, initials aside ("Nadia Nunes Cavalcante Parr").
MAX_PERSON_WORDS = 4
CONTRACTION = re.compile(r"['’](?:d|ve|ll|m|re|t|s)$", re.IGNORECASE)
# Languages and peoples, capitalized in English but no one's name.
DEMONYMS = frozenset(
    words(
        """
    english french german italian spanish portuguese russian chinese japanese korean arabic hebrew
    turkish greek dutch polish ukrainian indian persian hindi urdu latin european american americans
    british african asian europeans africans asians christians muslims jews democrats republicans
    canadians australians mexicans russians chinese israelis palestinians iranians ukrainians
    catholic catholics protestant protestants orthodox christian muslim jewish buddhist hindu
    """
    )
)
# Nouns that end the name of a place, not of a speaker: "Bay Area", "Silicon Valley".
PLACE_HEADS = frozenset(
    words("area region valley county city province district island islands coast bay peninsula")
)
PEOPLES = frozenset(word for word in DEMONYMS if word.endswith("s"))
HEAD_NOUNS = PERSON_HEADS | ORGANIZATION_HEADS | DOCUMENT_HEADS | TITLE_WORDS


def reads_as_name(name: str, kind: str | None, tokens: Tokens, spoke: bool = False) -> bool:
    """True for "Dmitry Peskov", "Russian Foreign Ministry", "Moscow", "CNN"; False for junk.

    ``tokens`` are the article's, whose use of each word in lower case tells a common word
    capitalized by a sentence start or a title-case line ("Following Trump") from a name;
    ``spoke`` says a speech verb has the name as its subject somewhere ("Melanie said").
    """
    found = name.split()
    if not found or found[0].lower().split("-")[0] in QUANTIFIERS:
        return False
    if not all(_name_word(word) for word in found) or not found[-1][0].isupper():
        return False
    if len(found) == 1:
        return _single_word_name(found[0], kind, tokens, spoke)
    if kind == "organization":
        return True
    if any(map(str.isdigit, name)):
        return False  # "Max G2", "Native UTF-8", "Galaxy S24": a product, not a person
    if len([word for word in found if len(word.rstrip(".")) > 1]) > MAX_PERSON_WORDS:
        return False  # "Alice McCall Mysteria Ruffled Midi Dress": a product in a list
    last = found[-1].lower()
    if last in HEAD_NOUNS or last in PLACE_HEADS or last in DEMONYMS or _common_word(found[0], tokens):
        return False
    return kind == "person" or found[0].lower() in GIVEN_NAMES or not _common_phrase(found, tokens)


def _common_phrase(found: list[str], tokens: Tokens) -> bool:
    """Words the article all writes in lower case too, capitalized as a product or a heading
    would be: "Contract Test", "Deep Research", "Extra Soft"."""
    lower_case = tokens.lower_case_words()
    return all(word.lower() in lower_case for word in found)


def _name_word(word: str) -> bool:
    if CONTRACTION.search(word):
        return False  # "I’d", "Don’t"
    if word[0].isupper() or word[0].isdigit():
        lower = word.lower()  # "May" of "Anna May Wong" was read as a name by the tokens' rule
        return lower not in FUNCTION_WORDS or lower in NAMES_ALSO_WORDS or len(word) == 1
    return word.lower() in NAME_CONNECTORS


def _single_word_name(word: str, kind: str | None, tokens: Tokens, spoke: bool) -> bool:
    """One word is a name when it is a known organization or capital, or when the article has it
    speak ("Melanie said") or capitalizes it inside a sentence ("says Richter") and it is no common
    word it also writes in lower case ("Survey"), no head noun ("Ministry") and no language or
    people ("English", "Americans"). An acronym needs to speak: "AI", "HR" and "GAAP" are terms."""
    lower = word.lower()
    if lower in KNOWN_ORGANIZATIONS or is_government_place(lower):
        return True
    if lower in HEAD_NOUNS or lower in FUNCTION_WORDS or lower in DEMONYMS:
        return False
    if ACRONYM.fullmatch(word):
        return spoke
    if len(word) < 2 or lower.endswith("ly") or lower.endswith(ADJECTIVE_ENDINGS):
        return False  # "X", "Frequently", "LEGO-like", "AI-designed"
    if lower in tokens.lower_case_words():
        return False
    # Capitalized only where sentences, headings or list items start ("Consider", "Myth"), a word
    # is no name.
    return spoke or lower in GIVEN_NAMES or lower in tokens.capitalized_inside_sentences()


def _common_word(word: str, tokens: Tokens) -> bool:
    """A person's first word that the article writes in lower case more often than capitalized
    inside a sentence: "Following" in "Following Trump", not "Bill" in "Bill Clinton"."""
    lower = word.lower()
    if lower not in tokens.lower_case_words():
        return False
    counts = tokens.word_counts()
    return counts.lower_case[lower] > counts.capitalized_inside[lower]


def without_common_words(name: str, tokens: Tokens) -> str:
    """A person's name without the common words a sentence start or a headline capitalized before
    it: "Following Trump" -> "Trump", "Rival Hillary Clinton" -> "Hillary Clinton"."""
    found = name.split()
    first = 0
    while first < len(found) - 1 and found[first].lower() not in GIVEN_NAMES:
        if not _common_word(found[first], tokens):
            break
        first += 1
    return " ".join(found[first:])


def describes_source(head: str | None) -> bool:
    """Whether a description names a kind of source: "a senior official", "the ministry", "the memo",
    "Democrats"."""
    return head in PERSON_HEADS or head in ORGANIZATION_HEADS or head in DOCUMENT_HEADS or head in PEOPLES


def as_written(text: str) -> str:
    """A description as a quotation's source reads mid-sentence: "The source" -> "the source"."""
    first, _, rest = text.partition(" ")
    lower = first.lower()
    if first.istitle() and (lower in QUANTIFIERS or lower in HEAD_NOUNS or lower in {"the", "a", "an"}):
        first = lower
    return f"{first} {rest}".strip()
