"""Results remembered per snapshot: an index generation never changes, so neither does what it answers."""

from collections import OrderedDict

from .engines import Snapshot

CACHE_ENTRIES = 256
MISSING = object()


def _lru(snapshot: Snapshot) -> OrderedDict:
    return snapshot.cache.setdefault("lru", OrderedDict())


def peek(snapshot: Snapshot, key):
    """The remembered value for ``key``, or ``MISSING``."""
    cache = _lru(snapshot)
    with snapshot.lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    return MISSING


def store(snapshot: Snapshot, key, value):
    cache = _lru(snapshot)
    with snapshot.lock:
        cache[key] = value
        while len(cache) > CACHE_ENTRIES:
            cache.popitem(last=False)
    return value


def cached(snapshot: Snapshot, key, compute):
    """``compute()``, remembered for this snapshot."""
    value = peek(snapshot, key)
    return store(snapshot, key, compute()) if value is MISSING else value
