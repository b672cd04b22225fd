"""A fix to Whoosh 2.7.4 (the release haystack tests against, no longer maintained).

``W3PerDocReader._cached_reader`` caches a segment's column readers but not the
answer "this field has no lengths column", so while a segment is written every
posting of an unscored field (our exact filter and facet fields) asks the file
system whether the column file exists: one ``stat`` per posting, about half the
time of indexing an article. A segment's files never change once written, so
the negative answer is cached like the positive one.
"""

from whoosh.codec import whoosh3


def _cached_reader(self, fieldname, column):
    try:
        return self._readers[fieldname]
    except KeyError:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
        return reader


def apply():
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
