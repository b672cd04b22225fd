"""The CSV columns of each list, flattened from the API's fields."""

from collections.abc import Callable
from dataclasses import dataclass

ARTICLE_COLUMNS = [
    "id", "url", "title", "outlet", "published_on", "published_at", "published_local",
    "byline", "credit", "tags", "language", "source_url",
]  # fmt: skip
SPEAKER_COLUMNS = ["id", "url", "name", "kind", "role", "aliases", "quote_count"]
QUOTE_COLUMNS = [
    "id", "url", "text", "kind", "speaker_id", "speaker", "speaker_as_written", "unnamed_source", "role",
    "article_id", "article_url", "article_title", "outlet", "published_on",
]  # fmt: skip


def article_row(fields: dict) -> list:
    flat = fields | {"outlet": _name(fields["outlet"]), "tags": "; ".join(fields["tags"])}
    return [flat[column] for column in ARTICLE_COLUMNS]


def speaker_row(fields: dict) -> list:
    flat = fields | {"aliases": "; ".join(fields["aliases"])}
    return [flat[column] for column in SPEAKER_COLUMNS]


def quote_row(fields: dict) -> list:
    speaker, article = fields["speaker"] or {}, fields["article"]
    flat = fields | {
        "speaker_id": speaker.get("id"),
        "speaker": speaker.get("name", ""),
        "article_id": article["id"],
        "article_url": article["url"],
        "article_title": article["title"],
        "outlet": _name(fields["outlet"]),
    }
    return [flat[column] for column in QUOTE_COLUMNS]


def _name(outlet):
    return outlet["name"] if outlet else ""


@dataclass(frozen=True)
class CsvRows:
    columns: list[str]
    row: Callable[[dict], list]


ARTICLES = CsvRows(ARTICLE_COLUMNS, article_row)
SPEAKERS = CsvRows(SPEAKER_COLUMNS, speaker_row)
QUOTES = CsvRows(QUOTE_COLUMNS, quote_row)
