"""Words and shapes that mark the parts of a page around an article.

Each family is a feature of the line scorer, so a curator reading this file sees what
counts as menu, teaser, credit or notice. A few families are certain enough to remove a
line outright (``is_certain_boilerplate``).
"""

import re

# Each family: single words, phrases found anywhere, and phrases a line starts with.
_FAMILIES = {
    "read_more": (
        "",
        "",
        "read more|read also|also read|see also|more on this|related|recommended|you may also like|"
        "you might also like|more from|more stories|most read|most popular|most viewed|trending|"
        "further reading|continue reading|keep reading|weiterlesen|mehr zum thema|lesen sie auch|lire aussi|"
        "à lire aussi|voir aussi|leer más|lee también|te puede interesar|leia também|leggi anche|"
        "читайте также|читайте еще|подробнее",
    ),
    "share": (
        "share shares shared tweet facebook twitter linkedin whatsapp pinterest reddit telegram flipboard "
        "email "
        "e-mail print permalink",
        "copy link|get short url",
        "",
    ),
    "subscribe": (
        "subscribe subscriber subscribers subscription newsletter newsletters inbox premium paywall unlock "
        "abonnieren abonnez suscríbete подписаться",
        "sign up|follow us|download the app|download our app",
        "",
    ),
    "notice": (
        "cookie cookies privacy gdpr consent copyright datenschutz impressum ©",
        "terms of use|terms of service|terms and conditions|personal data|all rights reserved|"
        "mentions légales",
        "",
    ),
    "account": (
        "login logout signin register registration password account forgot username captcha",
        "log in|log out|sign in|sign out",
        "",
    ),
    "comments": (
        "comment comments commenting reply replies discussion disqus kommentare kommentar commentaires "
        "commentaire comentarios comentario moderator moderators moderation",
        "community standards|community guidelines|leave a",
        "",
    ),
    "advert": (
        "advertisement advertisements advertising sponsored promoted affiliate commission anzeige publicité "
        "publicidad реклама",
        "ad choices|adchoices|partner content",
        "",
    ),
    "credit": (
        "getty shutterstock istock afp epa",
        "ap photo|reuters/|photo credit|image credit|/ reuters|/ ap|/ afp|/ sputnik|/ tass",
        "photo:|photos:|image:|images:|picture:|foto:|credit:|source:|illustration:|video:|photo by|image by",
    ),
    "tags": (
        "",
        "",
        "tags|tag:|topics|topic:|filed under|categories|category:|keywords|schlagwörter|themen:|mots-clés|"
        "etiquetas|теги",
    ),
    "meta": (
        "updated published posted views likes",
        "min read|minute read|minutes read|reading time|last modified",
        "",
    ),
    "navigation": (
        "",
        "",
        "skip to|menu|home|search|back to top|next|previous|scroll to top|toggle navigation|close|open|more|"
        "all|load more|show more|see all|view all|watch|listen|video|photo|news|latest|top stories|opinion",
    ),
    "byline": (
        "",
        "",
        "by |by:|von |par |por |di |door |автор|written by|posted by|authored by|author:|reviewed by",
    ),
}
FAMILY_NAMES = tuple(_FAMILIES)
FAMILY_SPAN = 240  # characters
# Words split where a dump glued two together ("Log inPrivacy Policy"), acronyms kept whole.
_WORDS = re.compile(r"[A-ZА-ЯЁ]+(?![a-zа-яё])|[^\W\d_][^\W\d_A-ZА-ЯЁ]*|©")
_KEYWORDS = tuple(frozenset(words.split()) for words, _, _ in _FAMILIES.values())


def _alternation(phrases_of_family) -> re.Pattern:
    groups = [
        f"(?P<f{number}>{'|'.join(re.escape(p) for p in phrases.split('|'))})"
        for number, phrases in enumerate(phrases_of_family)
        if phrases
    ]
    return re.compile("|".join(groups))


# One scan per line for all families' phrases: the line scorer reads every line of every page.
_ANYWHERE = _alternation([anywhere for _, anywhere, _ in _FAMILIES.values()])
_STARTS = tuple(tuple(p for p in start.split("|") if p) for _, _, start in _FAMILIES.values())


def families(text: str) -> list[bool]:
    """Which boilerplate families a line's wording belongs to, in FAMILY_NAMES order.

    Only the start of a long line is read: boilerplate is short, and a share button's
    word deep inside a paragraph says nothing about it.
    """
    text = text[:FAMILY_SPAN]
    lower = text.lower()
    words = set(map(str.lower, _WORDS.findall(text)))
    found = [not words.isdisjoint(keywords) for keywords in _KEYWORDS]
    for match in _ANYWHERE.finditer(lower):
        found[int(match.lastgroup[1:])] = True
    for number, starts in enumerate(_STARTS):
        if starts and lower.startswith(starts):
            found[number] = True
    return found


# Lines that announce another story or ask the reader for something, in the forms that are
# never article text: "Read more: ...", "READ MORE: ...", "Related:" ...
_CERTAIN = re.compile(
    r"^(?:read more|read also|also read|see also|related|more|watch|listen|weiterlesen|lesen sie auch|"
    r"lire aussi|à lire aussi|leer más|lee también|leia também|leggi anche|читайте также)\s*[:>»›|–-]",
    re.IGNORECASE,
)


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
_TAIL_HEADING = re.compile(
    r"^(?:related(?: articles| stories| posts| news| content| coverage)?|tags|topics|comments?(?: \(\d+\))?|"
    r"community standards|you (?:may|might) also like|recommended(?: for you| stories)?|more from\b.*|"
    r"most (?:read|popular|viewed)|read next|more stories|further reading|share this(?: article| story)?|"
    r"leave a (?:reply|comment)|join the (?:discussion|conversation))\s*:?",
    re.IGNORECASE,
)
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
