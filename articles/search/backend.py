"""Haystack's Whoosh engine, adapted where the archive needs it to behave differently."""

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend

from .index_lock import LockedWritesMixin


class DispatchesWhooshBackend(LockedWritesMixin, WhooshSearchBackend):
    pass


class DispatchesWhooshEngine(WhooshEngine):
    backend = DispatchesWhooshBackend
