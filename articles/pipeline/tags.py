"""An article's tags as a reader would use them: a site's own plumbing left out.

Publishing systems put their machinery among the keywords a page declares: placement flags
(``megaphone_top``, "A Wire"), key-value settings (``displayType: listicle``, ``contentId: 15cd…``),
ids and paths. Shown as tags they are noise and found by nobody; the raw input the article keeps
still holds them.
"""

import re

# Identifiers with underscores: megaphone_top, channel_other, _syndication_noshow.
UNDERSCORED = re.compile(r"_")
# A setting, key: value, whose key is an identifier (lower case first, camelCase or a handle):
# "locale: US", "contentId: 15cd…", "source:tagname:CNBC Source", "@post-id:1913719".
# A heading's label stays: "Ukraine: the war", "COVID-19: vaccines", "Things to do: Classes".
SETTING = re.compile(r"^(?:[@#]?[a-z][\w.-]*|[A-Za-z]*[a-z][A-Z][\w.-]*)\s*:")
# Ids: a number of five digits or more, a UUID or a long hexadecimal run.
IDENTIFIER = re.compile(r"^\d{5,}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-|\b[0-9a-f]{16,}\b", re.I)
# Paths and handles: /article, @river.
PATH_OR_HANDLE = re.compile(r"^[/@]")
# A wire service's priority flag ("A Wire", "B Wire").
WIRE_FLAG = re.compile(r"^[a-z] wire$", re.I)
# One run-together token this long is a layout or campaign code (textbelowcenterfullbleed), not a word.
RUN_TOGETHER = re.compile(r"^[^\s-]{20,}$")
VALUES = frozenset({"true", "false", "null", "none", "undefined", "nan"})

PLUMBING = (UNDERSCORED, SETTING, IDENTIFIER, PATH_OR_HANDLE, WIRE_FLAG, RUN_TOGETHER)


def readable_tags(tags) -> list[str]:
    """``tags`` without the publishing system's plumbing and repeats, in their order."""
    kept = (tag.strip() for tag in tags)
    return list(dict.fromkeys(tag for tag in kept if tag and not is_plumbing(tag)))


def is_plumbing(tag: str) -> bool:
    return tag.casefold() in VALUES or any(pattern.search(tag) for pattern in PLUMBING)
