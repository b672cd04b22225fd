"""Host names and outlet names: which part of a host names the site, and whether a name agrees with it."""

import re
from urllib.parse import urlsplit

from ..folding import fold_accents

# Labels that say nothing about which site it is: www.wired.com is wired.com.
GENERIC_LABELS = {"www", "www2", "www3", "m", "mobile", "amp", "edition", "en", "english", "news", "blog"}
# Second-level labels of country domains (co.uk, com.au, ne.jp): the name is the label before them.
SUFFIX_LABELS = {"com", "co", "org", "net", "ac", "gov", "edu", "or", "ne", "go", "gv", "info", "nic", "mil"}
DOMAIN_NAME = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# "https://web.archive.org/web/20190127131100/https://www.rt.com/news/…": the page archived is rt.com's.
ARCHIVED = re.compile(r"^https?://(?:web\.)?archive\.org/web/[^/]+/(https?://.+)$", re.IGNORECASE)
COMPANY_WORDS = {
    "inc",
    "llc",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "plc",
    "gmbh",
    "ag",
    "bv",
    "pty",
    "co",
}


def site_host(url: str | None) -> str | None:
    """The host of ``url`` without the labels that do not name the site (``www.``, ``m.``, ``amp.``)."""
    if not url:
        return None
    archived = ARCHIVED.match(url.strip())
    if archived:  # a web archive's copy is the original site's page
        url = archived.group(1)
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if "." not in host or host.replace(".", "").isdigit() or host.endswith((".local", ".localhost")):
        return None
    while host.split(".", 1)[0] in {"www", "www2", "www3", "m", "mobile", "amp"} and host.count(".") > 1:
        host = host.split(".", 1)[1]
    return host


def naming_labels(host: str) -> list[str]:
    """The labels of ``host`` that can name the site: ``news.bbc.co.uk`` -> ``["bbc"]``."""
    parts = host.lower().split(".")[:-1]  # the top-level domain names no site
    if len(parts) > 1 and parts[-1] in SUFFIX_LABELS:
        parts = parts[:-1]
    return [re.sub(r"[^a-z0-9]", "", part) for part in parts if part not in GENERIC_LABELS and part]


def name_words(name: str) -> list[str]:
    """Lower-case words of a name, accents folded: "Condé Nast" -> ["conde", "nast"]."""
    return re.findall(r"[a-z0-9]+", fold_accents(name.casefold()).replace("&", " and "))


def name_key(name: str) -> str:
    """What spellings of one site share: "Wired", "WIRED", "wired.com", "Wired Inc." -> "wired"."""
    name = name.strip()
    if DOMAIN_NAME.match(name):
        labels = naming_labels(name.lower())
        return labels[-1] if labels else name.lower()
    words = name_words(name)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in COMPANY_WORDS:  # "Envy Design Co." is "Envy Design"
        words = words[:-1]
    return "".join(words)


def looks_like_domain(name: str) -> bool:
    return DOMAIN_NAME.match(name.strip()) is not None


def agrees(name: str, host: str, fully: bool = False) -> bool:
    """Whether ``name`` can be the name of the site at ``host``.

    It agrees when its words squeezed together are, or hold, or sit inside, one of the
    host's naming labels ("Wired" and wired.com, "The Motley Fool" and fool.com), or when
    their initials, alone or followed by the last words, spell it ("Deutsche Welle" and
    dw.com, "Los Angeles Times" and latimes.com). ``fully`` leaves out names that are only
    part of a label ("Cyber Security" for gabrielcybersecurity.com).
    """
    words = [word for word in name_words(name) if word not in COMPANY_WORDS]
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    squeezed = "".join(words)
    if not squeezed:
        return False
    for label in naming_labels(host):
        if squeezed == label or _spells_words(label, words) or not fully and _holds(label, squeezed):
            return True
        initials = [
            _initials_then_words(w, i)
            for w in (words, _without_small_words(words))
            for i in range(1, len(w) + 1)
        ]
        if len(label) >= 2 and label in initials:
            return True
    return False


def _without_small_words(words: list[str]) -> list[str]:
    """ "Virginia Institute of Marine Science" is vims: small words get no initial."""
    return [word for word in words if word not in {"of", "the", "and", "for", "a", "de", "du", "la"}] or words


def _spells_words(label: str, words: list[str]) -> bool:
    """Whether whole consecutive words spell the label: "BBC News" and bbc, not "Bureaus" and usa."""
    return len(label) >= 3 and any(
        "".join(words[start:end]) == label
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
    )


def _holds(longer: str, shorter: str) -> bool:
    return len(shorter) >= 3 and shorter in longer


def _initials_then_words(words: list[str], cut: int) -> str:
    return "".join(word[0] for word in words[:cut]) + "".join(words[cut:])


def readable_name(host: str, texts) -> str:
    """A name for the site at ``host`` as the page spells it, else the host itself.

    ``deccanherald.com`` becomes "Deccan Herald" only when one of ``texts`` writes
    those words; a name is never made up from a domain.
    """
    labels = naming_labels(host)
    if not labels:
        return host
    label = labels[-1]
    for text in texts:
        found = _spelled(label, text or "")
        if found:
            return found
    return host


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _spelled(label: str, text: str) -> str | None:
    """A run of capitalised words in ``text`` whose letters, squeezed, are ``label``."""
    words = list(re.finditer(r"[^\W_][\w'’&.-]*", text))
    for start in range(len(words)):
        squeezed = ""
        for end in range(start, min(start + 6, len(words))):
            squeezed += "".join(name_words(words[end].group()))
            if not label.startswith(squeezed):
                break
            if squeezed == label and end > start:
                phrase = text[words[start].start() : words[end].end()]
                if all(_capitalised(word.group()) for word in words[start : end + 1]):
                    return phrase
    return None
