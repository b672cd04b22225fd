"""Find the spans that stand between quotation marks, in every common style.

Each paragraph is scanned once, left to right. A quotation opened and not
closed by the end of its paragraph runs to the paragraph's end: that is how
news prints a quotation spanning paragraphs (the next paragraph opens again).
Single marks are tried only outside double ones, since inside they nest.
"""

import re
from dataclasses import dataclass

# Which marks may close a quotation opened by each mark. A straight double
# mark closes a curly opening one because outlets mix the two.
DOUBLE_CLOSERS = {
    '"': '"”',
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    "»": "«",
    "「": "」",
    "『": "』",
}
SINGLE_CLOSERS = {"‘": "’", "‹": "›", "‚": "‘’"}
OPENING_CONTEXT = " \t\n([{—–-/:;,'‘’“\"«»„"
DOUBLE_MARKS = '"“”„«»「」『』'
MARK = re.compile('["“”„«»「」『』‘’‹›‚]')


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    start: int  # offset of the first character inside the marks
    end: int  # offset just past the last character inside the marks
    opener: str
    closed: bool  # False when the paragraph ended before a closing mark
    paragraph_start: int
    paragraph_end: int


def find_quoted_spans(body: str, bounds: list[tuple[int, int]] | None = None) -> list[QuotedSpan]:
    """Return every quoted span of ``body`` in order of position.

    ``bounds`` are the body's ``paragraphs`` when the caller has them already.
    """
    spans: list[QuotedSpan] = []
    for start, end in paragraphs(body) if bounds is None else bounds:
        spans.extend(_scan_paragraph(body, start, end))
    return spans


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``body`` (its non-blank lines), without surrounding space."""
    bounds, position = [], 0
    for line in body.split("\n"):
        text = line.strip()
        if text:
            start = position + len(line) - len(line.lstrip())
            bounds.append((start, start + len(text)))
        position += len(line) + 1
    return bounds


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _scan_paragraph(body: str, start: int, end: int):
    # Only the marks are visited, which keeps the scan fast on long bodies.
    marks = [match.start() for match in MARK.finditer(body, start, end)]
    opener, opened_at, index = None, 0, 0
    while index < len(marks):
        position = marks[index]
        char = body[position]
        if opener is None:
            if char in DOUBLE_CLOSERS and _may_open(body, position, start, end):
                opener, opened_at = char, position
            elif char in SINGLE_CLOSERS and _may_open_single(body, position, start, end):
                closing = _close_single(body, marks, index, end)
                if closing is not None:
                    yield QuotedSpan(position + 1, marks[closing], char, True, start, end)
                    index = closing
        elif char in DOUBLE_CLOSERS[opener] and _may_close(body, position, opened_at, end):
            inner_start, inner_end = _trim(body, opened_at + 1, position)
            if inner_start < inner_end:
                yield QuotedSpan(inner_start, inner_end, opener, True, start, end)
            opener = None
        index += 1
    if opener is not None:
        inner_start, inner_end = _trim(body, opened_at + 1, end)
        if inner_start < inner_end:
            yield QuotedSpan(inner_start, inner_end, opener, False, start, end)


def _may_open(body: str, position: int, start: int, end: int) -> bool:
    before = body[position - 1] if position > start else " "
    after = body[position + 1] if position + 1 < end else " "
    spaced_inside = body[position] == "«"  # French typesetting: « Nous sommes prêts »
    return (before in OPENING_CONTEXT or not before.isalnum()) and (spaced_inside or not after.isspace())


def _may_close(body: str, position: int, opened_at: int, end: int) -> bool:
    if body[position] == body[opened_at] == "“":
        # A second opening mark closes only where a closing one would stand.
        after = body[position + 1] if position + 1 < end else " "
        return not after.isalnum()
    return position > opened_at + 1


def _may_open_single(body: str, position: int, start: int, end: int) -> bool:
    before = body[position - 1] if position > start else " "
    after = body[position + 1] if position + 1 < end else " "
    return (before in OPENING_CONTEXT or not before.isalnum()) and after.isalpha()


def _close_single(body: str, marks: list[int], opened: int, end: int) -> int | None:
    """Index in ``marks`` of the mark closing a single quotation; None for an apostrophe or no close."""
    closers = SINGLE_CLOSERS[body[marks[opened]]]
    for index in range(opened + 1, len(marks)):
        position = marks[index]
        char = body[position]
        if char in DOUBLE_MARKS:
            return None
        after = body[position + 1] if position + 1 < end else " "
        if char in closers and not after.isalnum() and not body[position - 1].isspace():
            return index
    return None
