"""What a reader of the archive in ``DISPATCHES_DATA_DIR`` can find, printed as JSON.

    python -m tests.crashes.probe [--ensure] [WORD...]

With ``--ensure``, ``manage.py ensure_search_index`` runs first, in the same process (one start-up
fewer); its output is in ``ensure``.

``stored``/``searchable``: ids of the public articles and those a search for everything finds;
``quotes_stored``/``quotes_searchable``: the same for quotations; ``differences``: what
ensure_search_index would still repair; ``found``: for each WORD, the ids of the articles found.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("missing", "stale", "removed", "missing_quotes", "stale_quotes", "removed_quotes")


def main(words):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings.dev")
    import django

    django.setup()
    ensured = ensure() if words[:1] == ["--ensure"] else None
    words = [word for word in words if word != "--ensure"]
    from articles.models import Article, PendingReindex, Quote
    from articles.search import QUOTES, SearchParams, differences
    from articles.search.service import find
    from articles.search.whoosh.snapshot import current_snapshot

    snapshot = current_snapshot()

    def found(q, mode=""):
        """Ids of what the search engine matches (what a results page counts), deleted ones included."""
        if snapshot is None:
            return []
        matching = find(snapshot, SearchParams(q=q, mode=mode)).matching
        return sorted(snapshot.columns.pk[doc] for doc in matching)

    found_differences = differences()
    report = {
        "stored": sorted(Article.objects.published().values_list("pk", flat=True)),
        "searchable": found("*"),
        "quotes_stored": sorted(Quote.objects.published().values_list("pk", flat=True)),
        "quotes_searchable": found("*", QUOTES),
        "differences": {kind: sorted(getattr(found_differences, kind)) for kind in KINDS},
        "queued": PendingReindex.objects.count(),
        "found": {word: found(word) for word in words},
        "ensure": ensured,
    }
    print(json.dumps(report))


def ensure() -> str:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("ensure_search_index", stdout=out)
    return out.getvalue()


if __name__ == "__main__":
    main(sys.argv[1:])
