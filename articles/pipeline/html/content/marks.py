"""Inline quotations marked up as ``<q>`` get the quotation marks a browser would draw."""

OPENING_MARKS = "\"“„«‘'‹"
CLOSING_MARKS = "\"”«»’'›"


def add_quotation_marks(tree) -> None:
    """Wrap each ``<q>``'s text in “ ” unless the page already put marks around or inside it."""
    for quote in tree.iter("q"):
        text = quote.text_content().strip()
        if not text or text[0] in OPENING_MARKS or _preceding_character(quote) in OPENING_MARKS:
            continue
        quote.text = "“" + (quote.text or "")
        if len(quote):
            last = quote[-1]
            last.tail = (last.tail or "") + "”"
        else:
            quote.text += "”"


def _preceding_character(element) -> str:
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return before.rstrip()[-1:] or ""
