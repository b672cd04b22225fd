"""Where a text dump names its own site: the masthead above the article and the footer below it.

Lines of the article itself, its captions and photo credits, and agency datelines are never
read for the site: a story that mentions Bloomberg, a photo credited "Bloomberg/Getty Images"
or a Reuters dispatch on a newspaper's site says nothing about which site published it.
"""

import re
from dataclasses import dataclass, field

from ..textdump.boilerplate import is_photo_credit
from .copyright import copyright_holders, is_name, tidy_name
from .domains import agrees, name_key, naming_labels

MASTHEAD_LINES = 40  # lines above the article that can be the site's masthead and navigation
NO_BODY_TOP, NO_BODY_BOTTOM = 15, 40  # without a body to place, the page's first and last lines
PARAGRAPH_PROBE = 80  # characters of a paragraph enough to find its line
PUBLISHED_AT = re.compile(
    r"^(?:originally\s+|first\s+)?(?:published|posted|source|retrieved|archived)\s*(?:at|on|from|in)?\s*:?\s*"
    r"(https?://\S+)",
    re.IGNORECASE,
)
DATELINE = re.compile(r"\([A-Za-z][\w .-]{0,20}\)\s*[-–—]")
MAX_MASTHEAD_WORDS = 4
MASTHEAD_NAME_LINES = 12  # the logo's text is among the first lines of a page
MENTIONS = 3  # lines besides its copyright line that name a site in its own masthead and footer
DOMAIN_TOKEN = re.compile(
    r"(?<![\w.@/-])(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|co|io|info|news|edu|gov|uk|de|fr|it|es|nl|ch|"
    r"ru|jp|cn|in|au|ca|us|br|ai|dev|tv|me|xyz))\b(?![\w-])",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
SELF_REFERENCE = re.compile(
    r"^(?:about|contact|subscribe to|follow|support|join|sign up for|welcome to|advertise with|"
    r"you[’']ve successfully subscribed to|discover more from|careers at)\s+(?:the\s+)?"
    r"(?P<after>[^\W\d_](?:[^.!?]|\.(?=\w)){1,38}?)(?:\s+(?:on|newsletters?|today|now|for)\b.*)?$|"
    r"^(?P<before>[^\W\d_][^.!?]{1,38}?)\s+(?:newsletters?|is a registered trademark|app|podcasts?|staff)\b",
    re.IGNORECASE,
)


@dataclass
class Zones:
    """The lines of a dump that may speak for its site, above and below the article."""

    top: list[str]
    bottom: list[str]

    @property
    def lines(self) -> list[str]:
        return self.top + self.bottom


def dump_zones(raw: str, body: str) -> Zones:
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    paragraphs = [part.strip() for part in body.split("\n\n") if part.strip()]
    first = _line_of(lines, paragraphs[0]) if paragraphs else None
    last = _line_of(lines, paragraphs[-1], reverse=True) if paragraphs else None
    if first is None or last is None or last < first:
        top, bottom = lines[:NO_BODY_TOP], lines[max(NO_BODY_TOP, len(lines) - NO_BODY_BOTTOM) :]
    else:
        top, bottom = lines[max(0, first - MASTHEAD_LINES) : first], lines[last + 1 :]
    return Zones(top=list(filter(_speaks_for_site, top)), bottom=list(filter(_speaks_for_site, bottom)))


def _line_of(lines: list[str], paragraph: str, reverse: bool = False) -> int | None:
    probe = paragraph[:PARAGRAPH_PROBE]
    order = range(len(lines) - 1, -1, -1) if reverse else range(len(lines))
    return next((i for i in order if probe in lines[i]), None)


def _speaks_for_site(line: str) -> bool:
    """Captions, photo credits and datelines are about the story, not the site."""
    if DATELINE.search(line[:80]):
        return False
    return not is_photo_credit(line) or bool(copyright_holders(line))


def published_at_hosts(raw: str) -> list[str]:
    """URLs of "Published at https://…" lines, anywhere in the dump."""
    found = []
    for line in raw.splitlines():
        match = PUBLISHED_AT.match(line.strip())
        if match:
            found.append(match.group(1))
    return found


def site_names(zones: Zones, raw: str, body: str = "") -> list[str]:
    """Names the dump gives its own site, the best supported first; empty when none is supported enough.

    A name counts when the page gives it in two different ways: a masthead line, a
    copyright line, a self-reference ("About X", "X Newsletter", "Contact X"), the site's
    domain written on the page (a link text, an e-mail address), a line of its own in the
    footer, further mentions in masthead and footer, or, for a copyright holder, the
    article's own text (a company writing about its work). One way alone is not enough, nor
    a masthead line with only a copyright line or a self-reference: a copyright line may name
    the owner, a masthead line a section, an address a partner.
    """
    found = _name_candidates(zones)
    for candidate in found.values():
        if "copyright" in candidate.ways and _mentions(candidate.name, body.split("\n\n")):
            candidate.ways.add("article")  # a company's page about its own work
    domains = _domains(zones.lines, raw)
    for candidate in found.values():
        if any(agrees(candidate.name, domain) for domain, _ in domains):
            candidate.ways.add("domain")
    for domain, way in domains:
        if not any(agrees(candidate.name, domain) for candidate in found.values()):
            found.setdefault(domain, _Candidate(domain)).ways.add(way)
    supported = [candidate for candidate in found.values() if candidate.supported]
    supported.sort(key=lambda candidate: (-len(candidate.ways), candidate.order))
    return [candidate.name for candidate in supported]


@dataclass
class _Candidate:
    name: str
    ways: set = field(default_factory=set)
    order: int = 0

    @property
    def supported(self) -> bool:
        # A masthead line and a self-reference or a copyright line alone are too often a
        # section ("Podcasts", "Newsletters") or the group that owns the site.
        return len(self.ways) >= 2 and self.ways not in ({"masthead", "self"}, {"masthead", "copyright"})


def _name_candidates(zones: Zones) -> dict[str, _Candidate]:
    found: dict[str, _Candidate] = {}

    def add(name: str, way: str) -> None:
        name = tidy_name(name)
        key = name_key(name)
        if len(key) >= 2 and is_name(name):
            found.setdefault(key, _Candidate(name, order=len(found))).ways.add(way)

    for line in reversed(zones.bottom + zones.top):
        for name, _legal in copyright_holders(line):
            add(name, "copyright")
        match = SELF_REFERENCE.match(line)
        if match:
            add(match["after"] or match["before"], "self")
    for line in zones.top[:MASTHEAD_NAME_LINES]:
        # "About Prevention.com" names the site after its first word: it counted above as a self-reference.
        if SELF_REFERENCE.match(line):
            continue
        if 1 <= len(line.split()) <= MAX_MASTHEAD_WORDS and line[0].isupper():
            add(line, "masthead")
    shown = [line for line in zones.lines if not copyright_holders(line)]
    for key, candidate in found.items():
        if "copyright" not in candidate.ways:
            continue  # menus repeat their items at the top and the foot of a page
        if _mentions(candidate.name, shown) >= MENTIONS:
            candidate.ways.add("mentioned")
        if any(name_key(line) == key for line in zones.bottom if len(line.split()) <= MAX_MASTHEAD_WORDS):
            candidate.ways.add("footer")
    return found


def _mentions(name: str, lines: list[str]) -> int:
    pattern = re.compile(rf"(?<!\w){re.escape(_plain(name))}(?!\w)", re.IGNORECASE)
    return sum(1 for line in lines if pattern.search(_plain(line)))


def _plain(text: str) -> str:
    return text.replace("’", "'")


def _domains(lines: list[str], raw: str) -> list[tuple[str, str]]:
    """Domains the page writes: in its masthead and footer as addresses, anywhere as e-mail addresses."""
    found = [(match[1].lower(), "domain") for line in lines for match in DOMAIN_TOKEN.finditer(line)]
    found += [(match[1].lower(), "email") for match in EMAIL.finditer(raw)]
    return [(domain, way) for domain, way in dict.fromkeys(found) if naming_labels(domain)]
