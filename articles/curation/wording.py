"""Counts in curators' messages, in proper English: "1 article hidden.", "2 articles hidden."."""


def counted(number: int, singular: str, plural: str = "") -> str:
    """``number`` and the noun that agrees with it: ``counted(1, "quote")`` is "1 quote"."""
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"


def agreeing(number: int, singular: str, plural: str) -> str:
    """The verb or phrase that agrees with ``number``: ``agreeing(1, "has", "have")``."""
    return singular if number == 1 else plural
