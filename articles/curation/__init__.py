"""What curators do to the archive, as plain functions the admin calls and tests exercise directly.

Every function here changes the database only; the caller sends the affected
articles to the search index (``articles.search.reindex_on_commit``).
"""
