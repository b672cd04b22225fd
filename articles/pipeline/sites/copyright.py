"""Copyright and ownership lines at the foot of a page: "© 2019 The Paradigm. All Rights Reserved."

A copyright line names who holds the rights, which is the site itself on most pages and
the group that owns it on the big ones ("© 2019 Condé Nast", on Wired's pages): so a holder
is a site's name only when it is not a company's legal name or a known publishing group,
or when the page also shows that name by itself.
"""

import re

from .domains import looks_like_domain, name_words

MARK = re.compile(r"©|\(c\)|\bcopyright\b|ⓒ", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
RESERVED = re.compile(r"\ball rights? reserved\b|\btodos os direitos\b|\btous droits\b|\balle rechte\b", re.I)
# Photo and image credits use the same sign: "© Sputnik / Alexei Druzhinin", "(Image: © NASA)".
PICTURE = re.compile(
    r"/|\b(?:photo|image|picture|foto|getty|shutterstock|istock|illustration|credit|video)s?\b", re.IGNORECASE
)
NOISE = re.compile(
    r"©|\(c\)|ⓒ|\bcopyright\b|\b(?:19|20)\d\d\b(?:\s*[-–—]\s*(?:(?:19|20)\d\d\b)?)?|"
    r"^\W+|\W+$|\ball content\b",
    re.IGNORECASE,
)
# Where the holder's name ends: a sentence, a list of links, a tagline.
NAME_END = re.compile(
    r"\.(?:\s|$)|\s*[|,;·•]\s*|\s+[-–—]\s+|\ball rights?\b|\btodos\b|\bpowered\b|\bmade\b", re.IGNORECASE
)
LEGAL_FORM = re.compile(
    r"[,\s]+(?:inc|llc|l\.l\.c|ltd|limited|corp|corporation|plc|gmbh|ag|s\.?a|b\.?v|pty|co|company|"
    r"group|holdings|media group|publishing|enterprises|communications)\.?$",
    re.IGNORECASE,
)
LEGAL_FOLLOWS = re.compile(r"[.,\s]*(?:inc|llc|ltd|limited|corp|plc|gmbh|pty)\b", re.IGNORECASE)
# Groups whose name on a copyright line says who owns a site, not which site it is.
PUBLISHING_GROUPS = {
    "conde nast",
    "vox media",
    "dow jones",
    "gannett",
    "future us",
    "future plc",
    "ziff davis",
    "hearst",
    "advance local",
    "medianews group",
    "red ventures",
    "penske media",
    "dotdash meredith",
    "meredith",
    "tribune publishing",
    "nexstar",
    "news corp",
    "axel springer",
    "nyp holdings",
    "bustle digital group",
    "valnet",
    "g/o media",
    "yahoo",
    "wordpress",
    "automattic",
    "squarespace",
    "wix",
}
NOT_NAMES = {
    "all rights reserved",
    "terms",
    "privacy",
    "privacy policy",
    "terms of use",
    "policy",
    "notice",
    "tm",
}
# Words a site uses for its parts, never for itself.
GENERIC_NAMES = {
    "blog", "home", "news", "menu", "search", "login", "log in", "subscribe", "newsletter",
    "newsletters", "podcast", "podcasts", "about", "about us", "contact", "contact us", "shop", "store",
    "careers", "us", "me",
}  # fmt: skip
MAX_WORDS = 6


def copyright_holders(line: str) -> list[tuple[str, bool]]:
    """The names a copyright line gives, each with whether it was a legal name (``Inc.``, ``LLC``...)."""
    if len(line) > 300 or PICTURE.search(line):
        return []
    mark = MARK.search(line) or RESERVED.search(line)
    if mark is None or not (YEAR.search(line) or RESERVED.search(line)):
        return []
    if not MARK.search(line):  # "VRA Interiors, LLC. All rights reserved.": the holder comes first
        return [name for name in [_holder(line[: mark.start()])] if name is not None]
    before, after = line[: mark.start()], line[mark.start() :]
    names = [_holder(after), _holder(_last_phrase(before))]
    return [name for name in names if name is not None]


def _last_phrase(text: str) -> str:
    parts = re.split(r"\s*[|·•]\s*|\.\s+", text.strip())
    return parts[-1] if parts else ""


def _holder(text: str) -> tuple[str, bool] | None:
    text = " ".join(NOISE.sub(" ", NOISE.sub(" ", text)).split())
    text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)  # "© 2025 by Sally Tomatoes"
    name = NAME_END.split(text, maxsplit=1)[0].strip(" .,-–—:") if text else ""
    legal = LEGAL_FOLLOWS.match(text[len(name) :]) is not None or LEGAL_FORM.search(name) is not None
    while LEGAL_FORM.search(name):
        name = LEGAL_FORM.sub("", name).strip(" .,")
    name = tidy_name(re.sub(r"\s+(?:&|and)$", "", name))
    if not _is_name(name):
        return None
    return name, legal


def tidy_name(name: str) -> str:
    """A name without the signs and separators around it: "Celoxis®" -> "Celoxis"."""
    return name.strip(" |·•-–—:,;®™©").strip()


def is_name(name: str) -> bool:
    """Whether a phrase can be a site's name: short, capitalised or a domain, no generic word or address."""
    return _is_name(name)


def _is_name(name: str) -> bool:
    words = name.split()
    if len(name) < 2 or not words or len(words) > MAX_WORDS or name.casefold() in NOT_NAMES | GENERIC_NAMES:
        return False
    if "@" in name or "://" in name:
        return False
    if " ".join(name_words(name)) in PUBLISHING_GROUPS:
        return False
    return looks_like_domain(name) or name[0].isupper() or name[0].isdigit()
