"""Find the article inside the plain-text dump of a whole web page."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from ..language import detect_language

DATE_PREFIX = re.compile(r"^\s*date (\d{4})-(\d{2})-(\d{2})\s+")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
MIN_PARAGRAPH_WORDS = 12


@dataclass
class TextExtraction:
    title: str = ""
    body: str = ""
    published: date | datetime | None = None
    language: str | None = None
    byline: str | None = None
    credit: str | None = None
    tags: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)


def extract(text: str) -> TextExtraction:
    """Return the article's title, body and metadata found in a page dump."""
    published = None
    match = DATE_PREFIX.match(text)
    if match:
        published = date(*map(int, match.groups()))
        text = text[match.end() :]
    lines = [SPACES.sub(" ", line).strip() for line in text.splitlines()]
    paragraphs = [line for line in lines if len(line.split()) >= MIN_PARAGRAPH_WORDS]
    body = "\n\n".join(dict.fromkeys(paragraphs))
    title = _first_sentence(paragraphs[0]) if paragraphs else ""
    return TextExtraction(title=title, body=body, published=published, language=detect_language(body))


def _first_sentence(paragraph: str) -> str:
    match = re.match(r"(.+?[.!?])\s+[A-Z]", paragraph)
    return match.group(1) if match else paragraph
