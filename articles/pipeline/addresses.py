"""Addresses as pages give them: read without ever failing on a malformed one.

``urllib.parse`` raises ValueError on addresses such as ``http://[broken/x`` (an
unclosed IPv6 bracket) or a port that is not a number; a page's link is the
page's word, not ours, so a malformed one reads as no address at all.
"""

from urllib.parse import SplitResult, urljoin, urlsplit


def split_url(url: str | None) -> SplitResult | None:
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    return parts


def url_host(url: str | None) -> str:
    parts = split_url(url)
    return (parts.hostname or "") if parts else ""


def join_url(base: str | None, link: str) -> str | None:
    try:
        return urljoin(base, link) if base else link
    except ValueError:
        return None
