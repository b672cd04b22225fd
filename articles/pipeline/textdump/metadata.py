"""What a page says about its article besides the text: byline, agency credit, tags."""

import re

import numpy as np

from .lines import Line
from .page import PageFacts

AGENCIES = (
    r"Reuters|AFP|AP|dpa|KNA|epd|EFE|ANSA|Kyodo|Xinhua|TASS|Interfax|RIA Novosti|Bloomberg|UPI|Anadolu|"
    r"Yonhap|PTI|IANS|Sputnik|SID|DW|AAP|Jiji|NHK|Lusa|Belga|APA|CTK|PAP|BTA"
)
# "ls/rt (Reuters, AFP)": editors' initials, then the agencies the story drew on; a line to itself.
CREDIT = re.compile(
    rf"\n(?:[a-z]{{1,4}}(?:/[a-z]{{1,4}})+[^\S\n]*)?\((?:{AGENCIES})"
    rf"(?:[^\S\n]*(?:,|/|and|&)[^\S\n]*(?:{AGENCIES}))*\)(?=\n)"
)
BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|автор:?)\s*(?=[A-ZА-ЯЁ])(?P<name>.+)$|"
    r"^(?:author|written by|текст)\s*:?\s*(?P<named>.+)$|"
    r"^(?:作者|记者|記者|撰文|文)\s*[:：/／]\s*(?P<east_asian>.+)$",
    re.IGNORECASE,
)
NAME_END = re.compile(r"\s*(?:[|·•,;]|\s[-–—]\s|\d|(?<=[a-z])(?=[A-Z][a-z]{2}\s\d)|\bon\b|\bupdated\b).*$")
MAX_NAME_WORDS = 6
TAGS_START = re.compile(
    r"\n(?:tags?|topics?|keywords|filed under|schlagwörter|mots-clés|etiquetas|теги)[^\S\n]*:", re.I
)
TAGS = re.compile(
    r"^(?:tags?|topics?|keywords|filed under|schlagwörter|mots-clés|etiquetas|теги)\s*:\s*(.*)$", re.I
)
TAG_SEPARATORS = re.compile(r"\s*[,;|·•#]\s*")


def find_credit(page: PageFacts) -> tuple[str | None, int | None]:
    found = np.flatnonzero(page.text.lines_starting(CREDIT))
    return (page.texts[found[0]], int(found[0])) if len(found) else (None, None)


def find_byline(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    for line in lines[max(0, start) : end]:
        match = BYLINE.match(line.text)
        if not match:
            continue
        name = NAME_END.sub("", match["name"] or match["named"] or match["east_asian"]).strip()
        if 0 < len(name.split()) <= MAX_NAME_WORDS and _starts_a_name(name):
            return name, line.index
    return None, None


def _starts_a_name(name: str) -> bool:
    """A capital, or a letter of a script without capitals (a Chinese or Japanese name)."""
    first = name[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def find_tags(page: PageFacts) -> tuple[list[str], set[int]]:
    lines = page.lines
    for i in np.flatnonzero(page.text.lines_starting(TAGS_START)).tolist():
        line = lines[i]
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
