"""Single web pages (``.html``, ``.htm``, gzip-compressed or not)."""

from ..article import build_article
from ..html import extract_page
from ..html.document import decode_html
from ..limits import DEFAULT_LIMITS, read_at_most
from ..sites import site_of_page


def read(stream, name, signatures, limits):
    raw = decode_html(read_at_most(stream, limits.page_bytes, "the page"))
    yield page_article(raw, source=name, signatures=signatures, limits=limits)


def page_article(
    raw: str, *, source, signatures, record_id=None, url=None, outlet=None, overrides=None, limits=None
):
    """One article from the HTML text of a page; ``url`` is where it was fetched from, if known.

    The source URL is that fetch URL when the input gives one (JSON Lines
    ``url``, WARC target URI), else the page's canonical link. ``overrides``
    are fields the input states outright and that win over extraction;
    ``limits`` bound the page's elements and text (TooLarge).
    """
    page = extract_page(raw, url=url, limits=limits or DEFAULT_LIMITS)
    for field, value in (overrides or {}).items():
        setattr(page, field, value)
    site = site_of_page(
        url or page.canonical_url or next(iter(page.other_addresses), None),
        page.site_names,
        signatures,
        texts=(page.page_title, page.visible_text),
        dump=(page.visible_text, page.body),
    )
    return build_article(
        page,
        raw=raw,
        source=source,
        signatures=signatures,
        record_id=record_id,
        source_url=url or page.canonical_url,
        outlet=outlet,
        quote_spans=page.quote_spans,
        site=site,
    )
