"""The names an article mentions (people, places, organisations), as an event's reports share them.

Two reports of one event name the same people and places ("Rosaly Lopes", "Cassini", "Durres");
two stories of one topic share the topic's words but few names. A name here is a capitalised
word that does not begin a sentence (or does so elsewhere in the text too), or an acronym;
sentence openers, months, days and titles are left out.
"""

import re

from .terms import MAX_WORDS, _fold

SENTENCE = re.compile(r"(?<=[.!?…:;\"”])\s+|\n+")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
POSSESSIVE = re.compile(r"['’]s$", re.I)
_NOT_NAMES = """
    a an and as at but by for from he her his i if in into it its no not of on or our over she so
    that the their these they this those to under was we were what when where which while who with
    after before since until during about among between both each every many more most much other
    some such than then there here also however meanwhile according one two three four five six
    seven eight nine ten monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december mr mrs ms dr sir president
    prime minister foreign chief vice senator general secretary spokesman spokeswoman
"""
NOT_NAMES = frozenset(_NOT_NAMES.split())


def article_names(title: str, body: str) -> set[str]:
    """The names in the title and the start of the body, folded to lower case without accents."""
    sentences = [WORD.findall(sentence) for sentence in SENTENCE.split(f"{title}\n{body[: MAX_WORDS * 20]}")]
    inside = {word for words in sentences for word in words[1:] if _capitalised(word)}
    names = set()
    for words in sentences:
        for position, word in enumerate(words):
            if _capitalised(word) and (position or word in inside or _acronym(word)):
                name = _fold(POSSESSIVE.sub("", word).lower())
                if name not in NOT_NAMES and len(name) > 1:
                    names.add(name)
    return names


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()
