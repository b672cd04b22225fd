from articles.management.base import ArchiveCommand
from articles.search import pending_count, reindex_pending


class Command(ArchiveCommand):
    help = (
        "Write the index changes still queued: those a web request left to keep its answer quick, "
        "or a process killed before its index write (run it from cron)."
    )

    def handle(self, *args, verbosity, **options):
        queued = pending_count()
        written = reindex_pending()
        if verbosity:
            left = pending_count()
            self.stdout.write(f"Index changes queued: {queued}; written: {queued - left if written else 0}.")
