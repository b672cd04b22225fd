"""Haystack's Whoosh engine, adapted where the archive needs it to behave differently."""

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend


class DispatchesWhooshBackend(WhooshSearchBackend):
    pass


class DispatchesWhooshEngine(WhooshEngine):
    backend = DispatchesWhooshBackend
