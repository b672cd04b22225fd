"""A page's visible text laid out in lines, the form the text-dump rules read.

Each line remembers the block element it was read from and how much of it is
link text, so content extraction can tell where on the page a line sits.
"""

INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
INLINE = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "cite",
    "code",
    "data",
    "dfn",
    "em",
    "font",
    "i",
    "kbd",
    "label",
    "mark",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
    "var",
    "wbr",
}


class VisibleLine:
    """A line of text, the innermost block element holding it, and how many characters are link text."""

    __slots__ = ("owner", "parts", "linked", "text")

    def __init__(self, owner):
        self.owner = owner
        self.parts: list[str] = []
        self.linked = 0
        self.text = ""


def visible_lines(tree) -> list[VisibleLine]:
    """The page's visible text as lines in reading order: a line per block element or ``<br>``."""
    lines = [VisibleLine(tree)]
    _collect(tree, tree, False, lines)
    for line in lines:
        line.text = " ".join("".join(line.parts).split())
    return [line for line in lines if line.text]


def _collect(element, owner, in_link: bool, lines: list[VisibleLine]) -> None:
    tag = element.tag
    if tag in INVISIBLE or not isinstance(tag, str):
        return
    block = tag not in INLINE
    outer = owner
    if block:
        owner = element
    if block or tag == "br":
        _start_line(lines, owner)
    in_link = in_link or tag == "a"
    if element.text:
        _add(lines[-1], element.text, in_link)
    for child in element:
        _collect(child, owner, in_link, lines)
        if child.tail:
            if lines[-1].owner is not owner:
                _start_line(lines, owner)
            _add(lines[-1], child.tail, in_link)
    if block:
        _start_line(lines, outer)


def _start_line(lines: list[VisibleLine], owner) -> None:
    # A line no text went into is taken over: most blocks open and close with no text of their own.
    if lines[-1].parts:
        lines.append(VisibleLine(owner))
    else:
        lines[-1].owner = owner


def _add(line: VisibleLine, text: str, linked: bool) -> None:
    line.parts.append(text)
    if linked:
        line.linked += len(text.strip())
