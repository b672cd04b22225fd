"""What a page declares about itself: JSON-LD, Open Graph and ``article:*`` meta, ``<time>``,
the canonical link and ``<html lang>``."""

from dataclasses import dataclass, field
from datetime import date, datetime

from ...addresses import join_url, split_url, url_host
from ..dump import visible_lines
from .byline_date import headline_date
from .jsonld import article_object, declared_objects, names_of, text_of
from .meta_tags import first, link_target, meta_values
from .published import declared_published, plausible, shown_published, url_date
from .site_names import DeclaredName, declared_site_names
from .title import choose_title, site_name_keys, tidy

URL_SCHEMES = ("http", "https")
# Lines after the headline within which a printed date is the byline's, not a teaser's.
NEAR_HEADLINE = 12


@dataclass
class PageMetadata:
    title: str = ""
    published: date | datetime | None = None
    language: str | None = None  # as declared: ``<html lang>``, JSON-LD inLanguage, og:locale
    byline: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    tags: list[str] = field(default_factory=list)
    site_names: list[DeclaredName] = field(default_factory=list)  # every name declared for the site
    # Where the page says it lives when it has no canonical link: its JSON-LD url, its feeds' links.
    other_addresses: list[str] = field(default_factory=list)


def read_metadata(tree, url: str | None = None, lines=()) -> PageMetadata:
    """Read the metadata of a parsed page.

    ``url`` (where it was fetched from) helps with relative links; ``lines``, the
    page's visible lines (``dump.visible_lines``), with dates printed by the headline.
    """
    objects = declared_objects(tree)
    article = article_object(objects) or {}
    meta = meta_values(tree)
    canonical = _absolute(link_target(tree, "canonical") or first(meta, "og:url"), url)
    site_name = first(meta, "og:site_name", "application-name") or text_of(article.get("publisher"))
    title = _title(tree, article, meta, site_name, url or canonical)
    return PageMetadata(
        title=title,
        published=_published(tree, article, meta, lines, title, url or canonical),
        language=_language(tree, article, meta),
        byline=_byline(article, meta),
        canonical_url=canonical,
        site_name=tidy(site_name) if site_name else None,
        tags=_tags(article, meta),
        site_names=declared_site_names(objects, article, meta, tree.findtext(".//title")),
        other_addresses=_other_addresses(tree, article, url),
    )


def _other_addresses(tree, article: dict, base: str | None) -> list[str]:
    declared = [text_of(article.get("url")), _entity_id(article.get("mainEntityOfPage"))]
    declared += [link.get("href") for link in tree.iter("link") if _is_own_alternate(link)]
    return [address for address in (_absolute(value, base) for value in declared if value) if address]


def _entity_id(value) -> str | None:
    return value.get("@id") if isinstance(value, dict) else text_of(value)


def _is_own_alternate(link) -> bool:
    """A feed or language version of the page: served from its own site."""
    return "alternate" in (link.get("rel") or "").lower().split() and bool(link.get("href"))


def _title(tree, article: dict, meta, site_name: str | None, url: str | None) -> str:
    host = url_host(url).removeprefix("www.")
    declared = [
        text_of(article.get("headline")),
        first(meta, "og:title", "twitter:title", "dc.title"),
        tree.findtext(".//title"),
    ]
    headings = [_lines_of(heading) for heading in tree.iter("h1") if not _in_site_chrome(heading)]
    return choose_title(headings, declared, site_name_keys(site_name, host.split(".")[0]))


def _published(tree, article: dict, meta, lines, title: str, url: str | None):
    """The date printed by the headline, else the declared date, else what htmldate finds.

    Sites keep declaring the day a page was first made while they republish
    it under a new date by the headline; the date readers are shown is the
    article's, unless it is marked as an update. So a date printed right by
    the headline wins over the declared one; one further down only corrects
    a declared UTC time by a day, or a declared day the page prints month first.
    """
    declared = declared_published(article, meta)
    printed = plausible(headline_date(lines, title))
    if declared and printed:
        return _reconciled(declared, printed, plausible(headline_date(lines, title, after=NEAR_HEADLINE)))
    if isinstance(declared, datetime):
        local = url_date(url)
        if local and abs((local - declared.date()).days) == 1:
            return local
    return declared or printed or shown_published(tree, url)


def _reconciled(declared: date | datetime, printed: date, near: date | None) -> date | datetime:
    day = declared.date() if isinstance(declared, datetime) else declared
    if day == printed or _month_first(printed) == day:
        return declared
    if printed == near or isinstance(declared, datetime) and abs((printed - day).days) == 1:
        return printed
    return declared


def _month_first(day: date) -> date | None:
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None


def _lines_of(heading) -> list[str]:
    return [line.text for line in visible_lines(heading)]


def _in_site_chrome(heading) -> bool:
    """Whether an ``<h1>`` is part of the site's frame, a logo linking home or a footer, not the article's."""
    return any(
        ancestor.tag == "footer" or ancestor.tag == "a" and _links_home(ancestor.get("href"))
        for ancestor in heading.iterancestors()
    )


def _links_home(href: str | None) -> bool:
    if href is None:
        return False
    parts = split_url(href)
    return parts is not None and parts.path in ("", "/") and not parts.query and not parts.fragment


def _language(tree, article: dict, meta) -> str | None:
    declared = (
        tree.get("lang")
        or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        or text_of(article.get("inLanguage"))
        or first(meta, "content-language", "og:locale", "language")
    )
    code = (declared or "").strip().replace("_", "-").split("-")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def _byline(article: dict, meta) -> str | None:
    names = names_of(article.get("author")) or [
        name for name in (meta.get("author", []) + meta.get("article:author", [])) if "://" not in name
    ]
    names = [tidy(name) for name in dict.fromkeys(names) if tidy(name)]
    return ", ".join(names) or None


def _tags(article: dict, meta) -> list[str]:
    keywords = names_of(article.get("keywords")) or meta.get("article:tag") or meta.get("news_keywords") or []
    tags = [tidy(tag) for keyword in keywords for tag in keyword.split(",")]
    return list(dict.fromkeys(tag for tag in tags if tag))


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    absolute = join_url(base, link)
    parts = split_url(absolute)
    return absolute if parts and parts.scheme in URL_SCHEMES else None
