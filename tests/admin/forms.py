"""What the admin's change forms post, built from an object's current values plus a test's changes."""


def article_form(article, quotes=(), **changes) -> dict:
    data = {
        "title": article.title,
        "outlet": article.outlet_id or "",
        "published_on": article.published_on.isoformat() if article.published_on else "",
        "body": article.body,
        "language": article.language,
        "byline": article.byline,
        "credit": article.credit,
        "tags": "\n".join(article.tags),
        "subheadings": "\n".join(article.subheadings),
        "is_visible": "on" if article.is_visible else "",
        **_quote_inline(article, quotes),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def quote_form(quote, **changes) -> dict:
    data = {
        "text": quote.text,
        "speaker": quote.speaker_id or "",
        "role": quote.role,
        "kind": quote.kind,
        "status": quote.status,
        "start": "" if quote.start is None else quote.start,
        "end": "" if quote.end is None else quote.end,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def speaker_form(speaker, **changes) -> dict:
    aliases = list(speaker.aliases.all())
    data = {
        "name": speaker.name,
        "kind": speaker.kind,
        "role": speaker.role,
        "aliases-TOTAL_FORMS": len(aliases),
        "aliases-INITIAL_FORMS": len(aliases),
    }
    for n, alias in enumerate(aliases):
        data.update(
            {f"aliases-{n}-id": alias.pk, f"aliases-{n}-speaker": speaker.pk, f"aliases-{n}-name": alias.name}
        )
    data.update(changes)
    return data


def outlet_form(outlet, new_signatures=(), **changes) -> dict:
    signatures = list(outlet.signatures.all())
    data = {
        "name": outlet.name,
        "home_domain": outlet.home_domain,
        "description": outlet.description,
        "kind": outlet.kind,
        "time_zone": outlet.time_zone,
        "signatures-TOTAL_FORMS": len(signatures) + len(new_signatures),
        "signatures-INITIAL_FORMS": len(signatures),
    }
    rows = [(s.pk, s.pattern, s.kind, s.weight) for s in signatures]
    rows += [("", pattern, kind, 1) for pattern, kind in new_signatures]
    for n, (pk, pattern, kind, weight) in enumerate(rows):
        data.update(
            {
                f"signatures-{n}-id": pk,
                f"signatures-{n}-outlet": outlet.pk,
                f"signatures-{n}-pattern": pattern,
                f"signatures-{n}-kind": kind,
                f"signatures-{n}-weight": weight,
            }
        )
    data.update(changes)
    return data


def _quote_inline(article, quotes) -> dict:
    data = {"quotes-TOTAL_FORMS": len(quotes), "quotes-INITIAL_FORMS": len(quotes)}
    for n, quote in enumerate(quotes):
        for key, value in quote_form(quote).items():
            data[f"quotes-{n}-{key}"] = value
        data[f"quotes-{n}-id"] = quote.pk
        data[f"quotes-{n}-article"] = article.pk
    return data
