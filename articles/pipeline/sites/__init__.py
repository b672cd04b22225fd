"""Which site published a page, from what the page says about itself.

The outlet of an article is the site it was published on, never an outlet it mentions,
quotes or credits. In order of trust:

1. the page's address (the record's URL, else its canonical link): a domain a curator
   gave an outlet names that outlet; otherwise the host is the site;
2. the name the page declares for its site (``og:site_name``, JSON-LD ``publisher`` and
   ``isPartOf``, ``application-name``, ``twitter:site``), kept when it agrees with the host;
   with no host to check it against, the deliberate declarations alone;
3. a text dump's masthead and footer: curators' signatures, "Published at https://…"
   lines, copyright lines;
4. with a host and no name that agrees with it, the name the page spells for the host
   ("Deccan Herald" for deccanherald.com), else the host itself.

Nothing found, the outlet stays unknown: a mention is never taken for a site.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from ..outlets import identify_outlet, signature_for_host
from ..records import OutletSignature
from .copyright import tidy_name
from .domains import agrees, readable_name, site_host
from .dump import Zones, dump_zones, published_at_hosts, site_names

# Declarations a page makes on purpose about its site; a title's ends and Twitter handles
# only count when the host confirms them.
DELIBERATE = {"og:site_name", "publisher", "isPartOf", "WebSite", "application-name"}

__all__ = ["SiteFinding", "site_of_dump", "site_of_page"]


@dataclass(frozen=True)
class SiteFinding:
    """The site a page was published on: a name, its host when known, and what said so."""

    name: str
    domain: str | None = None
    source: str = ""  # "url", "og:site_name", "copyright", "signature", "published-at", ...
    signature: OutletSignature | None = None

    def __post_init__(self):
        object.__setattr__(self, "name", tidy_name(self.name) or self.name)


def site_of_page(
    url: str | None,
    declared: Sequence,  # html.metadata.site_names.DeclaredName, most deliberate first
    signatures: Sequence[OutletSignature],
    texts: Sequence[str] = (),
    dump: tuple[str, str] | None = None,
) -> SiteFinding | None:
    """The site of a web page fetched from (or declaring) ``url``, naming itself ``declared``.

    ``texts`` are where the page may spell its name (title, visible text); ``dump`` is the
    page's visible text and article body, read as a text dump when nothing else says.
    """
    host = site_host(url)
    if host:
        return _site_at(host, declared, signatures, texts, dump)
    for name in declared:
        if name.source in DELIBERATE:
            return SiteFinding(name.name, None, name.source)
    return site_of_dump(*dump, signatures) if dump else None


def site_of_dump(
    raw: str, body: str, signatures: Sequence[OutletSignature], url: str | None = None
) -> SiteFinding | None:
    """The site of a text dump with article ``body``, from its masthead and footer (and ``url``)."""
    host = site_host(url)
    if host:
        return _site_at(host, (), signatures, [raw], (raw, body))
    for address in published_at_hosts(raw):
        if site_host(address):
            return _site_at(site_host(address), (), signatures, [raw], None, source="published-at")
    return _from_zones(dump_zones(raw, body), signatures, raw, body)


def _site_at(host, declared, signatures, texts, dump, source="url") -> SiteFinding:
    known = signature_for_host(host, signatures)
    if known is not None:
        return SiteFinding(known.outlet, host, source, known)
    for name in declared:
        if agrees(name.name, host, fully=True):
            return SiteFinding(name.name, host, name.source)
    spelled = readable_name(host, texts)
    for name in declared if spelled == host else ():
        if agrees(name.name, host):  # a part of the host's name, when the page spells no whole one
            return SiteFinding(name.name, host, name.source)
    if dump is not None:
        found = _from_zones(dump_zones(*dump), signatures, *dump)
        if found is not None and agrees(found.name, host):
            return SiteFinding(found.name, host, found.source, found.signature)
    return SiteFinding(spelled, host, source)


def _from_zones(
    zones: Zones, signatures: Sequence[OutletSignature], raw: str, body: str
) -> SiteFinding | None:
    # A domain in a dump's text may be a link to another site: only the site's own curated phrases count.
    phrases = [signature for signature in signatures if signature.kind != "domain"]
    signature = identify_outlet("\n".join(zones.lines), phrases)
    if signature is not None:
        return SiteFinding(signature.outlet, None, "signature", signature)
    names = site_names(zones, raw, body)
    return SiteFinding(names[0], None, "masthead-footer") if names else None
