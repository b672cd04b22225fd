"""Small builders for test data, so each test states only what matters to it."""

from datetime import date
from itertools import count

from articles.models import Article, Outlet, Quote, Speaker
from articles.search import reindex_articles

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


def make_small_archive():
    """A little of everything a page can show: quotations with and without a speaker, merged
    speakers and outlets, a hidden article, an undated one."""
    rt, tass = make_outlet("RT", slug="rt"), make_outlet("TASS", slug="tass")
    make_outlet("Old TASS", slug="old-tass", merged_into=tass)
    lavrov = make_speaker("Sergei Lavrov", role="Foreign Minister")
    make_speaker("S. Lavrov", slug="s-lavrov", merged_into=lavrov)
    said = make_article("Talks on the islands", "Lavrov said “we are ready to talk” on Monday.", outlet=rt)
    make_quote(said, lavrov, text="we are ready to talk")
    unsaid = make_article("Peace & quiet", "A source said “nobody's statement” was due.", outlet=tass)
    make_quote(unsaid, None, text="nobody's statement", speaker_as_written="")
    make_article("Undated report", "Sanctions were discussed.", outlet=rt, published_on=None)
    make_article("Hidden report", "Not for the public.", outlet=rt, is_visible=False)
    reindex_articles(Article.objects.values_list("pk", flat=True))
