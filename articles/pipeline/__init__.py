"""The ingest pipeline: bytes and a file name in, plain ParsedArticle data out.

Nothing in this package imports Django, touches a database or the network, so
it can be tested and benchmarked on its own. Loading into models is
``articles.ingest``'s job.
"""

from .formats import ParseResult, iter_file, parse_file, supported_suffixes
from .limits import DEFAULT_LIMITS, Limits, TooLarge
from .records import OutletSignature, ParsedArticle, ParsedQuote, ParseFailure, Skipped

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "TooLarge",
    "iter_file",
    "OutletSignature",
    "ParseFailure",
    "ParseResult",
    "ParsedArticle",
    "ParsedQuote",
    "Skipped",
    "parse_file",
    "supported_suffixes",
]
