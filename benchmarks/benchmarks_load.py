"""Loading a synthetic archive into the database in bulk (for the benchmarks only)."""

from itertools import islice

from django.db import transaction
from django.utils.text import slugify

from articles.models import Article, Outlet, Quote, Speaker
from articles.pipeline.names import name_key

BATCH = 1000


@transaction.atomic
def load_archive(archive) -> list[int]:
    """Store ``archive`` (see synthetic.py) ``BATCH`` articles at a time; returns the new article ids."""
    outlets = [_outlet(number, name) for number, (name, _language) in enumerate(archive.outlets)]
    speakers = [
        Speaker(name=name, slug=slugify(name) or f"speaker-{i}", role=role, name_key=name_key(name))
        for i, (name, role) in enumerate(archive.speakers)
    ]
    speakers = Speaker.objects.bulk_create(speakers)
    ids = []
    numbered = enumerate(archive.articles)
    while chunk := list(islice(numbered, BATCH)):
        ids += _load_chunk(chunk, outlets, speakers)
    return ids


def _load_chunk(numbered, outlets, speakers) -> list[int]:
    articles = Article.objects.bulk_create([_article(i, synthetic, outlets) for i, synthetic in numbered])
    quotes = [
        _quote(article, synthetic_quote, speakers)
        for article, (_i, synthetic) in zip(articles, numbered, strict=True)
        for synthetic_quote in synthetic.quotes
    ]
    Quote.objects.bulk_create(quotes, batch_size=BATCH)
    return [article.pk for article in articles]


def _outlet(number, name) -> Outlet:
    # The first migration already made some well-known outlets.
    existing = Outlet.objects.filter(name=name).first()
    return existing or Outlet.objects.create(name=name, slug=slugify(name) or f"outlet-{number}")


def _outlet(number, name) -> Outlet:
    # The first migration already made some well-known outlets.
    existing = Outlet.objects.filter(name=name).first()
    return existing or Outlet.objects.create(name=name, slug=slugify(name) or f"outlet-{number}")


def _article(number, synthetic, outlets) -> Article:
    return Article(
        outlet=outlets[synthetic.outlet],
        title=synthetic.title,
        slug=f"{Article.slug_for(synthetic.title)[:70]}-{number}",
        body=synthetic.body,
        language=synthetic.language,
        published_on=synthetic.published_on,
        published_at=synthetic.published_at,
        published_tz="",
        source_key=f"synthetic-{number}",
        fingerprint=f"{number:064d}",
    )


def _quote(article, synthetic_quote, speakers) -> Quote:
    start = article.body.find(synthetic_quote.text)
    speaker = speakers[synthetic_quote.speaker]
    return Quote(
        article=article,
        speaker=speaker,
        text=synthetic_quote.text,
        start=start if start >= 0 else None,
        end=start + len(synthetic_quote.text) if start >= 0 else None,
        speaker_as_written=speaker.name,
        role=speaker.role,
    )
