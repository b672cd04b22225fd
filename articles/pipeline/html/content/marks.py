"""Inline quotations marked up as ``<q>`` get the quotation marks a browser would draw."""

from lxml.etree import strip_tags

OPENING_MARKS = "\"“„«‘'‹"


def add_quotation_marks(tree) -> None:
    """Wrap each ``<q>``'s text in “ ” unless the page already put marks around or inside it.

    The ``<q>`` tags are then dropped: with the marks in the text they have done
    their work, and trafilatura would otherwise take them for blockquotes.
    """
    for quote in tree.iter("q"):
        text = quote.text_content().strip()
        if text and text[0] not in OPENING_MARKS and _preceding_character(quote) not in OPENING_MARKS:
            _wrap_in_marks(quote)
    strip_tags(tree, "q")


def _wrap_in_marks(quote) -> None:
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
