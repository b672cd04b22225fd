"""Text trafilatura left out of the middle of an article, put back.

trafilatura judges elements one by one, and drops some that sit between the
paragraphs it keeps: subheadings wrapped in ``<header>`` or ``<div>``, text in
``<div>``s without ``<p>``, list-like blocks it takes for navigation. Here the
kept text is located on the page; the smallest element holding nearly all of
it is the article's container; and the container's other lines between the
first and the last kept one go back in, in page order, unless they are
boilerplate: inside navigation, forms, figures or code, in an element whose
class or id says it is sharing, related links, a caption or the like, hidden,
mostly link text, or a lone word.

Kept text that comes after the article's element (the smallest holding three
quarters of the kept text), from outside it, is dropped: what follows an
article outside its own element is the page's (related stories, newsletter
boxes, cookie notices), not the article's. Kept text before it stays, as a
standfirst often sits in the page header.
"""

import re

from .render import Block

# Share of the kept text the article's container must hold.
CONTAINER_SHARE = 0.9
# Share of the kept text the article's own element holds, when what trafilatura kept after it is cut:
# lower than the container's, as related stories and newsletter boxes may weigh a fifth of the kept text.
ARTICLE_SHARE = 0.75
# Of a line's word trigrams, the share found in the kept text for it to count as kept
# (trafilatura drops footnote marks and the like from inside paragraphs).
KEPT_TRIGRAM_SHARE = 0.5
MAX_LINK_SHARE = 0.5
MAX_ISLAND_LINK_SHARE = 0.4
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
NOT_ARTICLE_TAGS = {
    "nav",
    "aside",
    "footer",
    "menu",
    "form",
    "button",
    "label",
    "select",
    "option",
    "textarea",
    "dialog",
    "figure",
    "figcaption",
    "pre",
    "code",
}
WIDGET_TAGS = ("form", "input", "button", "select", "textarea", "iframe")
BOILERPLATE = re.compile(
    r"share|social|related|newsletter|subscri|sign-?up|promo|advert|\bads?\b|sponsor|banner|\bcta\b|"
    r"comment|author|\bbio\b|byline|\bmeta\b|breadcrumb|\btags?\b|caption|credit|cookie|popup|modal|"
    r"toolbar|widget|recommend|sidebar|footer|\bnav|pagination|\bnext\b|\bprev|hidden|footnote|tooltip",
    re.IGNORECASE,
)
WORD = re.compile(r"\w+")


