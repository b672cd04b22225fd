"""Turning what a user typed into a Whoosh query, never into an error.

The syntax is the one researchers know from Media Cloud and web search: words (all must match),
"exact phrases", AND / OR / NOT, -exclusion, parentheses, prefix* and the field prefixes
``title:``, ``outlet:``, ``speaker:`` and ``quote:``. Anything else (colons, dots, slashes,
hyphens inside words, stray quotes or parentheses) is ordinary text. When the parser cannot make
sense of a query, its words are searched as plain words.
"""

import re
from dataclasses import dataclass, field

from whoosh import qparser, query
from whoosh.qparser import plugins

from .typed import matches_everything, normalise, within_limits

# Field names the query language accepts, and the index field each searches.
ARTICLE_FIELDS = {"title": "title", "outlet": "outlet", "speaker": "speakers"}
QUOTE_FIELDS = {**ARTICLE_FIELDS, "quote": "text"}
# What a word without a field prefix searches in quotation mode: what was said, or who said it.
QUOTE_DEFAULT_FIELDS = ["text", "said_by"]
# A minus (or plus) is an operator only where a word starts: "pro-Russian" and "2+2" are text.
EXCLUSION = re.compile(r"(?:(?<=^)|(?<=[\s(]))-(?=[\w\"(])")
REDUNDANT_PLUS = re.compile(r"(?:(?<=^)|(?<=[\s(]))\+(?=[\w\"(])")


class ArchiveQueryParser(qparser.QueryParser):
    """Whoosh's parser with the archive's syntax: no wildcards inside words, no ranges, no boosts."""

    def __init__(self, schema, field_names, default_fields=("text",)):
        several = len(default_fields) > 1
        super().__init__(None if several else default_fields[0], schema, group=qparser.AndGroup)
        for plugin_class in (
            plugins.WildcardPlugin,
            plugins.SingleQuotePlugin,
            plugins.RangePlugin,
            plugins.BoostPlugin,
            plugins.EveryPlugin,
            plugins.FieldsPlugin,
            plugins.PlusMinusPlugin,
        ):
            self.remove_plugin_class(plugin_class)
        names = "|".join(field_names)
        self.add_plugins(
            [
                plugins.FieldsPlugin(expr=rf"(?<![\w:])(?P<text>{names}):(?=\S)", remove_unknown=True),
                plugins.FieldAliasPlugin({index: [name] for name, index in field_names.items()}),
                plugins.PrefixPlugin(),
            ]
        )
        if several:
            self.add_plugin(plugins.MultifieldPlugin(default_fields))

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        # The text fields hold stems, and a stem is not always a prefix of its words (negotiat* would
        # miss "negotiations", stemmed "negoti"). So a prefix names the field's unstemmed spelling
        # words, which engine.runnable() expands into the stems of the words that start with it.
        if termclass is query.Prefix and fieldname in self.schema:
            field = self.schema[fieldname]
            if field.separate_spelling():
                return _spelling_prefix(field, fieldname, text, boost)
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)

    def multitoken_query(self, spec, texts, fieldname, termclass, boost):
        # One typed word that analyses into several ("pro-Russian", "U.N.-backed") is a phrase.
        return self.phraseclass(fieldname, texts, boost=boost)


def _spelling_prefix(field, fieldname, text, boost):
    words = [token.text for token in field.analyzer(text, mode="query", tokenize=False, no_morph=True)]
    return query.Prefix(field.spelling_fieldname(fieldname), words[0], boost=boost) if words else None


@dataclass(frozen=True)
class ParsedQuery:
    query: query.Query
    plain: bool  # True when the syntax was given up and the words searched as plain words
    notices: tuple[str, ...] = field(default=())  # what the limits left out (within_limits)


def parse(text: str, schema, *, quotes: bool = False) -> ParsedQuery:
    """The Whoosh query for what a user typed, within the limits; plain words when the syntax fails."""
    text, notices = within_limits(normalise(text))
    parsed = _parse(text, schema, quotes)
    return ParsedQuery(parsed.query, parsed.plain, notices) if notices else parsed


def _parse(text: str, schema, quotes: bool) -> ParsedQuery:
    if matches_everything(text):
        return ParsedQuery(query.Every(), plain=False)
    if quotes:
        parser = ArchiveQueryParser(schema, QUOTE_FIELDS, _present(QUOTE_DEFAULT_FIELDS, schema))
    else:
        parser = ArchiveQueryParser(schema, ARTICLE_FIELDS)
    try:
        parsed = parser.parse(with_operators_spelled_out(text)).normalize()
    except Exception:  # Whoosh's parser has corners that raise ("NOT NOT a"); a query box must not.
        parsed = query.NullQuery
    if parsed is query.NullQuery:
        words = plain_words(text, schema)
        return ParsedQuery(words, plain=words is not query.NullQuery)
    return ParsedQuery(parsed, plain=False)


def _present(field_names, schema) -> list[str]:
    # An index built before a field existed is searched without it until it is rebuilt.
    return [name for name in field_names if name in schema]


def with_operators_spelled_out(text: str) -> str:
    """-word means NOT word (alone too: everything without it); +word is just word."""
    return REDUNDANT_PLUS.sub("", EXCLUSION.sub("NOT ", text))


def plain_words(text: str, schema) -> query.Query:
    """Every word of ``text`` required, each analysed the way the index was."""
    analyzer = schema["text"].analyzer
    terms = [query.Term("text", token.text) for token in analyzer(text, mode="query")]
    return query.And(terms).normalize() if terms else query.NullQuery
