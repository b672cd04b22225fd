"""Small page dumps written for the text-dump tests: menus, a headline, a date line, paragraphs, a footer."""

MENU = ["Home", "World", "Business", "Opinion", "Sport", "Search", "Log in"]
HEADLINE = "Russia and Japan agree to speed up peace treaty talks"
PARAGRAPHS = [
    "Russian Foreign Minister Sergei Lavrov met his Japanese counterpart on Monday to discuss a plan to end "
    "the long dispute over four islands that both countries claim.",
    "The talks revolve around the islands Moscow calls the Kuril Islands and Tokyo its Northern Territories, "
    "seized by Soviet troops at the end of the Second World War.",
    "Officials on both sides said they expected no breakthrough this year, but described the atmosphere as "
    "constructive and promised to meet again before the summer.",
    "Japan has long insisted that the question of the islands must be settled before a treaty can be signed, "
    "while Moscow wants the treaty first and the islands discussed later.",
    "Analysts in Tokyo said the two leaders had invested too much in the process to let it fail, even if the "
    "positions of the two sides remain far apart.",
]
FOOTER = ["About us", "Contact", "Terms of use", "© 2019 The Daily Planet"]


def dump(*, headline=HEADLINE, date_line="27 Jan, 2019 13:11", paragraphs=PARAGRAPHS, inserts=None, tail=()):
    """A page dump; ``inserts`` maps a paragraph number to lines placed right after that paragraph."""
    inserts = inserts or {}
    lines = [*MENU, date_line, headline, ""]
    for number, paragraph in enumerate(paragraphs):
        lines += [paragraph, ""]
        lines += inserts.get(number, [])
    return "\n".join([*lines, *tail, *FOOTER])


def paragraphs_of(body: str) -> list[str]:
    return [" ".join(part.split()) for part in body.split("\n\n") if part.strip()]
