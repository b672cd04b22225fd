"""The article's main content: trafilatura's extraction, completed and tidied, as plain text."""

import logging

from trafilatura import bare_extraction

from .gaps import fill_gaps
from .marks import add_quotation_marks
from .render import Rendered, assemble, blocks_of
from .tidying import without_invisible, without_repeats

# trafilatura logs every page it finds too short at WARNING; the pipeline reports that itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

# trafilatura's own rule for an extraction that missed the article (trafilatura.core, ESCALATION_*):
# under this many characters and this share of the page's text, a retry is tried and kept when
# it finds this many times more text.
SHORT_EXTRACTION = 3000
SHORT_PAGE_SHARE = 0.2
RETRY_GAIN = 1.5


def extract_content(tree, lines, url: str | None = None) -> Rendered:
    """Return the main text of a parsed page (``tree`` is left untouched) and its blockquotes' places.

    ``lines`` are the page's visible lines (``dump.visible_lines``), where the
    article is located and what trafilatura dropped from it is found.
    """
    body = _extraction(tree, url, favor_recall=True)
    if _missed_article(body, lines):
        retry = _extraction(tree, url, favor_recall=False)
        if _length(retry) > RETRY_GAIN * _length(body):
            body = retry
    if body is None:
        return Rendered()
    blocks = fill_gaps(lines, without_invisible(blocks_of(body)))
    return assemble(without_repeats(blocks))


def prepare(tree) -> None:
    """Adjust the page before extraction so what readers see survives it (``<q>`` marks)."""
    add_quotation_marks(tree)


def _extraction(tree, url: str | None, favor_recall: bool):
    # Recall mode scored as the default did on the extract-dev pages (body F1 0.948 aeb, 0.922 wcxb)
    # and ran faster; its fast variant, without the readability/justext comparison, scored the same.
    # The default (balanced) mode is the retry: it falls back on those when its text is short.
    document = bare_extraction(
        tree,
        url=url,
        favor_recall=favor_recall,
        fast=favor_recall,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    return document.body if document is not None else None


def _missed_article(body, lines) -> bool:
    length = _length(body)
    return length < SHORT_EXTRACTION and length < SHORT_PAGE_SHARE * sum(len(line.text) for line in lines)


def _length(body) -> int:
    return len(" ".join(body.itertext()).strip()) if body is not None else 0
