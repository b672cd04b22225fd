"""The PostgreSQL search engine's tables, on PostgreSQL only: SQLite gets nothing.

Django records the models everywhere (so the state matches the code), but the tables, the GIN
indexes and the ``pg_trgm`` extension are created only when the database is PostgreSQL.
"""

import django.contrib.postgres.fields
import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models

MODELS = ("SearchDocument", "SearchWord", "SearchState")
EXTENSIONS = ("pg_trgm",)  # trusted: a database owner without superuser rights may create it


def on_postgres(operation):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            operation(apps, schema_editor)

    return run


@on_postgres
def create_tables(apps, schema_editor):
    for extension in EXTENSIONS:
        schema_editor.execute(f"CREATE EXTENSION IF NOT EXISTS {extension}")
    for name in MODELS:
        schema_editor.create_model(apps.get_model("articles", name))


@on_postgres
def drop_tables(apps, schema_editor):
    for name in reversed(MODELS):
        schema_editor.delete_model(apps.get_model("articles", name))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_article_sources"),
    ]

    state_operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("kind", models.CharField(max_length=1)),
                ("object_id", models.BigIntegerField()),
                ("article_id", models.BigIntegerField(db_index=True)),
                ("terms", django.contrib.postgres.search.SearchVectorField()),
                ("outlet", models.TextField(blank=True)),
                (
                    "speakers",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(), default=list, size=None
                    ),
                ),
                ("language", models.TextField(blank=True)),
                ("published", models.DateTimeField(null=True)),
                ("month", models.CharField(max_length=7, blank=True)),
                ("quote_key", models.TextField(blank=True)),
                ("stamp", models.CharField(max_length=24)),
            ],
            options={
                "db_table": "articles_search_document",
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(fields=["terms"], name="search_document_terms"),
                    models.Index(fields=["kind", "published"], name="search_document_published"),
                ],
                "constraints": [
                    models.UniqueConstraint(fields=("kind", "object_id"), name="search_document_object")
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("field", models.CharField(max_length=1)),
                ("word", models.TextField(db_collation="C")),
                ("stem", models.TextField()),
            ],
            options={
                "db_table": "articles_search_word",
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["word"], name="search_word_trigrams", opclasses=["gin_trgm_ops"]
                    )
                ],
                "constraints": [models.UniqueConstraint(fields=("field", "word"), name="search_word_unique")],
            },
        ),
        migrations.CreateModel(
            name="SearchState",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("generation", models.BigIntegerField(default=0)),
                ("built", models.BooleanField(null=True)),
                ("version", models.CharField(blank=True, max_length=40)),
            ],
            options={"db_table": "articles_search_state"},
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        # After the state operation, so that the models exist for create_model().
        migrations.RunPython(create_tables, drop_tables),
    ]
