"""Text folding used when matching corpus gold against dump lines while training."""

# Gold files straighten typographic quotes and dashes; a dump keeps them as published.
TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})


def folded(text: str) -> str:
    return " ".join(text.translate(TYPOGRAPHY).split()).casefold()
