"""PostgreSQL full-text search: the archive's second engine, for archives that outgrow one machine.

The search data lives in the database itself (models.py), written in the same transaction as the
article (writer.py), so any number of web machines share it and its streaming replicas. Text is
analysed in Python exactly as the Whoosh index analyses it (analysis.py) and handed to PostgreSQL
as ready-made ``tsvector`` values: both engines find the same documents for the same terms.
"""

from .adapter import PostgresEngine

__all__ = ["PostgresEngine"]
