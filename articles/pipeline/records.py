"""Plain data the parsing pipeline returns; nothing here knows about Django."""

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class OutletSignature:
    """A piece of text that, found in a page, says which outlet published it.

    ``kind`` tells the matcher where to look: ``domain`` (a host name such as
    ``rt.com``), ``text`` (a literal phrase such as "Subscribe to RT newsletter"),
    or ``regex`` (a regular expression, for curators who need one).
    """

    outlet: str
    pattern: str
    kind: str = "text"
    weight: int = 1


@dataclass
class ParsedQuote:
    quote: str
    speaker: str | None = None
    speaker_kind: str | None = None  # "person" | "organization" | None
    role: str | None = None
    start: int | None = None  # character offsets into ParsedArticle.body
    end: int | None = None
    kind: str = "direct"  # "direct" (a whole quotation) | "partial"
    aliases: tuple[str, ...] = ()  # other spellings the article used for the speaker
    # A source the article describes without naming ("a senior official", "people familiar with the
    # matter"): shown with the quotation, never a speaker of its own. None when a name was found.
    unnamed_source: str | None = None


@dataclass
class ParsedArticle:
    source: str  # the file the article came from, as the user named it
    record_id: str | None = None  # line number, WARC record id, ... within the source
    outlet: str | None = None
    outlet_signature: str | None = None  # the signature pattern that identified the outlet
    outlet_domain: str | None = None  # the host the page was published on, when known (www. left out)
    outlet_source: str | None = None  # what named the outlet: "url", "og:site_name", "copyright", ...
    published: date | datetime | None = None
    title: str = ""
    body: str = ""  # paragraphs separated by one blank line
    language: str | None = None
    byline: str | None = None
    credit: str | None = None  # agency credits such as "(Reuters, AFP)"
    tags: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    source_url: str | None = None
    raw: str = ""  # the input as decoded, kept for provenance
    quotes: list[ParsedQuote] = field(default_factory=list)


@dataclass
class ParseFailure:
    """A file or record the pipeline could not turn into an article, and why."""

    source: str
    reason: str
    record_id: str | None = None


class ParseError(Exception):
    """Raised inside the pipeline for input it cannot read; the message names the problem."""


@dataclass
class Skipped:
    """A record a reader leaves out on purpose (a WARC request, an image response); counted, not an error."""

    reason: str
    record_id: str | None = None


def internal_error(error: Exception) -> str:
    """The reason given for an exception the pipeline did not expect: a bug, named so it can be found."""
    return f"internal error while parsing: {type(error).__name__}: {error}"
