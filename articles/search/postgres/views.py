"""A view of the PostgreSQL search data: what the service caches a page's answers under.

The database answers every search, so a view holds no data: only the generation it stands for
and what the service remembered of it. Each write moves ``SearchState.generation`` on in its
transaction, whichever machine made it, and the next search of every process then starts a new,
empty view (one small read a request; nothing is loaded).
"""

import threading
from dataclasses import dataclass, field

from .state import read, tables_exist


@dataclass
class PostgresView:
    generation: tuple
    cache: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Views:
    """The current view of this process, started again once the generation moved on."""

    def __init__(self):
        self._current = None
        self._lock = threading.Lock()

    def current(self) -> PostgresView | None:
        if not tables_exist():
            return None
        generation = read()[0]
        with self._lock:
            if self._current is None or self._current.generation != generation:
                self._current = PostgresView(generation)
            return self._current
