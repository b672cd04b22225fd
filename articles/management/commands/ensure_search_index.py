from django.core.management.base import BaseCommand

from articles.search.indexing import rebuild_index
from articles.search.schema_version import CURRENT, MISSING, OUTDATED, index_state
from articles.search.snapshot import index_path

REASONS = {
    MISSING: "there is none",
    OUTDATED: "it was built with another schema or DISPATCHES_WORD_PAIRS setting",
}


class Command(BaseCommand):
    help = (
        "Build the search index from the database if it is missing or was built with another schema "
        "(--rebuild: in any case). Much faster than haystack's rebuild_index on a large archive."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Rebuild even an up-to-date index.")

    def handle(self, *args, verbosity, rebuild, **options):
        state = index_state(index_path())
        if state == CURRENT and not rebuild:
            if verbosity > 1:
                self.stdout.write("The search index is up to date.")
            return
        if verbosity:
            reason = f", as {REASONS[state]}" if state in REASONS else ""
            self.stdout.write(f"Building the search index{reason}.")
        indexed = rebuild_index()
        if verbosity:
            self.stdout.write(f"Indexed {indexed} articles and their quotations.")
