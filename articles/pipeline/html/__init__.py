"""Web pages: the article's text from the page's main content, its metadata from what the page declares.

Content comes from trafilatura working on the parsed page; title, date, byline,
language and tags from JSON-LD, Open Graph and ``article:*`` meta, ``<time>``
elements, the canonical link and ``<html lang>``. What neither finds falls back
to the text-dump rules applied to the page's visible text.
"""

from dataclasses import dataclass, field

from ..language import detect_language
from ..limits import DEFAULT_LIMITS, Limits, TooLarge
from ..textdump import TextExtraction
from ..textdump import extract as extract_from_dump
from .content import extract_content, prepare
from .content.render import Rendered, without_heading
from .document import decode_html, parse_html, repair_mojibake
from .dump import visible_lines
from .metadata import read_metadata

# Below this many characters of body, the page's declared language is trusted over detection.
DETECTION_MIN_CHARACTERS = 200
# A shorter main text is a menu or a caption, not an article: the text-dump rules get a try.
MIN_BODY_WORDS = 10


@dataclass
class PageExtraction(TextExtraction):
    """What a text dump yields, and what only a page's markup can say."""

    canonical_url: str | None = None
    site_name: str | None = None
    site_names: list = field(default_factory=list)  # sites.DeclaredName, most deliberate first
    other_addresses: list[str] = field(default_factory=list)  # the page's own links, without a canonical one
    page_title: str = ""  # the page's <title>, where a site often spells its name
    visible_text: str = ""  # every line a reader sees, to read as a text dump when the page declares nothing
    quote_spans: list[tuple[int, int]] = field(default_factory=list)


def extract_page(
    page: bytes | str, url: str | None = None, charset: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> PageExtraction:
    """Extract the article of one HTML page; ``url`` and ``charset`` are what the fetch said, if known.

    Raises ParseError when the page cannot be decoded or parsed, TooLarge when
    it holds more elements or visible text than ``limits`` allow.
    """
    text = decode_html(page, charset) if isinstance(page, bytes) else page
    tree = parse_html(repair_mojibake(text))
    _check_elements(tree, limits)
    prepare(tree)
    lines = visible_lines(tree)
    _check_text(lines, limits)
    metadata = read_metadata(tree, url, lines)
    content = extract_content(tree, lines, url or metadata.canonical_url)
    if len(content.body.split()) < MIN_BODY_WORDS:
        content = Rendered()
    content = without_heading(content, metadata.title)
    page = PageExtraction(
        title=metadata.title,
        body=content.body,
        published=metadata.published,
        byline=metadata.byline,
        tags=metadata.tags,
        subheadings=content.subheadings,
        canonical_url=metadata.canonical_url,
        site_name=metadata.site_name,
        site_names=metadata.site_names,
        other_addresses=metadata.other_addresses,
        page_title=tree.findtext(".//title") or "",
        visible_text="\n".join(line.text for line in lines),
        quote_spans=content.quote_spans,
    )
    if not (page.body and page.title and page.published):
        _fill_from_dump(page, page.visible_text)
    page.language = _language(page.body, metadata.language)
    return page


def _check_elements(tree, limits: Limits) -> None:
    # Extraction's work grows with the elements (a million took 90 s and 1.7 GB); counting is cheap.
    count = sum(1 for _ in tree.iter())
    if count > limits.elements:
        raise TooLarge(f"too large: the page holds {count:,} HTML elements, more than {limits.elements:,}")


def _check_text(lines, limits: Limits) -> None:
    # The text-dump rules read a page's visible text when its markup says too little.
    count = sum(len(line.text) + 1 for line in lines)
    if count > limits.text_chars:
        raise TooLarge(
            f"too large: the page's text holds {count:,} characters, more than {limits.text_chars:,}"
        )


def _fill_from_dump(page: PageExtraction, dump: str) -> None:
    fallback = extract_from_dump(dump)
    if not page.body:
        page.body, page.quote_spans, page.subheadings = fallback.body, [], list(fallback.subheadings)
        page.credit = fallback.credit
    page.title = page.title or fallback.title
    page.published = page.published or fallback.published
    page.byline = page.byline or fallback.byline


def _language(body: str, declared: str | None) -> str | None:
    # Templates often hard-code lang="en"; a long enough body tells better than the declaration.
    if len(body) >= DETECTION_MIN_CHARACTERS or not declared:
        return detect_language(body) or declared
    return declared
