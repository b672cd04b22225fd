"""Find the article inside the plain-text dump of a whole web page.

A dump is what a browser copies with select-all: menus, captions, teasers, notices and
the article's paragraphs, one per line. Each line is scored by a small model of trees
(``line_model.json``) from its wording, its shape and its neighbourhood; the body is the
set of lines that maximises the expected word-level F1; headline, date, byline, credit
and tags are then read around it.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from ..language import detect_language
from .body import select_body
from .features import line_matrix
from .lines import page_lines, split_date_prefix
from .metadata import find_byline, find_credit, find_tags
from .model import LineScorer, load_scorer
from .page import PageFacts
from .published import find_published
from .title import choose_title

LANGUAGE_SAMPLE = 300  # characters: plenty to tell the language, and detection time grows with length
BYLINE_REACH = 4  # lines around the headline and the first paragraph where a byline may sit


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


def extract(text: str, scorer: LineScorer | None = None) -> TextExtraction:
    """Return the article's title, body and metadata found in a page dump.

    ``scorer`` replaces the shipped line model (the benchmark passes models trained
    on part of the corpus to measure the rest).
    """
    prefix_day, text = split_date_prefix(text)
    lines = page_lines(text)
    if not lines:
        return TextExtraction(published=prefix_day)
    scorer = scorer or load_scorer()
    page = PageFacts(lines)
    features = line_matrix(page)
    scores = scorer.probabilities(features)
    credit, credit_at = find_credit(page)
    tags, tag_lines = find_tags(page)
    endings = tag_lines | ({credit_at} if credit_at is not None else set())
    parts = select_body(page, scores, endings, endings)
    body_start = parts.paragraphs[0] if parts.paragraphs else 0
    body_end = parts.paragraphs[-1] if parts.paragraphs else None
    title, title_at = choose_title(page, features, scores, parts.paragraphs, scorer.title)
    if title_at is not None and title_at > body_start:
        # The headline sits inside what was chosen: what came before it was a menu's blurbs.
        parts = parts.below(title_at)
        body_start = parts.paragraphs[0] if parts.paragraphs else title_at
    anchor = body_start if title_at is None else title_at
    byline, byline_at = find_byline(lines, anchor - BYLINE_REACH, body_start + BYLINE_REACH)
    dropped = {byline_at} | (
        {i for i in parts.paragraphs if lines[i].text == title} if title_at is not None else set()
    )
    paragraphs = [lines[i].text for i in parts.paragraphs if i not in dropped]
    body = "\n\n".join(paragraphs)
    return TextExtraction(
        title=title,
        body=body,
        published=find_published(page, anchor, body_start, prefix_day, body_end),
        language=detect_language(body[:LANGUAGE_SAMPLE]),
        byline=byline,
        credit=credit,
        tags=tags,
        subheadings=[lines[i].text for i in parts.subheadings],
    )
