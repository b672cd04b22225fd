"""trafilatura's XML body to plain text: one block a paragraph, lists and tables kept readable.

Blocks are separated by a blank line; list items become ``- item`` (``1. item``
in ordered lists) and table rows ``cell | cell`` lines within their block.
Blockquotes stay blocks of their own, and their places in the text are
returned so the quotations they hold are not lost.
"""

import re
from dataclasses import dataclass, field

SPACES = re.compile(r"[^\S\n]+")
CONTAINERS = {"div", "quote", "body"}
BLOCK_TAGS = {"p", "head", "list", "table", "quote", "code", "div"}
# Elements that end a line when they turn up inside another block (a list in a table cell).
LINE_BREAKING = BLOCK_TAGS | {"item", "row", "cell", "lb"}


@dataclass
class Rendered:
    body: str = ""
    quote_spans: list[tuple[int, int]] = field(default_factory=list)  # character offsets of blockquotes
    subheadings: list[str] = field(default_factory=list)


@dataclass
class Block:
    text: str
    is_quote: bool = False
    is_heading: bool = False


def render(body) -> Rendered:
    """Render a trafilatura body element; empty when it holds no text."""
    return assemble(blocks_of(body))


def blocks_of(body) -> list[Block]:
    """The blocks of a trafilatura body element in reading order, empty ones left out."""
    return [block for block in _blocks(body, in_quote=False) if block.text]


def assemble(blocks: list[Block]) -> Rendered:
    """Join blocks into a body, a blank line apart, noting where the blockquotes and subheadings are."""
    rendered, offset = Rendered(), 0
    for block in blocks:
        if block.is_quote:
            rendered.quote_spans.append((offset, offset + len(block.text)))
        offset += len(block.text) + 2
    rendered.body = "\n\n".join(block.text for block in blocks)
    rendered.subheadings = [block.text for block in blocks if block.is_heading]
    return rendered


def without_heading(rendered: Rendered, title: str, within: int = 3) -> Rendered:
    """Drop blocks among the first ``within`` that repeat the title; the headline is kept apart."""
    folded = _fold(title)
    blocks = rendered.body.split("\n\n")
    repeats = {i for i, block in enumerate(blocks[:within]) if folded and _fold(block) == folded}
    if not repeats:
        return rendered
    starts = [sum(len(block) + 2 for block in blocks[:i]) for i in range(len(blocks))]
    removed_before = {i: sum(len(blocks[j]) + 2 for j in repeats if j < i) for i in range(len(blocks))}
    spans = []
    for start, end in rendered.quote_spans:
        block = max(i for i in range(len(blocks)) if starts[i] <= start)
        if block not in repeats:
            spans.append((start - removed_before[block], end - removed_before[block]))
    return Rendered(
        body="\n\n".join(block for i, block in enumerate(blocks) if i not in repeats),
        quote_spans=spans,
        subheadings=[heading for heading in rendered.subheadings if _fold(heading) != folded],
    )


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _blocks(element, in_quote: bool) -> list[Block]:
    if element.tag in CONTAINERS and any(child.tag in BLOCK_TAGS for child in element):
        return _container_blocks(element, in_quote or element.tag == "quote")
    in_quote = in_quote or element.tag == "quote"
    if element.tag == "list":
        return [Block(_list_text(element), in_quote)]
    if element.tag == "table":
        return [Block(_table_text(element), in_quote)]
    if element.tag == "code":
        return [Block("".join(element.itertext()).strip("\n"), in_quote)]
    return [Block(_inline_text(element), in_quote, is_heading=element.tag == "head")]


def _container_blocks(element, in_quote: bool) -> list[Block]:
    blocks = [Block(_tidy(element.text or ""), in_quote)]
    for child in element:
        blocks.extend(_blocks(child, in_quote))
        blocks.append(Block(_tidy(child.tail or ""), in_quote))
    return blocks


def _list_text(element) -> str:
    ordered = element.get("rend") == "ol"
    lines = []
    for number, item in enumerate(element.iterchildren("item"), 1):
        text = _inline_text(item, skip=("list",)).replace("\n", " ")
        if text:
            lines.append(f"{number}. {text}" if ordered else f"- {text}")
        lines.extend(_list_text(sublist) for sublist in item.iterchildren("list"))
    return "\n".join(line for line in lines if line)


def _table_text(element) -> str:
    rows = []
    for row in element.iter("row"):
        cells = [_inline_text(cell).replace("\n", " ") for cell in row.iterchildren("cell")]
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _inline_text(element, skip: tuple[str, ...] = ()) -> str:
    return _tidy(_flatten(element, skip))


def _flatten(element, skip: tuple[str, ...]) -> str:
    parts = [element.text or ""]
    for child in element:
        breaks = "\n" if child.tag in LINE_BREAKING else ""
        if child.tag not in skip:
            parts.append(breaks + _flatten(child, skip) + breaks)
        parts.append(child.tail or "")
    return "".join(parts)


def _tidy(text: str) -> str:
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
