"""Schema.org JSON-LD blocks: the article object a page declares about itself."""

import json
import re

SCRIPTS = "//script[@type='application/ld+json']"
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "techarticle",
    "scholarlyarticle",
    "report",
    "review",
    "satiricalarticle",
    "advertisercontentarticle",
}
PAGE_TYPES = {"webpage", "itempage", "collectionpage", "aboutpage", "faqpage", "qapage", "medicalwebpage"}
WRAPPERS = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def declared_objects(tree) -> list[dict]:
    """Every JSON object in the page's JSON-LD, ``@graph`` members and nested lists flattened."""
    objects: list[dict] = []
    for script in tree.xpath(SCRIPTS):
        data = _load(script.text or "")
        if data is not None:
            _flatten(data, objects)
    return objects


def article_object(objects: list[dict]) -> dict | None:
    """The object describing the article: an Article type first, a WebPage as a stand-in."""
    for wanted in (ARTICLE_TYPES, PAGE_TYPES):
        for obj in objects:
            if _types(obj) & wanted:
                return obj
    return None


def _load(text: str):
    text = CONTROL_CHARACTERS.sub(" ", WRAPPERS.sub("", text.strip()))
    try:
        return json.loads(text)
    except ValueError:
        return None


def _flatten(data, objects: list[dict]) -> None:
    if isinstance(data, list):
        for item in data:
            _flatten(item, objects)
    elif isinstance(data, dict):
        objects.append(data)
        if "@graph" in data:
            _flatten(data["@graph"], objects)
        if isinstance(data.get("mainEntity"), dict):
            _flatten(data["mainEntity"], objects)


def _types(obj: dict) -> set[str]:
    declared = obj.get("@type", ())
    if isinstance(declared, str):
        declared = (declared,)
    return {str(kind).rsplit("/", 1)[-1].lower() for kind in declared if kind}


def text_of(value) -> str | None:
    """A plain string from a JSON-LD value that may be a string, an object with a name, or a list."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@value"))
    if isinstance(value, list):
        return next((text for item in value if (text := text_of(item))), None)
    return None


def names_of(value) -> list[str]:
    """Every name in a JSON-LD value (authors, keywords): strings, objects with a name, lists of either."""
    if isinstance(value, list):
        return [name for item in value for name in names_of(item)]
    text = text_of(value)
    return [text] if text else []
