"""The Whoosh engine: one index directory on this machine, written through haystack's Whoosh backend.

Everything here talks to Whoosh (or to haystack's Whoosh backend); the service in
``articles/search/`` reaches it only through ``WhooshEngine`` (adapter.py), the ``SearchEngine``
of engines.py. indexes.py holds haystack's ``SearchIndex`` definitions (``articles/search_indexes.py``
re-exports them, as haystack looks for that module by name), and the settings name backend.py's
engine for haystack.
"""

from .adapter import WhooshEngine

__all__ = ["WhooshEngine"]
