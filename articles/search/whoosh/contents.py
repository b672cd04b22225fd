"""What the Whoosh index holds, by ids and stamps, for reconcile.py to compare with the database."""

from haystack import connections
from whoosh import index as whoosh_index

from ..engines import ARTICLE, QUOTE, IndexContents

COLUMNS = ("django_ct", "django_id", "article", "stamp")


def index_contents() -> IndexContents:
    """Ids and stamps of every live document, read from the index's columns (not its stored fields)."""
    path = connections["default"].get_backend().path
    contents = IndexContents()
    if not whoosh_index.exists_in(path):
        return contents
    with whoosh_index.open_dir(path).searcher() as searcher:
        reader = searcher.reader()
        if reader.doc_count_all() == 0:  # Whoosh's empty reader has no columns to read
            return contents
        for leaf, _offset in reader.leaf_readers():
            _read_leaf(leaf, contents)
    return contents


def _read_leaf(leaf, contents: IndexContents):
    columns = [_column(leaf, name) for name in COLUMNS]
    for docnum, (kind, pk, article, stamp) in enumerate(zip(*columns, strict=True)):
        if leaf.is_deleted(docnum) or not pk:
            continue
        if kind == ARTICLE:
            if int(pk) in contents.articles:
                contents.doubled_articles.add(int(pk))
            contents.articles[int(pk)] = stamp
        elif kind == QUOTE:
            doubled = int(pk) in contents.quotes  # no stamp then, so that the quotation is written again
            contents.quotes[int(pk)] = (int(article) if article else None, None if doubled else stamp)


def _column(leaf, name) -> list[str | None]:
    if name not in leaf.schema or not leaf.has_column(name):
        return [None] * leaf.doc_count_all()
    return [_text(value) for value in leaf.column_reader(name, translate=False)]


def _text(value):
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    return value or None
