from django.core.management.base import BaseCommand

from articles.search.indexing import pending_count, reindex_articles


class Command(BaseCommand):
    help = "Write index changes that were queued because the index stayed busy (run it from cron)."

    def handle(self, *args, verbosity, **options):
        queued = pending_count()
        written = reindex_articles([])
        if verbosity:
            left = pending_count()
            self.stdout.write(f"Index changes queued: {queued}; written: {queued - left if written else 0}.")
