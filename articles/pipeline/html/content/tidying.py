"""Blocks no reader sees twice or at all: repeated sections and lines of invisible characters.

Responsive pages often ship the article (or a section of it) twice, once for
small screens and once for large ones, and hide one copy with CSS; text
extraction sees both. A run of two or more blocks that all appeared earlier is
such a copy and goes when it holds a paragraph. A single repeated block stays:
interviews repeat their questions, and a refrain may be quoted twice; so do
runs of short lines, such as the ratings of one product after another.
"""

import re

from .render import Block

MIN_REPEATED_RUN = 2
PARAGRAPH_WORDS = 10
# Zero-width spaces and joiners, byte-order marks, soft hyphens: what page builders leave in empty blocks.
INVISIBLE_CHARACTERS = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")


def without_repeats(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the runs of ``MIN_REPEATED_RUN`` or more blocks that repeat earlier ones."""
    seen: set[str] = set()
    repeated = []
    for block in blocks:
        key = " ".join(block.text.split()).casefold()
        repeated.append(key in seen)
        seen.add(key)
    dropped = set()
    for start, end in _runs(repeated):
        run = blocks[start:end]
        if len(run) >= MIN_REPEATED_RUN and any(len(block.text.split()) >= PARAGRAPH_WORDS for block in run):
            dropped.update(range(start, end))
    return [block for i, block in enumerate(blocks) if i not in dropped]


def without_invisible(blocks: list[Block]) -> list[Block]:
    """``blocks`` without those holding only zero-width or other invisible characters."""
    return [block for block in blocks if INVISIBLE_CHARACTERS.sub("", block.text).strip()]


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of true flags."""
    runs, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs
