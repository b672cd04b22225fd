"""``<meta>`` tags (Open Graph, ``article:*``, Dublin Core, Twitter) and ``<link rel>`` targets."""

from collections import defaultdict

KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")


def meta_values(tree) -> dict[str, list[str]]:
    """Every meta tag's content by its lower-cased key, in page order; a tag may carry several keys."""
    values: dict[str, list[str]] = defaultdict(list)
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attribute in KEY_ATTRIBUTES:
            for key in (meta.get(attribute) or "").lower().split():
                values[key].append(content)
    return values


def first(values: dict[str, list[str]], *keys: str) -> str | None:
    """The first value found under any of ``keys``, tried in the order given."""
    for key in keys:
        if values.get(key):
            return values[key][0]
    return None


def link_target(tree, rel: str) -> str | None:
    for link in tree.iter("link"):
        if rel in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None
