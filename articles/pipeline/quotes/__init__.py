"""Quotations in an article body and who said them.

``extract_quotes`` finds text between quotation marks, keeps what reads as
something someone said (not a scare quote or the title of a work), finds the
speech event that attributes each quotation, and resolves the speaker to the
full name or organization the article introduced.
"""

from ..records import ParsedQuote
from .census import headline_tokens, take_census
from .events import find_events
from .marks import find_quoted_spans, paragraphs
from .mentions import merged, unnamed_mentions
from .paragraph_kinds import paragraph_kinds
from .ranking import Ranker, default_ranker
from .tokens import assign_sentences, tokenize
from .walker import Layout, Walker

__all__ = ["ATTRIBUTION_VERSION", "extract_quotes"]

# Raised whenever the rules or weights that attribute quotations change, so that an archive knows
# its stored quotations were found by older ones (``manage.py reattribute`` runs them again).
ATTRIBUTION_VERSION = 2
# Attribution's work grows faster than the number of quotations (coreference looks back over every
# speaker seen): 17,000 in a 1 MB body took 20 s. No article quotes this much; a body past it (a
# transcript, a generated file) has its first ones attributed, so that no input stalls an ingest.
MAX_QUOTED_SPANS = 1_000


def extract_quotes(body: str, title: str | None = None) -> list[ParsedQuote]:
    """Return the quotations in ``body`` with offsets into it, speaker, role and kind.

    ``title``, when given, only helps to resolve names: a headline's "Donald Trump"
    lets a body that says "Trump" name him in full. Its own quotations are not returned.
    """
    return walker_for(body, title, default_ranker()).run()


def walker_for(body: str, title: str | None, ranker: Ranker) -> Walker:
    """Everything read from ``body`` that attribution needs, ready to walk its quotations."""
    bounds = paragraphs(body)
    spans = find_quoted_spans(body, bounds)[:MAX_QUOTED_SPANS]
    tokens = tokenize(body, spans)
    paragraph_starts = [start for start, _ in bounds]
    sentence_starts = assign_sentences(tokens, body, paragraph_starts)
    kinds = paragraph_kinds(tokens)
    tokens.headings = frozenset(kinds)
    events = find_events(tokens)
    registry, named = take_census(tokens, events, headline_tokens(title) if title else None, kinds)
    unnamed = [item for item in unnamed_mentions(tokens) if tokens.paragraph[item.first] not in kinds]
    mentions = merged(named, unnamed)
    layout = Layout(paragraph_starts, sentence_starts)
    return Walker(body, tokens, spans, registry, events, mentions, layout, ranker)
