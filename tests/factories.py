"""Small builders for test data, so each test states only what matters to it."""

from datetime import date
from itertools import count

from articles.models import Article, Outlet, Quote, Speaker

_numbers = count(1)


def make_outlet(name="Example News", **fields):
    slug = fields.pop("slug", name.lower().replace(" ", "-"))
    outlet, _ = Outlet.objects.get_or_create(name=name, defaults={"slug": slug, **fields})
    return outlet


def make_article(title="A story about talks", body="Talks went on for hours.", outlet=None, **fields):
    n = next(_numbers)
    fields.setdefault("published_on", date(2019, 1, 27))
    return Article.objects.create(
        outlet=outlet if outlet is not None else make_outlet(),
        title=title,
        slug=Article.slug_for(title),
        body=body,
        source_key=f"test-source-{n}",
        fingerprint=f"{n:064d}",
        **fields,
    )


def make_speaker(name="Dmitry Peskov", **fields):
    fields.setdefault("slug", name.lower().replace(" ", "-"))
    return Speaker.objects.create(name=name, **fields)


def make_quote(article, speaker, text="We are ready to talk", **fields):
    start = article.body.find(text)
    return Quote.objects.create(
        article=article,
        speaker=speaker,
        text=text,
        start=start if start >= 0 else None,
        end=start + len(text) if start >= 0 else None,
        **fields,
    )
