"""What a user typed, as a search of the PostgreSQL search table.

The query is parsed by the archive's parser (query.py), the one the Whoosh engine uses, against
the schema the haystack indexes define (no Whoosh index needs to exist), so both engines read
every query alike: the same words, phrases, prefixes, fields and plain-word fallback.
"""

from dataclasses import dataclass
from functools import lru_cache

from haystack import connections

from articles.models.search_data import ARTICLE_KIND, QUOTE_KIND

from ..limits import MAX_EXPANDED_WORDS, MAX_PREFIX_WORDS
from ..params import QUOTES, SearchParams
from ..query import parse
from .engine import Search
from .tsquery import Translation
from .vocabulary import Expander


@lru_cache(maxsize=1)
def schema():
    """The Whoosh schema of the archive's search fields (what the parser needs to know of them)."""
    backend = connections["default"].get_backend()
    return backend.build_schema(connections["default"].get_unified_index().all_searchfields())[1]


@dataclass(frozen=True)
class Compiled:
    q: object  # the parsed query (its terms mark the hits)
    search: Search
    plain: bool
    notices: tuple[str, ...]
    cut_prefixes: tuple[str, ...]


def compile_search(params: SearchParams, pair_terms: frozenset[str] = frozenset()) -> Compiled:
    quotes = params.mode == QUOTES
    parsed = parse(params.q or "*", schema(), quotes=quotes)
    prefixes = [node for node in parsed.query.leaves() if _is_prefix(node)]
    expand = Expander(min(MAX_PREFIX_WORDS, MAX_EXPANDED_WORDS // max(1, len(prefixes))))
    tsquery = Translation(expand, pair_terms)(parsed.query)
    search = Search.of(QUOTE_KIND if quotes else ARTICLE_KIND, tsquery, params)
    return Compiled(parsed.query, search, parsed.plain, parsed.notices, tuple(dict.fromkeys(expand.cut)))


def _is_prefix(node) -> bool:
    return type(node).__name__ == "Prefix" and node.fieldname.startswith("spell_")
