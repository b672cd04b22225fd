"""A page's visible text laid out in lines, the form the text-dump rules read."""

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


def visible_text(tree) -> str:
    """Every visible text of the page, a line per block element, as a browser's select-all copy gives it."""
    parts: list[str] = []
    _collect(tree, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _collect(element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in INVISIBLE or not tag:
        parts.append("\n" if tag else "")
        return
    block = tag not in INLINE
    if block or tag == "br":
        parts.append("\n")
    parts.append(element.text or "")
    for child in element:
        _collect(child, parts)
        parts.append(child.tail or "")
    if block:
        parts.append("\n")
