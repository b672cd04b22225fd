"""Whatever the bytes, parsing gives articles or failures with a reason, never an unexpected exception.

A small deterministic sample of benchmarks/fuzz_inputs.py (which runs 20,000 cases).
"""

import logging

from articles.pipeline import ParseFailure, parse_file
from tests.fuzz import cases

CASES = 300


def test_fuzzed_files_fail_only_with_reasons_of_their_own(caplog):
    unexpected = []
    with caplog.at_level(logging.CRITICAL):
        for number, (name, data) in enumerate(cases(CASES, seed=14)):
            for item in parse_file(data, name):
                if isinstance(item, ParseFailure) and "internal error" in item.reason:
                    unexpected.append((number, name, item.reason))

    assert unexpected == []
