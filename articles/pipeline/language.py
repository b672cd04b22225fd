"""Language of an article body, by py3langid's bundled model (no downloads)."""

import py3langid

MIN_CHARACTERS = 40


def detect_language(text: str) -> str | None:
    """Return an ISO 639-1 code for ``text``, or None when it is too short to tell."""
    sample = text[:2000]
    if len(sample.strip()) < MIN_CHARACTERS:
        return None
    code, _score = py3langid.classify(sample)
    return code
