"""Turn annotated articles into ranking examples: each quotation's candidates, labelled.

A candidate is right when the speaker it would print names the annotated
source: the same words once case, punctuation and leading titles are dropped,
or the shorter a trailing part of the longer ("Lavrov" for "Sergei Lavrov").
"""

import difflib
import re
from dataclasses import dataclass

from articles.pipeline.quotes import walker_for
from articles.pipeline.quotes.lexicon import words
from articles.pipeline.quotes.ranking import Ranker
from articles.pipeline.quotes.ranking.features import nobody_features, nobody_key

WORD = re.compile(r"\w+(?:'\w+)*")
NAME_WORD = re.compile(r"[^\W_]+")
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": "'"})
LEADING_TITLES = frozenset(
    words(
        """
    mr mrs ms miss dr prof sir dame sen senator rep representative gov governor president vice secretary
    minister foreign prime gen general col lt adm rev the ambassador spokesman spokeswoman spokesperson
    chancellor premier king queen prince princess mayor judge justice former deputy
    """
    )
)
MATCHING_OVERLAP = 0.8
# Where an annotated source's head ends: "Pete Seat, an Indiana GOP consultant whose firm ...".
APPOSITION = re.compile(r",|\s(?:who|whose|which)\s")


@dataclass
class Example:
    article: str
    features: list[list[str]]  # per candidate
    labels: list[bool]  # names who spoke: what the model learns
    scored: list[bool]  # counts as right by the benchmark's rule: what accuracy reports
    speakers: list[str | None]
    gold_none: bool  # the annotation names nobody
    rule: str  # which hand-written rule proposed a speaker, "" for none


def name_words(name: str | None) -> list[str]:
    text = re.sub(r"'s\b", "", (name or "").translate(QUOTE_MARKS).lower())
    found = NAME_WORD.findall(text)
    while len(found) > 1 and found[0] in LEADING_TITLES:
        found = found[1:]
    return found


def same_speaker(predicted: str | None, annotated: str | None) -> bool:
    a, b = name_words(predicted), name_words(annotated)
    if not a or not b:
        return not a and not b
    short, long = sorted((a, b), key=len)
    return long[-len(short) :] == short


def right_speaker(predicted: str | None, gold: dict) -> bool:
    names = [gold.get("speaker"), gold.get("speaker_resolved")]
    if not (gold.get("speaker") or "").strip():
        return predicted is None
    return predicted is not None and any(name and same_speaker(predicted, name) for name in names)


def names_speaker(predicted: str | None, gold: dict) -> bool:
    """Whether ``predicted`` names who spoke: the resolved source, or the head of the annotated phrase.

    Stricter than ``right_speaker``: "Dean Johnson, a salesman from Sumter, South Carolina" is
    Dean Johnson, not South Carolina, which the benchmark's trailing-words rule also accepts.
    """
    annotated = (gold.get("speaker") or "").strip()
    if not annotated:
        return predicted is None
    names = [gold.get("speaker_resolved"), APPOSITION.split(annotated, maxsplit=1)[0]]
    return predicted is not None and any(name and same_speaker(predicted, name) for name in names)


def article_examples(article: dict, ranker: Ranker) -> list[Example]:
    walker = walker_for(article["text"], article.get("title"), ranker)
    walker.trace = []
    walker.run()
    found = [(article["text"][span.start : span.end], trace) for span, *trace in walker.trace]
    examples = []
    for gold, (_, (candidates, context)) in _matched(article["quotes"], found):
        # The last option is "nobody said it", which the ranker weighs against every candidate.
        speakers = [candidate.speaker for candidate in candidates] + [None]
        features = [candidate.features or [] for candidate in candidates]
        features.append(nobody_features(nobody_key(context)))
        examples.append(
            Example(
                article["id"],
                features,
                [names_speaker(speaker, gold) for speaker in speakers],
                [right_speaker(speaker, gold) for speaker in speakers],
                speakers,
                not (gold.get("speaker") or "").strip(),
                context.cue.rule if context.cue else "",
            )
        )
    return examples


def _matched(golds: list[dict], found: list[tuple[str, list]]):
    """Pairs of annotated and found quotations whose words overlap enough, best first, one to one."""
    gold_words = [WORD.findall(g["quote"].translate(QUOTE_MARKS).lower()) for g in golds]
    found_words = [WORD.findall(text.translate(QUOTE_MARKS).lower()) for text, _ in found]
    pairs = []
    for i, a in enumerate(gold_words):
        for j, b in enumerate(found_words):
            ratio = _overlap(a, b)
            if ratio >= MATCHING_OVERLAP:
                pairs.append((ratio, i, j))
    used_gold, used_found = set(), set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            yield golds[i], found[j]


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b or min(len(a), len(b)) < MATCHING_OVERLAP * max(len(a), len(b)):
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(a), len(b))
