"""Wire copy: the news agency a story came from is its credit, never its outlet.

A newspaper's site running an AP story is still the newspaper's page; the agency shows
in the dateline ("HOUSTON (AP) —"), in the byline ("By The Associated Press") or in a
credit line ("ls/rt (Reuters, AFP)"). A photo credit ("(AP Photo/Evan Vucci)",
"Bloomberg/Getty Images") says who took a picture, not who wrote the story.
"""

import re

AGENCIES = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "TASS": ("TASS",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Xinhua": ("Xinhua",),
    "Interfax": ("Interfax",),
    "dpa": ("dpa", "DPA"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Yonhap": ("Yonhap",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "RIA Novosti": ("RIA Novosti",),
    "Sputnik": ("Sputnik",),
    "UPI": ("UPI",),
    "Jiji": ("Jiji", "Jiji Press"),
    "Bloomberg": ("Bloomberg",),
    "CNA": ("CNA",),
}
_BY_SPELLING = {name.casefold(): agency for agency, names in AGENCIES.items() for name in names}
_SPELLINGS = [name for names in AGENCIES.values() for name in names]
_ALTERNATION = "|".join(sorted(map(re.escape, _SPELLINGS), key=len, reverse=True))
# "HOUSTON (AP) — ", "MOSCOW, March 21 (Reuters) - ", "TOKYO (Kyodo) -- ", "(AP) —" at the start.
DATELINE = re.compile(
    rf"^(?:[A-ZÀ-Ý][\w .,'’/-]{{0,60}}?\s)?"
    rf"\((?P<agencies>(?:{_ALTERNATION})(?:\s*[,/&]\s*(?:{_ALTERNATION}))*)\)\s*(?:[-–—]{{1,2}}|:)\s"
)
# A byline that is an agency: "By The Associated Press", "Reuters", "AFP staff", "AP Auto Writer".
BYLINE = re.compile(
    rf"^(?:by\s+)?(?P<agency>{_ALTERNATION})(?:\s+(?:staff|reporters?|wire)|\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:writer|correspondent|reporter|editor))?$",
    re.IGNORECASE,
)
DATELINE_REACH = 2  # paragraphs at the start of a story where its dateline sits


def wire_credit(body: str, byline: str | None = None, credit: str | None = None) -> str | None:
    """The agency credit of a story: a credit line the page printed, else its dateline's or byline's."""
    if credit:
        return credit
    agencies = _dateline_agencies(body) or _byline_agencies(byline)
    return ", ".join(dict.fromkeys(agencies)) or None


def _dateline_agencies(body: str) -> list[str]:
    for paragraph in body.split("\n\n")[:DATELINE_REACH]:
        match = DATELINE.match(paragraph.strip())
        if match:
            return [_BY_SPELLING[name.strip().casefold()] for name in re.split(r"[,/&]", match["agencies"])]
    return []


def _byline_agencies(byline: str | None) -> list[str]:
    agencies = []
    for name in re.split(r"\s*(?:,|\band\b|&)\s*", byline or ""):
        match = BYLINE.match(name.strip())
        if match:
            agencies.append(_BY_SPELLING[match["agency"].casefold()])
    return agencies
