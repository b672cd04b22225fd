from django.core.management.base import BaseCommand

from articles.search.indexing import rebuild_index
from articles.search.schema_version import CURRENT, MISSING, OUTDATED, index_state
from articles.search.snapshot import index_path

REASONS = {MISSING: "there is none", OUTDATED: "it was built with another schema"}


class Command(BaseCommand):
    help = "Build the search index from the database if it is missing or was built with another schema."

    def handle(self, *args, verbosity, **options):
        state = index_state(index_path())
        if state == CURRENT:
            if verbosity > 1:
                self.stdout.write("The search index is up to date.")
            return
        if verbosity:
            self.stdout.write(f"Building the search index, as {REASONS[state]}.")
        indexed = rebuild_index()
        if verbosity:
            self.stdout.write(f"Indexed {indexed} articles and their quotations.")
