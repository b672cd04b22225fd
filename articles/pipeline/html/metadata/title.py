"""The article's headline: the page's visible ``<h1>`` when it is the article's, else a declared title.

Pages declare titles for search engines and social cards (JSON-LD headline,
``og:title``, ``<title>``), usually with the site's name appended; the ``<h1>``
is what readers see. An ``<h1>`` wins when it agrees with a declared title or
is the only plausible one; ``<h1>``s that name the site (logos) or run to
paragraph length are not headlines. Without one, the first declared title is
used with the site's name cut off.
"""

import html
import re

SEPARATOR = re.compile(r"\s+[|\-–—:·»/]\s+|\s*\|\s*")
NON_WORD = re.compile(r"\W+")
MAX_HEADLINE_WORDS = 30


def choose_title(headings: list[str], declared: list[str], site_names: set[str]) -> str:
    """Pick the headline from ``<h1>`` texts and declared titles (in order of trust)."""
    declared = [tidy(title) for title in declared if title and tidy(title)]
    stripped = [strip_site_name(title, site_names) for title in declared]
    headings = [h for h in map(tidy, headings) if h and _plausible_heading(h, site_names)]
    headings = [strip_site_name(heading, site_names, leading=False) for heading in headings]
    agreed = next((h for h in headings if _agrees(h, declared + stripped)), None)
    return agreed or (headings[0] if headings else "") or (stripped[0] if stripped else "")


def tidy(text: str) -> str:
    return " ".join(html.unescape(text or "").split())


def strip_site_name(title: str, site_names: set[str], leading: bool = True) -> str:
    """``Talks stall | The Daily`` -> ``Talks stall`` when ``The Daily`` names the site.

    A ``leading`` site name (``The Daily | Talks stall``) goes too unless told otherwise.
    """
    parts = SEPARATOR.split(title)
    while len(parts) > 1 and _names_site(parts[-1], site_names):
        parts.pop()
    while leading and len(parts) > 1 and _names_site(parts[0], site_names):
        parts.pop(0)
    start = title.find(parts[0])
    return title[start : title.rfind(parts[-1]) + len(parts[-1])]


def site_name_keys(*names: str | None) -> set[str]:
    """Comparable forms of the site's names (``og:site_name``, publisher, host name)."""
    return {_key(name) for name in names if name and len(_key(name)) > 1}


def _key(text: str) -> str:
    return NON_WORD.sub("", text.casefold())


def _names_site(text: str, site_names: set[str]) -> bool:
    key = _key(text)
    return bool(key) and any(key in name or name in key for name in site_names)


def _plausible_heading(heading: str, site_names: set[str]) -> bool:
    key = _key(heading)
    is_site = any(key == name or (len(name) > 3 and key in name) for name in site_names)
    return not is_site and len(heading.split()) <= MAX_HEADLINE_WORDS


def _agrees(heading: str, titles: list[str]) -> bool:
    folded = heading.casefold()
    return any(folded in title.casefold() for title in titles)
