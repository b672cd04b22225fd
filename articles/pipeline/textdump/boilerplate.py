"""Words and shapes that mark the parts of a page around an article.

Each family is a feature of the line scorer, so a curator reading this file sees what
counts as menu, teaser, credit or notice. A few families are certain enough to remove a
line outright (``is_certain_boilerplate``).
"""

import re

_FAMILIES = {
    "read_more": r"^(?:read more|read also|also read|see also|more on this|related(?: articles| posts| stories| "
    r"news| content| coverage| topics)?|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|"
    r"more from|more stories|most (?:read|popular|viewed)|trending(?: now)?|further reading|"
    r"continue reading|keep reading|weiterlesen|mehr zum thema|lesen sie auch|lire aussi|à lire aussi|"
    r"voir aussi|leer más|lee también|te puede interesar|leia também|leggi anche|читайте также|"
    r"читайте еще|подробнее)\b",
    "share": r"\b(?:share|shares|tweet|facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|"
    r"flipboard|e-?mail|print|copy link|get short url|permalink)\b",
    "subscribe": r"\b(?:subscribe|subscribers?|subscription|newsletters?|sign up|inbox|follow us|"
    r"download (?:the|our) app|unlock|premium|paywall|abonnieren|abonnez|suscríbete|подпис)",
    "notice": r"\b(?:cookies?|privacy|terms (?:of|and) (?:use|service|conditions)|gdpr|consent|personal data|"
    r"all rights reserved|copyright|datenschutz|impressum|mentions légales)\b|©",
    "account": r"\b(?:log ?in|log ?out|sign ?in|sign ?out|register|registration|password|account|"
    r"forgot|username|captcha)\b",
    "comments": r"\b(?:comments?|commenting|reply|replies|community (?:standards|guidelines)|moderat\w+|"
    r"discussion|leave a|disqus|kommentar\w*|commentaires?|comentarios?)\b",
    "advert": r"\b(?:advertisements?|advertising|sponsored|ad ?choices|partner content|affiliate|"
    r"commission|promoted|anzeige|publicité|publicidad|реклама)\b",
    "credit": r"(?:getty images|shutterstock|istock|\bap photo\b|\breuters/|\bafp\b|\bepa\b|"
    r"^(?:photo|image|picture|foto|credit|source|illustration|video)s?\s*(?:by|credit)?\s*:|"
    r"/\s*(?:getty|reuters|afp|ap|epa|sputnik|tass)\b)",
    "tags": r"^(?:tags?|topics?|filed under|categories|category|keywords|schlagwörter|themen|"
    r"mots-clés|etiquetas|теги)\s*:?",
    "meta": r"\b(?:\d+ ?min(?:ute)?s? read|reading time|updated|published|posted|last modified|"
    r"views?|likes?)\b",
    "navigation": r"^(?:skip to(?: main)? content|menu|home|search|back to top|next|previous|scroll to top|"
    r"toggle navigation|close|open|more|all|load more|show more|see all|view all|watch|listen|"
    r"listen live|video|photos?|news|latest|top stories|opinion)\b",
    "byline": r"^(?:by|von|par|por|di|door|автор)\s+\S",
}
FAMILY_NAMES = tuple(_FAMILIES)
_COMPILED = tuple(re.compile(pattern, re.IGNORECASE) for pattern in _FAMILIES.values())

# Lines that announce another story or ask the reader for something, in the forms that are
# never article text: "Read more: ...", "READ MORE: ...", "Related:" ...
_CERTAIN = re.compile(
    r"^(?:read more|read also|also read|see also|related|more|watch|listen|weiterlesen|lesen sie auch|"
    r"lire aussi|à lire aussi|leer más|lee también|leia também|leggi anche|читайте также)\s*[:>»›|–-]",
    re.IGNORECASE,
)


def families(text: str) -> tuple[bool, ...]:
    """Which boilerplate families a line's wording belongs to, in FAMILY_NAMES order."""
    return tuple(pattern.search(text) is not None for pattern in _COMPILED)


def is_certain_boilerplate(text: str) -> bool:
    return _CERTAIN.match(text) is not None


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
