"""Words and shapes that mark the parts of a page around an article.

Each family is a feature of the line scorer, so a curator reading this file sees what
counts as menu, teaser, credit or notice. A few families are certain enough to remove a
line outright (``is_certain_boilerplate``).
"""

import re

import numpy as np

from .characters import PageText, PhraseFinder, text_hash

# Lines that announce another story or ask the reader for something, in the forms that are
# never article text: "Read more: ...", "READ MORE: ...", "Related:" ...
_CERTAIN_START = (
    r"(?:read more|read also|also read|see also|related|more|watch|listen|weiterlesen|lesen sie auch|"
    r"lire aussi|à lire aussi|leer más|lee también|leia também|leggi anche|читайте также)[^\S\n]*[:>»›|–-]"
)
_CERTAIN = re.compile(f"^{_CERTAIN_START}", re.IGNORECASE)


# "Every evening, DW's editors send out ... You can sign up to receive it directly here."
_PLEA = re.compile(r"\b(?:newsletters?|sign up|subscribe)\b", re.IGNORECASE)
_PLEA_OBJECT = re.compile(
    r"\b(?:here|below|inbox|newsletters?|receive|delivered|stories|updates)\b", re.IGNORECASE
)
_SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
MAX_PLEA_WORDS = 45
MAX_NOTICE_CHARACTERS = 400  # pleas and notices are a sentence or two
# A teaser of another story signed with its date: "... Julian Ryall reports. (05.12.2018)"
_DATED_TEASER = re.compile(
    r"\((?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\w{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \w{3,9}\.? \d{4})\)$"
)
# Headings after which a page has left its article: related lists, tags, comments.
_TAIL_HEADING_START = (
    r"(?:related(?: articles| stories| posts| news| content| coverage)?|tags|topics|comments?(?: \(\d+\))?|"
    r"community standards|you (?:may|might) also like|recommended(?: for you| stories)?|more from\b.*|"
    r"most (?:read|popular|viewed)|read next|more stories|further reading|share this(?: article| story)?|"
    r"leave a (?:reply|comment)|join the (?:discussion|conversation))"
)
_TAIL_HEADING = re.compile(f"^{_TAIL_HEADING_START}", re.IGNORECASE)
MAX_TAIL_HEADING_WORDS = 5


# "Please review our Privacy Policy. It contains details about ... your data protection rights."
_NOTICE_TOPIC = r"\b(?:privacy policy|personal (?:data|information)|cookies?|gdpr|data protection)\b"
_READER = r"\b(?:you|your|users?)\b"
_PRIVACY = re.compile(rf"{_NOTICE_TOPIC}.*{_READER}|{_READER}.*{_NOTICE_TOPIC}", re.IGNORECASE)


def is_certain_boilerplate(text: str) -> bool:
    if _CERTAIN.match(text) or (text.endswith(")") and _DATED_TEASER.search(text[-40:])):
        return True
    if len(text) > MAX_NOTICE_CHARACTERS:
        return False
    return _PRIVACY.search(text) is not None or _is_plea(text)


def _is_plea(text: str) -> bool:
    return (
        len(text.split()) <= MAX_PLEA_WORDS
        and _PLEA.search(text) is not None
        and _PLEA_OBJECT.search(text) is not None
        and _SECOND_PERSON.search(text) is not None
    )


def is_tail_heading(text: str) -> bool:
    """A heading that closes the article: what follows is related stories, tags or comments."""
    return len(text.split()) <= MAX_TAIL_HEADING_WORDS and _TAIL_HEADING.match(text) is not None


# "© Sputnik / Alexei Druzhinin", "Photo: AFP", "REUTERS/Kim Kyung-Hoon", "Getty Images"
_PHOTO_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright\b)|^(?:photo|image|picture|foto|credit|illustration)s?(?:\s+(?:by|credit))?\s*:|"
    r"getty images|shutterstock|\bap photo\b|^(?:reuters|afp|ap|epa|tass|sputnik)\s*/|"
    r"/\s*(?:getty images|reuters|afp|ap|epa|sputnik|tass|ria novosti)\s*$",
    re.IGNORECASE,
)
MAX_CREDIT_WORDS = 12


def is_photo_credit(text: str) -> bool:
    return len(text.split()) <= MAX_CREDIT_WORDS and _PHOTO_CREDIT.search(text) is not None


# Words without which the rules above for notices and pleas, or for photo credits, cannot
# match: a line holding none of them (nor, for credits, "©" or "/"; nor, for dated teasers,
# a closing ")" at its end) need not be read by those rules.
NOTICE_NEEDLES = [
    "privacy policy",
    "personal data",
    "personal information",
    "cookie",
    "gdpr",
    "data protection",
    "newsletter",
    "sign up",
    "subscribe",
]
CREDIT_NEEDLES = [
    "(c)",
    "copyright",
    "photo",
    "image",
    "picture",
    "foto",
    "credit",
    "illustration",
    "shutterstock",
]
_NEEDLES = PhraseFinder(NOTICE_NEEDLES + CREDIT_NEEDLES)
_NOTICE_HASHES = {text_hash(needle) for needle in NOTICE_NEEDLES}


_CREDIT_HASHES = {text_hash(needle) for needle in CREDIT_NEEDLES}


def rule_candidates(page: PageText, phrases_found=None) -> tuple[np.ndarray, np.ndarray]:
    """Lines that may be a dated teaser, a notice or a plea; and lines that may be a photo credit.

    ``phrases_found`` (starts and hashes) may come from a search for more phrases at once.
    """
    notices = page.codes[page.starts + page.lengths - 1] == ord(")")
    credits = page.per_line((page.codes == ord("©")) | (page.codes == ord("/"))) > 0
    starts, hashes = phrases_found or _NEEDLES.find(page, np.ones(len(page.codes), dtype=bool))
    found = hashes.tolist()
    notices[page.line_of(starts[[h in _NOTICE_HASHES for h in found]])] = True
    credits[page.line_of(starts[[h in _CREDIT_HASHES for h in found]])] = True
    return notices, credits


_CERTAIN_LINE = re.compile(f"\n{_CERTAIN_START}", re.IGNORECASE)
_TAIL_HEADING_LINE = re.compile(f"\n{_TAIL_HEADING_START}", re.IGNORECASE)


def certain_starts(page: PageText) -> np.ndarray:
    """Lines that start like a "Read more:" teaser."""
    return page.lines_starting(_CERTAIN_LINE)


def tail_heading_starts(page: PageText) -> np.ndarray:
    return page.lines_starting(_TAIL_HEADING_LINE)
