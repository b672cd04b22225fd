"""What each endpoint takes and returns, served at /api/ so the API documents itself."""

PAGINATION = (
    "Lists return {count, next, results}, ordered by id. Pass ?after=<id of the last result>&limit=<1-200> "
    "(default 50), or follow next; ids are stable, so pages do not shift while the archive grows."
)
CSV = "Add format=csv to any list (and to search) to download every matching row as CSV."

ARTICLE_FIELDS = {
    "id": "stable numeric id",
    "url": "canonical page, /<outlet>/<yyyy>/<mm>/<dd>/<slug>/",
    "title": "headline",
    "outlet": "{id, name, slug, url}, or null when the outlet is unknown",
    "published_on": "calendar day as printed (YYYY-MM-DD), or null",
    "published_at": "exact time in the outlet's UTC offset (ISO 8601), or null when only the day is known "
    "or the time's zone is not",
    "published_local": "day and time as printed (ISO 8601 without offset) when the outlet's time zone is "
    "unknown: a local time, not UTC; else null",
    "byline": "author as printed",
    "credit": "agency credits, such as (Reuters, AFP) or AP for a wire story; the outlet is the site "
    "that published it",
    "tags": "list of tags",
    "language": "language code such as en",
    "source_url": "address the page was taken from, when known",
    "updated_at": "last change in the archive (UTC)",
}
ARTICLE_DETAIL_FIELDS = ARTICLE_FIELDS | {
    "body": "clean text, paragraphs separated by a blank line",
    "quotes": (
        "quotations in the body: "
        "{id, text, kind, start, end, speaker, speaker_as_written, unnamed_source, role}"
    ),
}
SPEAKER_FIELDS = {
    "id": "stable numeric id",
    "url": "speaker page",
    "name": "name",
    "kind": "person, organization or unknown",
    "role": "role or description as reported",
    "aliases": "other spellings seen",
    "quote_count": "published quotations",
}
QUOTE_FIELDS = {
    "id": "stable numeric id",
    "url": "the quotation marked in its article",
    "text": "the words inside the quotation marks",
    "kind": "direct or partial",
    "start": "character offset in the article body, or null",
    "end": "end offset (exclusive), or null",
    "speaker": "{id, name, url}, or null when unattributed",
    "speaker_as_written": "the name as the article wrote it, also where it names no speaker the archive "
    "files quotations under (a bare surname)",
    "unnamed_source": "a source the article describes without naming it (“a senior official”), or empty",
    "role": "the speaker's role as this article gave it",
    "article": "{id, title, url}",
    "outlet": "{id, name, slug, url}, or null",
    "published_on": "the article's day, or null",
}

ENDPOINTS = {
    "articles": {
        "parameters": {
            "outlet": "outlet slug",
            "credit": "agency named in the credit, such as AP or Reuters",
            "since": "YYYY-MM-DD",
            "until": "YYYY-MM-DD",
            "language": "code",
        },
        "fields": ARTICLE_FIELDS,
        "detail": "/api/articles/<id>/ adds "
        + ", ".join(sorted(ARTICLE_DETAIL_FIELDS.keys() - ARTICLE_FIELDS.keys())),
    },
    "speakers": {
        "parameters": {"kind": "person, organization or unknown"},
        "fields": SPEAKER_FIELDS,
        "detail": "/api/speakers/<id>/",
    },
    "quotes": {
        "parameters": {
            "speaker": "speaker id",
            "article": "article id",
            "outlet": "outlet slug",
            "year": "YYYY",
        },
        "fields": QUOTE_FIELDS,
        "detail": "/api/quotes/<id>/",
    },
    "search": {
        "parameters": {"q": "search words, as on the search page", "page": "result page, from 1"},
        "fields": ARTICLE_FIELDS | {"snippet_html": "escaped excerpt with matches in <mark>"},
        "detail": "returns {query, count, page, num_pages, next, results}, best match first",
    },
}
