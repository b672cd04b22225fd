"""Loading parsed articles into the database and the search index.

The pure parsing lives in ``articles.pipeline``; this package walks files,
upserts what the pipeline returns, and hands changed articles to the indexer.
"""
