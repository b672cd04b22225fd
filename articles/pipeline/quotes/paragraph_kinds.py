"""Paragraphs no speaker is read from as from a sentence: headings, bylines and credits.

A title-case line ("Republicans Are Following Trump to Nowhere", "Common Car Rental Terms", a
product in a list) capitalizes every word, so its capitals say nothing about names; a byline or a
photo credit names people who said nothing in the article.
"""

from collections import defaultdict

from .gender import GIVEN_NAMES
from .lexicon import FUNCTION_WORDS, words
from .mention import Mention
from .tokens import Tokens

HEADING = "heading"
CREDIT = "credit"
# Words opening a byline or a credit line: "By Jane Doe", "Photo: John Smith/Reuters".
CREDIT_OPENERS = frozenset(
    words(
        """
    by photo photos photograph photographs image images picture pictures illustration illustrations
    credit credits caption video graphic graphics written reporting editing additional produced
    """
    )
)
CREDIT_WORDS = 14  # a byline or credit longer than this is a sentence of the article
# A line is title case when this share of its content words is capitalized, and it has this many.
TITLE_CASE_SHARE = 0.75
TITLE_CASE_WORDS = 2


def paragraph_kinds(tokens: Tokens) -> dict[int, str]:
    """The heading and credit paragraphs of ``tokens``, by paragraph number."""
    by_paragraph: dict[int, list[int]] = defaultdict(list)
    last_token: dict[int, int] = {}
    for index, paragraph in enumerate(tokens.paragraph):
        last_token[paragraph] = index
        if tokens.is_word[index] and tokens.quote[index] < 0:
            by_paragraph[paragraph].append(index)
    kinds = {}
    for paragraph, indexes in by_paragraph.items():
        if _is_credit(tokens, indexes):
            kinds[paragraph] = CREDIT
        elif is_title_case(tokens, indexes, tokens.text[last_token[paragraph]] == "."):
            kinds[paragraph] = HEADING
    return kinds


def is_title_case(tokens: Tokens, indexes: list[int], full_stop: bool) -> bool:
    """Every content word capitalized; or most of them, in a line that ends with no full stop (a
    sentence dense with names, "Igor Morgulov met his Japanese counterpart, Takeo Mori.", is none)."""
    content = [i for i in indexes if tokens.lower[i] not in FUNCTION_WORDS and len(tokens.text[i]) > 2]
    if len(content) < TITLE_CASE_WORDS:
        return False
    capitalized = sum(tokens.capitalized[i] for i in content)
    if capitalized == len(content):
        return True
    return capitalized >= TITLE_CASE_SHARE * len(content) and not full_stop


def _is_credit(tokens: Tokens, indexes: list[int]) -> bool:
    return bool(indexes) and len(indexes) <= CREDIT_WORDS and tokens.lower[indexes[0]] in CREDIT_OPENERS


def trusted_in_heading(mention: Mention) -> bool:
    """A name a title-case line may still be read for: one opening with a given name ("Donald
    Trump Says ...") or an organization's; "Following Trump" is not one."""
    if mention.kind == "organization":
        return True
    return mention.name is not None and mention.name.split()[0].lower() in GIVEN_NAMES
