"""The seed articles yield every required quotation with the right speaker."""

import json
import re
from pathlib import Path

import pytest

from articles.pipeline.names import name_key
from articles.pipeline.quotes import extract_quotes

EXPECTED = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "expected.json").read_text())
SEEDS = sorted(name for name in EXPECTED if not name.startswith("_"))


def normalised(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def found(expected_quote, quotes):
    """The extracted quotation holding the expected text, if any."""
    wanted = normalised(expected_quote["quote"]).strip(" ,.")
    return next((quote for quote in quotes if wanted in normalised(quote.quote)), None)


def same_speaker(found_speaker, wanted_speaker):
    return name_key(wanted_speaker).endswith(name_key(found_speaker))


@pytest.mark.parametrize("seed", SEEDS)
def test_every_required_quotation_is_found_with_its_speaker(seed):
    expected = EXPECTED[seed]
    quotes = extract_quotes(expected["body"], title=expected.get("title"))
    for wanted in (quote for quote in expected["quotes"] if quote["required"]):
        quote = found(wanted, quotes)
        assert quote is not None, f"missing quotation {wanted['quote'][:40]!r}"
        assert quote.speaker == wanted["speaker"], wanted["quote"][:40]
        if "speaker_kind" in wanted:
            assert quote.speaker_kind == wanted["speaker_kind"]


@pytest.mark.parametrize("seed", SEEDS)
def test_offsets_of_seed_quotations_point_into_the_body(seed):
    body = EXPECTED[seed]["body"]
    for quote in extract_quotes(body):
        assert body[quote.start : quote.end] == quote.quote


def test_report_partial_quotations_found_in_the_seeds(capsys):
    partial = [(seed, q) for seed in SEEDS for q in EXPECTED[seed]["quotes"] if not q["required"]]
    right = 0
    for seed, wanted in partial:
        quote = found(wanted, extract_quotes(EXPECTED[seed]["body"]))
        right += (
            quote is not None and quote.speaker is not None and same_speaker(quote.speaker, wanted["speaker"])
        )
    with capsys.disabled():
        print(f"\nseed partial quotations found with the expected speaker: {right} of {len(partial)}")
    assert all(found(wanted, extract_quotes(EXPECTED[seed]["body"])) for seed, wanted in partial)
