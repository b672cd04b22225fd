"""Results remembered per view: a generation of the search data never changes, nor what it answers."""

from collections import OrderedDict

from .engines import View

CACHE_ENTRIES = 256
MISSING = object()


def _lru(snapshot: View) -> OrderedDict:
    return snapshot.cache.setdefault("lru", OrderedDict())


def peek(snapshot: View, key):
    """The remembered value for ``key``, or ``MISSING``."""
    cache = _lru(snapshot)
    with snapshot.lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    return MISSING


def store(snapshot: View, key, value):
    cache = _lru(snapshot)
    with snapshot.lock:
        cache[key] = value
        while len(cache) > CACHE_ENTRIES:
            cache.popitem(last=False)
    return value


def cached(snapshot: View, key, compute):
    """``compute()``, remembered for this view."""
    value = peek(snapshot, key)
    return store(snapshot, key, compute()) if value is MISSING else value
