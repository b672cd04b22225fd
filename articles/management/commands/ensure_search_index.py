from django.core.management.base import CommandError

from articles.management.base import ArchiveCommand
from articles.search import CURRENT, MISSING, OUTDATED, IndexBusy, index_state, rebuild_index, repair

REASONS = {
    MISSING: "there is none",
    OUTDATED: "it was built with another schema or DISPATCHES_WORD_PAIRS setting, or its build was cut short",
}


class Command(ArchiveCommand):
    help = (
        "Make the search index hold exactly what the database holds: build it if it is missing or was "
        "built with another schema (--rebuild: in any case), otherwise compare it with the database "
        "and write again whatever differs or is queued. Cheap when nothing differs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Rebuild even an up-to-date index.")

    def handle(self, *args, verbosity, rebuild, **options):
        state = index_state()
        try:
            if state == CURRENT and not rebuild:
                self._repair(verbosity)
            else:
                self._rebuild(state, verbosity)
        except IndexBusy as error:
            raise CommandError(f"The search index is busy: {error}. Run this command again later.") from error

    def _rebuild(self, state, verbosity):
        if verbosity:
            reason = f", as {REASONS[state]}" if state in REASONS else ""
            self.stdout.write(f"Building the search index{reason}.")
        indexed = rebuild_index()
        if verbosity:
            self.stdout.write(f"Indexed {indexed} articles and their quotations.")

    def _repair(self, verbosity):
        found = repair()
        if not found:
            if verbosity > 1:
                self.stdout.write("The search index matches the database.")
            return
        if not found.done:
            raise IndexBusy(f"another writer held it; {found.written} articles are queued")
        if verbosity:
            self.stdout.write(f"Repaired the search index: {found}; {found.written} articles written again.")
