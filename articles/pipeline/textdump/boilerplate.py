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
    r"mehr zum thema|lire aussi|à lire aussi|voir aussi|leer más|lee también|leia também|leggi anche|"
    r"читайте также|смотрите также|по теме|関連記事|あわせて読みたい|相关新闻|相关阅读|延伸閱讀)"
    r"[^\S\n]*[:：>»›|–-]"
    # "Also on rt.com Putin says ...": another site's story, named by its address.
    r"|also on [\w-]+\.[a-z]{2,}\b"
)
# Lines that are nothing but a button or a link: "Read More", "Share", "続きを読む", the page's own URL.
_BUTTON = (
    r"(?:read more|read the full (?:story|article)|read full (?:story|article)|continue reading|keep reading|"
    r"show more|load more|see more|view more|share|share this(?: article| story)?|tweet|email|print|"
    r"mehr lesen|weiterlesen|teilen|lire la suite|partager|leer más|seguir leyendo|compartir|"
    r"читать далее|читать полностью|подробнее|поделиться|続きを読む|もっと見る|シェア|ツイート|"
    r"阅读全文|閱讀全文|查看更多|展开全文|分享到?|转发)"
    r"[^\S\n]*[:：.…»›>]*"
    r"|(?:https?://|www\.)[^\s]+"
)
_CERTAIN = re.compile(f"^(?:{_CERTAIN_START}|(?:{_BUTTON})$)", re.IGNORECASE)


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
    r"more in\b.*|more (?:news|headlines|stories)\b.*|latest (?:news|stories|headlines)|top stories|"
    r"most (?:read|popular|viewed)|read next|further reading|share this(?: article| story)?|"
    r"leave a (?:reply|comment)|join the (?:discussion|conversation)|"
    # The same in the other languages the archive reads.
    r"ähnliche artikel|mehr zum thema|das könnte sie auch interessieren|kommentare|"
    r"articles similaires|sur le même sujet|à lire aussi|commentaires|"
    r"noticias relacionadas|también te puede interesar|comentarios|"
    r"похожие (?:новости|материалы|статьи)|другие новости|читайте также|по теме|комментарии|"
    r"関連記事|関連ニュース|コメント|おすすめ記事|人気記事|アクセスランキング|"
    r"相关新闻|相关阅读|相關新聞|延伸閱讀|推荐阅读|评论|評論|热门)"
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


# "32M ago", "1H ago", "5 hours ago", "vor 3 Stunden", "3 часа назад", "3時間前": a list of other
# stories dates each teaser so; a line holding little else is never article text.
_RELATIVE_TIME = (
    r"\b\d{1,3} ?(?:s|m|h|d|w|mo|y|secs?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\.? ago\b|"
    r"\bvor \d{1,3} (?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)\b|"
    r"\bil y a \d{1,3} (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b|"
    r"\bhace \d{1,3} (?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)\b|"
    r"\b\d{1,3} (?:секунд\w*|минут\w*|час\w*|дн\w*|дней|недел\w*|месяц\w*|год\w*|лет) назад|"
    r"\d{1,3} ?(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|か月|ヶ月|个月)前"
)
_RELATIVE_TIME_RE = re.compile(_RELATIVE_TIME, re.IGNORECASE)
# Each form holds one of these; lines without any are not read by the pattern above.
_RELATIVE_TIME_NEEDLES = ("ago", "AGO", "Ago", "vor ", "il y a", "hace ", "назад", "前")
MAX_STAMP_WORDS = 8
STAMP_REACH = 60  # characters: a stamp leads its line, or follows a short label

# "Updated 11:21 pm CST, Tue November 5, 2019", "Published on 3 May 2024", "更新日：2024年5月3日":
# a line the page prints about the article, read for its date but never part of the text.
_META_LINE = re.compile(
    r"\n(?:last |first |originally )?(?:updated|modified|published|posted|aktualisiert|veröffentlicht|"
    r"zuletzt aktualisiert|mis à jour|publié|actualizado|publicado|обновлено|опубликовано|дата публикации|"
    r"最終更新|更新|公開|投稿|配信|发布|發佈|发表|發表)",
    re.IGNORECASE,
)
MAX_META_WORDS = 16

# What each comment of a thread carries: "Reply", "12 likes", "Jane says:".
_COMMENT_MARK_LINE = re.compile(
    r"\n(?:reply|like|report|flag|upvote|downvote|\d+ (?:likes?|replies|points)|antworten|répondre|responder|"
    r"ответить|返信|回复|回覆)(?=\n)",
    re.IGNORECASE,
)
_COMMENTER = (" says:", " said:", " wrote:", " commented:")  # "Jane Doe says:" on a line of its own
MAX_COMMENTER_CHARACTERS = 40


# "5 thoughts on “Russia and Japan agree ...”", "12 Responses to ...": a comment thread's heading,
# as long as the headline it repeats.
_THREAD_HEADING_LINE = re.compile(
    r"\n(?:\d+|one|two|three) (?:thoughts?|comments?|responses?|replies) (?:on|to)\b", re.IGNORECASE
)


def thread_heading_starts(page: PageText) -> np.ndarray:
    return page.lines_starting(_THREAD_HEADING_LINE)


def relative_time_lines(page: PageText) -> np.ndarray:
    """Lines holding a time counted back from now ("32M ago") near their start."""
    maybe = np.zeros(len(page.texts), dtype=bool)
    for needle in _RELATIVE_TIME_NEEDLES:
        maybe |= page.lines_containing(needle)
    for i in np.flatnonzero(maybe).tolist():
        found = _RELATIVE_TIME_RE.search(page.texts[i], 0, STAMP_REACH + 20)
        maybe[i] = found is not None and found.start() <= STAMP_REACH
    return maybe


def meta_line_starts(page: PageText) -> np.ndarray:
    """Lines that start by announcing an update or a publication."""
    return page.lines_starting(_META_LINE)


def comment_marks(page: PageText) -> np.ndarray:
    marks = page.lines_starting(_COMMENT_MARK_LINE)
    for ending in _COMMENTER:
        for i in np.flatnonzero(page.lines_containing(ending)).tolist():
            marks[i] |= page.texts[i].endswith(ending) and len(page.texts[i]) <= MAX_COMMENTER_CHARACTERS
    return marks


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
# A footer's rights line ("© 2026 Timescale, Inc. All rights reserved."), never article text.
RIGHTS_PHRASES = [
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "все права защищены",
    "版权所有",
    "版權所有",
    "無断転載",
    "無断複製",
]
RIGHTS_HASHES = {text_hash(phrase) for phrase in RIGHTS_PHRASES}
MAX_RIGHTS_WORDS = 40


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


_CERTAIN_LINE = re.compile(f"\n(?:{_CERTAIN_START}|(?:{_BUTTON})(?=\n))", re.IGNORECASE)
_TAIL_HEADING_LINE = re.compile(f"\n{_TAIL_HEADING_START}", re.IGNORECASE)


def certain_starts(page: PageText) -> np.ndarray:
    """Lines that start like a "Read more:" teaser, or are a lone button or address."""
    return page.lines_starting(_CERTAIN_LINE)


def tail_heading_starts(page: PageText) -> np.ndarray:
    return page.lines_starting(_TAIL_HEADING_LINE)
