"""Articles with several sources, and syndicated copies linked as the same story.

Every article's source fields become its first source. Its keys are those of its stored text,
unless a curator edited that text (then only the address key): ingest compares new records with
extractions, not with curated text. The key functions are copied from ``articles/ingest/text_keys.py``
as they were when this migration was written (migrations must not change when the code does).
"""

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit

import django.db.models.deletion
from django.db import migrations, models

WORD = re.compile(r"\w+")
LEDE_MIN_CHARACTERS = 80
TRACKING_PARAMETERS = re.compile(r"^(utm_\w+|fbclid|gclid|ocid|cmpid|ref|src)$", re.IGNORECASE)
CHUNK = 1000


def digest(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() if text else ""


def body_key(body):
    return digest(" ".join(unicodedata.normalize("NFC", body).split()))


def words_key(text):
    return digest(" ".join(WORD.findall(unicodedata.normalize("NFC", text).casefold())))


def lede(body):
    for paragraph in body.split("\n\n"):
        if len(paragraph.strip()) >= LEDE_MIN_CHARACTERS:
            return paragraph
    return ""


def url_key(url):
    if not url or "://" not in url:
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    query = [(name, value) for name, value in parse_qsl(parts.query) if not TRACKING_PARAMETERS.match(name)]
    path = parts.path.rstrip("/")
    return digest(f"{host}{path}?{urlencode(sorted(query))}" if query else f"{host}{path}")


def first_source(Source, article):
    curated = set(article.curated_fields or [])
    body = "" if "body" in curated else article.body
    title = "" if "title" in curated else article.title
    return Source(
        article_id=article.pk,
        key=article.source_key,
        path=article.source_path,
        record=article.source_record,
        url=article.source_url,
        fingerprint=article.fingerprint,
        body_key=body_key(body) if body else "",
        title_key=words_key(title) if title else "",
        lede_key=words_key(lede(body)) if body else "",
        url_key=url_key(article.source_url),
    )


def add_first_sources(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Source = apps.get_model("articles", "ArticleSource")
    batch = []
    for article in Article.objects.order_by("pk").iterator(chunk_size=CHUNK):
        batch.append(first_source(Source, article))
        if len(batch) >= CHUNK:
            Source.objects.bulk_create(batch)
            batch = []
    Source.objects.bulk_create(batch)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0007_unnamed_sources_and_attribution_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="same_story",
            field=models.ManyToManyField(
                blank=True,
                help_text="Other outlets' copies of the same text (syndicated stories), found at ingest.",
                to="articles.article",
            ),
        ),
        migrations.CreateModel(
            name="ArticleSource",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "key",
                    models.CharField(help_text="Natural key: URL, or file and record.", max_length=1000, unique=True),
                ),
                ("path", models.CharField(blank=True, max_length=1000)),
                ("record", models.CharField(blank=True, max_length=200)),
                ("url", models.URLField(blank=True, max_length=1000)),
                ("fingerprint", models.CharField(db_index=True, help_text="Hash of the extraction.", max_length=64)),
                ("body_key", models.CharField(blank=True, db_index=True, max_length=64)),
                ("title_key", models.CharField(blank=True, db_index=True, max_length=64)),
                ("lede_key", models.CharField(blank=True, db_index=True, max_length=64)),
                ("url_key", models.CharField(blank=True, db_index=True, max_length=64)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="sources", to="articles.article"
                    ),
                ),
            ],
            options={
                "ordering": ["article", "created_at", "id"],
            },
        ),
        migrations.RunPython(add_first_sources, migrations.RunPython.noop),
    ]