def fill_gaps(lines, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the lines of the page (``dump.visible_lines``) that belong between them added."""
    kept = KeptText(blocks)
    covered = _covered(lines, kept)
    positions = [i for i, is_kept in enumerate(covered) if is_kept]
    if not positions:
        return blocks
    ancestors = _kept_ancestors(lines, positions)
    container = _container(ancestors)
    insertions: dict[int, list[Block]] = {}
    islands: dict = {}
    for i in range(positions[0] + 1, positions[-1]):
        line = lines[i]
        if not covered[i] and _belongs(line, container, ancestors, islands):
            before = kept.block_holding(lines[_next_kept(covered, i)].text)
            insertions.setdefault(before, []).append(Block(line.text, is_heading=line.owner.tag in HEADINGS))
    article = _article_element(lines, positions, ancestors)
    trailing = set() if article is None else _trailing_outside(lines, positions, kept, article)
    insertions = {i: inserted for i, inserted in insertions.items() if i not in trailing}
    return _inserted([block for i, block in enumerate(blocks) if i not in trailing], insertions, trailing)


class KeptText:
    """The text trafilatura kept, for telling whether a line of the page is part of it."""

    def __init__(self, blocks: list[Block]):
        self.squeezed = ["".join(block.text.split()) for block in blocks]
        self.joined = "".join(self.squeezed)
        self.block_trigrams = [_trigrams(block.text) for block in blocks]
        self.trigrams = set().union(*self.block_trigrams)
        self.words = {word for block in blocks for word in block.text.split()}

    def holds_verbatim(self, text: str) -> bool:
        words = text.split()
        # Inner words of a line inside kept text are kept words; most lines fail that cheap test.
        if not all(word in self.words for word in words[1:-1]):
            return False
        squeezed = "".join(words)
        return len(squeezed) > 1 and squeezed in self.joined

    def holds_most_words(self, text: str) -> bool:
        words = text.split()
        if sum(word in self.words for word in words) < KEPT_TRIGRAM_SHARE * len(words):
            return False  # cheap: a line with most trigrams kept has most of its words kept
        trigrams = _trigrams(text)
        return len(trigrams) > 1 and len(trigrams & self.trigrams) >= KEPT_TRIGRAM_SHARE * len(trigrams)

    def block_holding(self, text: str) -> int:
        """The index of the first block holding ``text`` (one that ``holds``), by its words if need be."""
        squeezed = "".join(text.split())
        found = next((i for i, block in enumerate(self.squeezed) if squeezed in block), None)
        if found is None:
            trigrams = _trigrams(text)
            found = next((i for i, kept in enumerate(self.block_trigrams) if trigrams & kept), None)
        return len(self.squeezed) if found is None else found


def _covered(lines, kept: KeptText) -> list[bool]:
    """Which lines trafilatura kept: verbatim, or (between verbatim ones) most of their words."""
    covered = [kept.holds_verbatim(line.text) for line in lines]
    positions = [i for i, is_kept in enumerate(covered) if is_kept]
    for i in range(positions[0], positions[-1]) if positions else ():
        covered[i] = covered[i] or kept.holds_most_words(lines[i].text)
    return covered


def _trigrams(text: str) -> set[str]:
    words = WORD.findall(text.casefold())
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def _kept_ancestors(lines, positions: list[int]) -> dict:
    """Every element holding kept text, with how many characters of it."""
    weights: dict = {}
    for i in positions:
        for element in lines[i].owner.iterancestors():
            weights[element] = weights.get(element, 0) + len(lines[i].text)
        weights[lines[i].owner] = weights.get(lines[i].owner, 0) + len(lines[i].text)
    return weights


def _container(ancestors: dict, share: float = CONTAINER_SHARE, excluded=frozenset()):
    """The innermost element holding ``share`` of the kept text (candidates nest, so the lightest)."""
    total = max(ancestors.values())
    candidates = [
        element
        for element, weight in ancestors.items()
        if weight >= share * total and element not in excluded
    ]
    return min(candidates, key=lambda element: (ancestors[element], -_depth(element)), default=None)


def _article_element(lines, positions: list[int], ancestors: dict):
    """The innermost element around the kept lines holding ``ARTICLE_SHARE`` of their text.

    A kept line's own element is no candidate: a long first paragraph may hold that share alone.
    """
    return _container(ancestors, ARTICLE_SHARE, excluded={lines[i].owner for i in positions})


def _depth(element) -> int:
    return sum(1 for _ in element.iterancestors())


def _next_kept(covered: list[bool], i: int) -> int:
    return next(j for j in range(i + 1, len(covered)) if covered[j])


def _belongs(line, container, ancestors: dict, islands: dict) -> bool:
    if line.owner is container or len(line.text.split()) < 2 and line.owner.tag not in HEADINGS:
        return False
    if line.linked > MAX_LINK_SHARE * len(line.text):
        return False
    chain = _chain_to(line.owner, container)
    if chain is None or any(_not_article(element) for element in chain):
        return False
    if any(element.tag == "table" and element in ancestors for element in chain):
        return False  # a table trafilatura kept: its short cells are in its rows already
    island = next((element for element in reversed(chain) if element not in ancestors), None)
    if island is not None and island not in islands:
        islands[island] = _island_is_text(island)
    return island is None or islands[island]


def _island_is_text(island) -> bool:
    """Whether a stretch of the page holding no kept text reads as text, not a widget or teasers."""
    if any(True for _ in island.iter(*WIDGET_TAGS)):
        return False
    text = len(" ".join(island.text_content().split()))
    linked = sum(len(" ".join(link.text_content().split())) for link in island.iter("a"))
    if linked > MAX_ISLAND_LINK_SHARE * text:
        return False
    return not any(_is_teaser_heading(heading) for heading in island.iter(*HEADINGS))


def _is_teaser_heading(heading) -> bool:
    links = list(heading.iter("a")) + [a for a in heading.iterancestors("a")]
    return any(not (link.get("href") or "").startswith("#") for link in links)


def _chain_to(element, container) -> list | None:
    """``element`` and its ancestors up to ``container`` (excluded); None when it is not inside it."""
    chain = []
    while element is not None and element is not container:
        chain.append(element)
        element = element.getparent()
    return chain if element is container else None


def _not_article(element) -> bool:
    if element.tag in NOT_ARTICLE_TAGS or _hidden(element):
        return True
    return bool(BOILERPLATE.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


def _hidden(element) -> bool:
    hidden_by_style = "display:none" in (element.get("style") or "").replace(" ", "")
    return hidden_by_style or element.get("hidden") is not None or element.get("aria-hidden") == "true"


def _trailing_outside(lines, positions: list[int], kept: KeptText, container) -> set[int]:
    """The blocks held only by kept lines that follow the container's last one and lie outside it."""
    last_inside = next(i for i in reversed(positions) if _chain_to(lines[i].owner, container) is not None)
    last_block = kept.block_holding(lines[last_inside].text)
    after = {kept.block_holding(lines[i].text) for i in positions if i > last_inside}
    return {i for i in after if last_block < i < len(kept.squeezed)}


def _inserted(blocks: list[Block], insertions: dict[int, list[Block]], dropped: set[int]) -> list[Block]:
    """``blocks`` (those left after ``dropped`` went) with ``insertions`` keyed by original block index."""
    result: list[Block] = []
    remaining = iter(blocks)
    for i in range(len(blocks) + len(dropped)):
        result.extend(insertions.get(i, ()))
        if i not in dropped:
            result.append(next(remaining))
    result.extend(insertions.get(len(blocks) + len(dropped), ()))
    return result
