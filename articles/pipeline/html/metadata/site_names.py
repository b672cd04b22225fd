"""The names a web page declares for the site it is on: Open Graph, JSON-LD, application and Twitter tags."""

import html
import re
from dataclasses import dataclass

from .jsonld import text_of
from .meta_tags import first

SITE_TYPES = {"website", "newsmediaorganization", "organization", "corporation"}
# Site names often carry a tagline or the sections after a separator: "Autoracing | F1 | Indy".
SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[|•·»]\s*")
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[|•·»]\s*")
MAX_NAME_WORDS = 8
MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class DeclaredName:
    """A site name as the page declares it, and where (``og:site_name``, ``publisher``, ...)."""

    name: str
    source: str


def declared_site_names(objects: list[dict], article: dict, meta, title: str | None) -> list[DeclaredName]:
    """Every name the page gives its site, the most deliberate declarations first."""
    found = [
        ("og:site_name", first(meta, "og:site_name")),
        ("publisher", text_of(article.get("publisher"))),
        ("isPartOf", text_of(article.get("isPartOf"))),
        *(("WebSite", text_of(obj.get("name"))) for obj in objects if _types(obj) & SITE_TYPES),
        ("application-name", first(meta, "application-name")),
    ]
    names = [DeclaredName(part, source) for source, value in found for part in _parts(value)]
    names += [DeclaredName(part, "title") for part in _title_ends(title)]
    # A handle is a spelling of last resort: "SBAgov", "voxdotcom".
    names += [
        DeclaredName(handle, "twitter:site")
        for handle in _parts((first(meta, "twitter:site") or "").lstrip("@"))
    ]
    return list(dict.fromkeys(name for name in names if _plausible(name.name)))


def _parts(value: str | None) -> list[str]:
    """The parts a separator splits a name into ("Beinsure - Insurance, Reinsurance"), then the whole."""
    if not value:
        return []
    value = " ".join(html.unescape(value).split()).strip(" |·•-–—:®™©")
    parts = [part.strip(" ®™©") for part in SEPARATOR.split(value) if part.strip(" ®™©")]
    return [*parts, value] if len(parts) > 1 else [value]


def _title_ends(title: str | None) -> list[str]:
    """The first and last parts of a ``<title>`` split by separators: "Story - The New York Times"."""
    parts = [part.strip() for part in TITLE_SEPARATOR.split(" ".join((title or "").split())) if part.strip()]
    return [parts[-1], parts[0]] if len(parts) > 1 else []


def _plausible(name: str) -> bool:
    return 0 < len(name) <= MAX_NAME_LENGTH and len(name.split()) <= MAX_NAME_WORDS and "://" not in name


def _types(obj: dict) -> set[str]:
    declared = obj.get("@type", ())
    if isinstance(declared, str):
        declared = (declared,)
    return {str(kind).rsplit("/", 1)[-1].lower() for kind in declared if kind}
