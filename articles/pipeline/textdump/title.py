"""Find the headline among the lines just above the article, or fall back to the lede's first sentence."""

import re

import numpy as np

from ..dates import find_dates
from .page import PageFacts
from .sentences import first_sentence
from .title_features import Surroundings, candidate_features

WINDOW = 30  # lines above the first paragraph where a headline may sit
MIN_WORDS = 2  # a single word above an article is a menu item or a section name
MAX_WORDS = 40
# A page's first "paragraphs" may be a menu's blurbs: the headline may sit above the run of
# paragraphs that holds the bulk of the article, as long as little was chosen before it.
LEADING_SHARE = 0.25
MAX_LIST_LINES = 15  # links a related-stories list may hold
MIN_LINK_WORDS = 5  # a shorter line under such a heading is a menu's item
WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS_BESIDE_A_DATE = 3  # words of a headline that holds a date ("Metasploit Wrap-Up 12/19/2025")
DATE_DIGITS = 4  # the fewest digits a date holds ("5 May 2024")
# Buttons and badges: "Book a Demo", "Get a Custom Report", "Start your free trial", "Why you can trust
# Move.org", "How we test". Pages set them in large type next to the headline; they are never one.
NOT_A_HEADLINE = re.compile(
    r"^(?:(?:book|request|get|schedule|start|try|claim|download|sign up|subscribe|join|contact|talk to|buy|"
    r"shop|order|donate|apply|see|compare|find)\b(?:\W+\w+){0,4}?\W+(?:demo|trial|quote|consultation|call|"
    r"report|estimate|appointment|started|now|today|free|sales|pricing|offer|deals?|plans?|rates)\b|"
    r"why (?:you can |should you )?trust\b|"
    r"how we (?:test|tested|review|rate|rank|choose|chose|pick|evaluate|research|researched)\b|"
    r"(?:learn about |read )?(?:our|[\w'’ ]{1,30}['’]s?) (?:editorial|review|testing|rating) "
    r"(?:standards|process|policy|guidelines|methodology)\b|"
    r"(?:advertiser|affiliate|editorial) disclosure\b|(?:view|see|show) all\b|"
    # What a page prints about the article: "Posted on May 2 by ...", "Published in Design, UX".
    r"(?:posted|published|filed|updated|last updated|written|reviewed|fact[- ]checked|edited) "
    r"(?:on|in|by|under|at)\b)"
    # A coupon, a price, an address: "$14.40 with code WBE10", "Hunt Valley, MD 21031".
    r"|.*\bwith (?:promo |coupon )?code\b|.*\b[A-Z]{2},? \d{5}(?:-\d{4})?$",
    re.IGNORECASE,
)


def title_window(page: PageFacts, paragraphs: list[int]) -> tuple[int, int]:
    """The lines where a headline may be: above the article, down to the start of its main run."""
    start = paragraphs[0] if paragraphs else 0
    words = page.words[paragraphs] if paragraphs else np.zeros(0)
    before = np.cumsum(words) - words
    main = (
        paragraphs[int(np.searchsorted(before, LEADING_SHARE * words.sum(), side="right")) - 1]
        if paragraphs
        else 0
    )
    return max(0, start - WINDOW), min(len(page), main + 2)


def candidates(page: PageFacts, paragraphs: list[int]) -> list[int]:
    """Lines that may be the headline: in the window, not a paragraph ending in a period."""
    low, high = title_window(page, paragraphs)
    lines = np.arange(low, high)
    chosen = np.zeros(len(page), dtype=bool)
    chosen[paragraphs] = True
    words, last = page.words[lines], page.text.codes[page.text.starts[lines] + page.text.lengths[lines] - 1]
    fits = (words >= MIN_WORDS) & (words <= MAX_WORDS) & ~(chosen[lines] & (last == ord(".")))
    fits &= ~page.certain_boilerplate[lines] & ~related_links(page)[lines]
    # A photo's caption inside the article is no headline.
    fits &= ~(page.caption[lines] & (lines > (paragraphs[0] if paragraphs else len(page))))
    return [
        i
        for i in lines[fits].tolist()
        if any(ch.isalpha() for ch in page.texts[i])
        and not NOT_A_HEADLINE.match(page.texts[i])
        and not (page.digits[i] >= DATE_DIGITS and _just_a_date(page.texts[i]))
    ]


def _just_a_date(text: str) -> bool:
    """ "19 Dec 2025", "2022-04-12 Link to ...": a date with a word or two, no headline."""
    found = find_dates(text)
    if not found:
        return False
    rest = text[: found[0].start] + text[found[0].end :]
    return len(WORD.findall(rest)) < MIN_WORDS_BESIDE_A_DATE


def related_links(page: PageFacts) -> np.ndarray:
    """The other stories' headlines listed under a "Related stories" heading, down to a blank line, a
    sentence or a menu's item (a line of few words).

    The list's last line is left out when the page runs on from it without a blank line: the
    headline may follow a list (of topics, of other stories) straight away.
    """
    links = np.zeros(len(page), dtype=bool)
    for heading in np.flatnonzero(page.tail_heading).tolist():
        run = []
        for j in range(heading + 1, min(len(page), heading + 1 + MAX_LIST_LINES)):
            if page.lines[j].blank_before or not page.heading_like[j] or page.words[j] < MIN_LINK_WORDS:
                break
            run.append(j)
        if run and not page.lines[run[-1]].blank_after:
            run.pop()
        links[run] = True
    return links


def ranked_candidates(page: PageFacts, local: np.ndarray, scores: np.ndarray, paragraphs: list[int]):
    """The candidate lines and their features."""
    picks = candidates(page, paragraphs)
    if not picks:
        return picks, np.zeros((0, 0))
    low, high = title_window(page, paragraphs)
    around = Surroundings(page, low, high, paragraphs)
    body_start = paragraphs[0] if paragraphs else 0
    return picks, candidate_features(page, local, scores, body_start, picks, around)


def choose_title(page: PageFacts, local, scores, paragraphs: list[int], ranker) -> tuple[str, int | None]:
    """The headline and its line index, or the lede's first sentence (index None) when none stands out."""
    picks, features = ranked_candidates(page, local, scores, paragraphs)
    if picks and ranker:
        margins = ranker.margins(features)
        best = int(np.argmax(margins))
        if margins[best] >= ranker.threshold:
            return page.texts[picks[best]], picks[best]
    body_start = paragraphs[0] if paragraphs else 0
    if body_start < len(page):
        return first_sentence(page.texts[body_start]), None
    return "", None
