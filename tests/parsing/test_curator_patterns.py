"""A curator's regular expression can neither hang parsing nor be saved when it would."""

import time

from articles.pipeline import OutletSignature, parse_file
from articles.pipeline.outlets import regex_problem

from .dumps import dump


def test_a_stored_expression_that_backtracks_without_end_does_not_hang_parsing():
    # Unbounded, this expression takes about 30 s on this page's footer line alone.
    signature = OutletSignature("Hang", r"(\w|\w)+$", "regex", 5)
    page = dump(tail=["word" * 50 + "!"])

    started = time.process_time()
    [article] = parse_file(page.encode(), "page.txt", [signature])

    assert article.outlet is None
    assert time.process_time() - started < 5  # a bound on a hang, not a speed target


def test_patterns_that_hang_are_refused_and_ordinary_ones_pass():
    assert "takes too long" in regex_problem(r"(a+)+$")
    assert "takes too long" in regex_problem(r"(\w|\w)+$")
    assert "takes too long" in regex_problem(r"^(([a-z])+.)+[A-Z]([a-z])+$")
    assert regex_problem(r"©\s*\d{4}\s+(?:Thomson\s+)?Reuters") is None
    assert regex_problem(r"Harbour (Post|Times) staff") is None
