"""Small web pages written for the HTML tests."""

PARAGRAPHS = (
    "Russian Foreign Minister Sergei Lavrov met his Japanese counterpart on Monday to discuss a plan "
    "to end the dispute over four islands that both countries claim.",
    "The talks revolve around the islands Moscow calls the Kuril Islands and Tokyo its Northern "
    "Territories, seized by Soviet troops at the end of the Second World War.",
    "Officials on both sides said they expected no breakthrough this year, but described the "
    "atmosphere as constructive and promised to meet again before the summer.",
)


def page(*, head: str = "", article: str = "", lang: str = "en", before: str = "", after: str = "") -> str:
    """A news page with navigation, an article and a footer; ``article`` defaults to three paragraphs."""
    article = article or "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">{head}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>{before}<article>{article}</article>{after}</main>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity chef opens new restaurant</a></li>
<li><a href="/b">Ten tips for a better garden</a></li></ul></aside>
<footer><p>Copyright 2024 The Daily Planet. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>"""


MORE_PARAGRAPHS = (
    "Japan wants the four islands back before a peace treaty is signed, while Russia says it won them "
    "fairly in the war.",
    "The two countries have never signed a peace treaty formally ending the Second World War because "
    "of the dispute.",
    "Prime Minister Shinzo Abe has made a settlement a priority and has met President Vladimir Putin "
    "many times.",
    "Analysts expect any deal to involve the return of only the two smaller islands to Japanese control.",
)


def article_with(insert: str) -> str:
    """A long article with ``insert`` between its first and second paragraphs."""
    rest = PARAGRAPHS[1:] + MORE_PARAGRAPHS
    return f"<p>{PARAGRAPHS[0]}</p>{insert}" + "".join(f"<p>{text}</p>" for text in rest)
