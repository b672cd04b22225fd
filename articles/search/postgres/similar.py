"""Articles that tell the same story as a given text ("other coverage"), found in the search table.

As the Whoosh engine does with ``key_terms_from_text``: the text's key terms (frequent in it, rare in
the archive) are searched among other outlets' articles of a date window, best first.
"""

import math
from collections import Counter
from datetime import UTC, date, datetime, time

from articles.models.search_data import ARTICLE_KIND

from .analysis import terms
from .documents import ANALYSED_FIELDS, lexeme, quoted
from .engine import RANK, TABLE, _rows

KEY_TERMS = 30
CANDIDATE_TERMS = 90
DF_CAP = 5_000  # documents counted per term: beyond this a term is common anyway
CODE = ANALYSED_FIELDS["text"]


def similar_article_ids(text: str, *, outlet: str | None, start: date, end: date, limit: int) -> list[int]:
    """Up to ``limit`` ids of articles most like ``text``, not of ``outlet``, dated ``start`` to ``end``."""
    key = key_terms(text)
    if not key:
        return []
    tsquery = " | ".join(quoted(lexeme(CODE, term)) for term in key)
    outlet_clause = "outlet <> %s" if outlet else "outlet <> ''"
    sql = (
        f"SELECT object_id FROM {TABLE} WHERE kind = %s AND terms @@ %s::tsquery AND {outlet_clause} "
        f"AND published BETWEEN %s AND %s ORDER BY {RANK} DESC, id LIMIT %s"
    )
    first = datetime.combine(start, time.min, tzinfo=UTC)
    last = datetime.combine(end, time.max, tzinfo=UTC)
    args = [ARTICLE_KIND, tsquery, *([outlet] if outlet else []), first, last, tsquery, limit]
    return [row[0] for row in _rows(sql, args)]


def key_terms(text: str) -> list[str]:
    """The ``KEY_TERMS`` terms of ``text`` weighing most: frequency in it times rarity in the archive."""
    counts = Counter(term for term in terms(text) if term)
    candidates = [term for term, _count in counts.most_common(CANDIDATE_TERMS)]
    if not candidates:
        return []
    frequencies = document_frequencies(candidates)
    total = _rows(f"SELECT count(*) FROM {TABLE} WHERE kind = %s", [ARTICLE_KIND])[0][0] or 1
    weight = {
        term: counts[term] * math.log(1 + total / (1 + frequencies.get(term, 0))) for term in candidates
    }
    return sorted(candidates, key=lambda term: -weight[term])[:KEY_TERMS]


def document_frequencies(candidates: list[str]) -> dict[str, int]:
    sql = (
        f"SELECT term, (SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE kind = %s "
        f"AND terms @@ (quote_literal(%s || term))::tsquery LIMIT %s) capped) FROM unnest(%s::text[]) AS term"
    )
    return dict(_rows(sql, [ARTICLE_KIND, f"{CODE}:", DF_CAP, candidates]))
