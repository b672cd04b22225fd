"""The article's headline: the page's visible ``<h1>`` when it is the article's, else a declared title.

Pages declare titles for search engines and social cards (JSON-LD headline,
``og:title``, ``<title>``), usually with the site's name appended; the ``<h1>``
is what readers see. An ``<h1>`` wins when it agrees with a declared title or
is the only plausible one; ``<h1>``s that name the site (logos) or run to
paragraph length are not headlines, nor is an ``<h1>`` of a word or two that
no declared title agrees with (a section's label). Without one, the first declared title is
used with the site's name cut off. An ``<h1>`` laid out on several lines (a date
or byline set inside it) agrees through the line the declared titles hold.
Whatever follows a `` | `` is a section or site name: headlines do not use the
bar, titles for search engines string their parts on it.
"""

import html
import re

SEPARATOR = re.compile(r"\s+[|\-–—:·•»/]\s+|\s*\|\s*")
BAR = " | "
NON_WORD = re.compile(r"\W+")
MAX_HEADLINE_WORDS = 30
# An <h1> no declared title agrees with is the headline only if it has this many words.
MIN_LONE_HEADING_WORDS = 3


def choose_title(headings: list[list[str]], declared: list[str], site_names: set[str]) -> str:
    """Pick the headline from ``<h1>`` texts (each as its lines) and declared titles (in order of trust)."""
    declared = [tidy(title) for title in declared if title and tidy(title)]
    stripped = [strip_site_name(title, site_names) for title in declared]
    readings = [_readings(lines, site_names) for lines in headings]
    readings = [texts for texts in readings if texts]
    agreed = next((text for texts in readings for text in texts if _agrees(text, declared + stripped)), None)
    heading = readings[0][0] if readings else ""
    if stripped and len(heading.split()) < MIN_LONE_HEADING_WORDS:
        heading = ""  # a section's label ("Webcams", "Our blog"), not a headline
    chosen = agreed or heading or (stripped[0] if stripped else "")
    return _before_bar(chosen)


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


def _readings(lines: list[str], site_names: set[str]) -> list[str]:
    """How an ``<h1>`` may read as a headline: all its lines as one, then each line on its own."""
    texts = [" ".join(lines)] + (lines if len(lines) > 1 else [])
    texts = [text for text in map(tidy, texts) if text and _plausible_heading(text, site_names)]
    return [strip_site_name(text, site_names, leading=False) for text in texts]


def _before_bar(title: str) -> str:
    head = title.split(BAR, 1)[0]
    return head if len(head.split()) > 1 else title


def _plausible_heading(heading: str, site_names: set[str]) -> bool:
    key = _key(heading)
    is_site = any(key == name or (len(name) > 3 and key in name) for name in site_names)
    return not is_site and len(heading.split()) <= MAX_HEADLINE_WORDS


def _agrees(heading: str, titles: list[str]) -> bool:
    folded = heading.casefold()
    return any(folded in title.casefold() for title in titles)
