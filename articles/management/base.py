"""What every command of the archive's own shares: a clear refusal on a database not set up yet."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor


class ArchiveCommand(BaseCommand):
    """A command that reads or writes the archive's tables.

    Run against a database that was never migrated (a new data directory, a typo in
    ``DISPATCHES_DATA_DIR``), Django would fail on the first query with "no such table" and a
    traceback; these commands say what to do instead, before touching anything.
    """

    def execute(self, *args, **options):
        require_migrated_database(options.get("database") or DEFAULT_DB_ALIAS)
        return super().execute(*args, **options)


def require_migrated_database(alias: str = DEFAULT_DB_ALIAS) -> None:
    connection = connections[alias]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise CommandError(
            f"The database {connection.settings_dict['NAME']} is not set up or not up to date: "
            "run `manage.py migrate` first (`make run` does)."
        )
