"""What a page says about its article besides the text: byline, agency credit, tags."""

import re

from .lines import Line

AGENCIES = (
    r"Reuters|AFP|AP|dpa|KNA|epd|EFE|ANSA|Kyodo|Xinhua|TASS|Interfax|RIA Novosti|Bloomberg|UPI|Anadolu|"
    r"Yonhap|PTI|IANS|Sputnik|SID|DW|AAP|Jiji|NHK|Lusa|Belga|APA|CTK|PAP|BTA"
)
# "ls/rt (Reuters, AFP)": editors' initials, then the agencies the story drew on.
CREDIT = re.compile(
    rf"^(?:[a-z]{{1,4}}(?:/[a-z]{{1,4}})+\s*)?\((?:{AGENCIES})(?:\s*(?:,|/|and|&)\s*(?:{AGENCIES}))*\)$"
)
BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|автор:?)\s*(?=[A-ZА-ЯЁ])(?P<name>.+)$|"
    r"^(?:author|written by)\s*:?\s*(?P<named>.+)$",
    re.IGNORECASE,
)
NAME_END = re.compile(r"\s*(?:[|·•,;]|\s[-–—]\s|\d|(?<=[a-z])(?=[A-Z][a-z]{2}\s\d)|\bon\b|\bupdated\b).*$")
MAX_NAME_WORDS = 6
TAGS = re.compile(
    r"^(?:tags?|topics?|keywords|filed under|schlagwörter|mots-clés|etiquetas|теги)\s*:\s*(.*)$", re.I
)
TAG_SEPARATORS = re.compile(r"\s*[,;|·•#]\s*")


def find_credit(lines: list[Line]) -> tuple[str | None, int | None]:
    for line in lines:
        if CREDIT.match(line.text):
            return line.text, line.index
    return None, None


def find_byline(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    for line in lines[max(0, start) : end]:
        match = BYLINE.match(line.text)
        if not match:
            continue
        name = NAME_END.sub("", match["name"] or match["named"]).strip()
        if 0 < len(name.split()) <= MAX_NAME_WORDS and name[:1].isupper():
            return name, line.index
    return None, None


def find_tags(lines: list[Line]) -> tuple[list[str], set[int]]:
    for line in lines:
        match = TAGS.match(line.text)
        if not match:
            continue
        listed, used = match.group(1), {line.index}
        if not listed and line.index + 1 < len(lines):
            listed = lines[line.index + 1].text
            used.add(line.index + 1)
        tags = [tag for tag in TAG_SEPARATORS.split(listed) if tag]
        if tags:
            return tags, used
    return [], set()
