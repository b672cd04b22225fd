"""JSON Lines exports from news APIs and scrapers: one article per line.

Accepted fields (the first present of each group is used):

- content: ``body`` (a clean article body, taken as is), else ``html`` (a page,
  extracted like an HTML file), else ``text`` (a page dump, read by the
  text-dump rules), also ``content``
- ``url`` / ``link``: the article's address
- ``title`` / ``headline``
- ``published`` / ``date`` / ``published_at`` / ``publishedAt`` / ``datePublished`` / ``pubDate``
- ``outlet`` / ``source`` / ``publisher`` / ``site_name``: a name, or an object with a ``name``;
  given, it wins over the outlet signatures
- ``author`` / ``byline`` / ``authors`` (a name or a list of names)
- ``language`` / ``lang``
- ``tags`` / ``keywords`` (a list, or a comma-separated string)

Fields given in the record win over what extraction finds in ``html`` or ``text``.
"""

import codecs
import json
import logging

from ..article import build_article
from ..dates import parse_date
from ..decoding import decode
from ..language import detect_language
from ..limits import DEFAULT_LIMITS, check_text, size_of
from ..records import ParseError, ParseFailure, internal_error
from ..sites import site_of_dump
from ..textdump import TextExtraction
from ..textdump import extract as extract_from_dump
from .html import page_article
from .lines import TOO_LONG, lines_of

CONTENT_FIELDS = ("body", "html", "text", "content")
URL_FIELDS = ("url", "link")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "published_at", "publishedAt", "datePublished", "pubDate")
OUTLET_FIELDS = ("outlet", "source", "publisher", "site_name")
AUTHOR_FIELDS = ("author", "byline", "authors")
LANGUAGE_FIELDS = ("language", "lang")
TAG_FIELDS = ("tags", "keywords")

log = logging.getLogger(__name__)


def read(stream, name, signatures, limits):
    """Each line a record, read one at a time: a bad line (too long, undecodable, not JSON) fails alone."""
    found = False
    for number, line in enumerate(lines_of(stream, limits.page_bytes), 1):
        found = found or line is TOO_LONG or bool(line.strip())
        if line is TOO_LONG:
            reason = f"line {number}: too large: the line holds more than {size_of(limits.page_bytes)}"
            yield ParseFailure(source=name, record_id=str(number), reason=reason)
        elif line.strip():
            yield _line_item(line, number, name, signatures, limits)
    if not found:
        raise ParseError("the file is empty")


def _line_item(line, number, name, signatures, limits):
    try:
        return record_article(_text_of(line, number), number, name, signatures, limits)
    except ParseError as error:
        return ParseFailure(source=name, record_id=str(number), reason=f"line {number}: {error}")
    except Exception as error:  # a pipeline bug on one record must not lose the file's others
        log.exception("Parsing line %s of %s failed", number, name)
        reason = f"line {number}: {internal_error(error)}"
        return ParseFailure(source=name, record_id=str(number), reason=reason)


def _text_of(line: bytes | str, number: int) -> str:
    if isinstance(line, str):
        return line
    if number == 1:
        line = line.removeprefix(codecs.BOM_UTF8)
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode(line)


def record_article(line: str, number: int, source: str, signatures, limits=DEFAULT_LIMITS):
    record = _load(line)
    kind, content = _content(record)
    overrides = _overrides(record)
    url, outlet = _text(record, URL_FIELDS), _name(record, OUTLET_FIELDS)
    common = dict(source=source, signatures=signatures, record_id=str(number), outlet=outlet)
    if kind == "html":
        article = page_article(content, url=url, overrides=overrides, limits=limits, **common)
        article.raw = line
        return article
    check_text(content, limits, f"the record's {kind}")
    extraction = TextExtraction(body=content.strip()) if kind == "body" else extract_from_dump(content)
    for field, value in overrides.items():
        setattr(extraction, field, value)
    if extraction.language is None:
        extraction.language = detect_language(extraction.body)
    dump = content if kind == "text" else ""
    site = site_of_dump(dump, extraction.body, signatures, url=url) if dump or url else None
    return build_article(extraction, raw=line, source_url=url, site=site, **common)


def _load(line: str) -> dict:
    try:
        record = json.loads(line)
    except ValueError as error:
        raise ParseError(f"not valid JSON ({error})") from error
    except RecursionError as error:
        raise ParseError("not readable JSON: nested too deeply") from error
    if not isinstance(record, dict):
        raise ParseError("expected a JSON object")
    return record


def _content(record: dict) -> tuple[str, str]:
    for field in CONTENT_FIELDS:
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            if field == "content":
                return ("html" if "<" in value and ">" in value else "body"), value
            return field, value
    raise ParseError(f"no article content: expected one of the fields {', '.join(CONTENT_FIELDS[:3])}")


def _overrides(record: dict) -> dict:
    overrides = {}
    if title := _text(record, TITLE_FIELDS):
        overrides["title"] = " ".join(title.split())
    if published := _field(record, DATE_FIELDS):
        overrides["published"] = _date(*published)
    if authors := _names(record, AUTHOR_FIELDS):
        overrides["byline"] = ", ".join(authors)
    if language := _text(record, LANGUAGE_FIELDS):
        overrides["language"] = language.strip().lower().replace("_", "-").split("-")[0]
    if tags := _names(record, TAG_FIELDS):
        overrides["tags"] = [tag.strip() for value in tags for tag in value.split(",") if tag.strip()]
    return overrides


def _date(field: str, value: str):
    published = parse_date(value)
    if published is None:
        raise ParseError(f"the field {field!r} is not a date: {value!r}")
    return published


def _text(record: dict, fields: tuple[str, ...]) -> str | None:
    found = _field(record, fields)
    return found[1] if found else None


def _field(record: dict, fields: tuple[str, ...]) -> tuple[str, str] | None:
    for field in fields:
        value = record.get(field)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return field, str(value).strip()
    return None


def _name(record: dict, fields: tuple[str, ...]) -> str | None:
    names = _names(record, fields)
    return names[0] if names else None


def _names(record: dict, fields: tuple[str, ...]) -> list[str]:
    for field in fields:
        names = _names_in(record.get(field))
        if names:
            return names
    return []


def _names_in(value) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return _names_in(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names_in(item)]
    return []
