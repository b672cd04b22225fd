"""The outlet is recognised from what a page says about itself, and never guessed."""

from articles.pipeline.outlets import identify_outlet
from articles.pipeline.records import OutletSignature
from tests.known_outlets import KNOWN_OUTLETS, SIGNATURES


def outlet_of(text, url=None):
    found = identify_outlet(text, SIGNATURES, url=url)
    return found.outlet if found else None


def test_a_newsletter_plea_names_the_outlet():
    assert (
        outlet_of(
            "Some story.\nSubscribe to RT newsletter to get stories the mainstream media won't tell you."
        )
        == "RT"
    )


def test_an_agency_dateline_is_no_signature_of_the_agency():
    assert outlet_of("MOSCOW (Sputnik) - Russia and Japan still have differences.") is None


def test_the_outlet_domain_in_the_page_names_it():
    assert outlet_of("Do you have a Sputniknews.com account?") == "Sputnik"


def test_the_url_host_names_the_outlet():
    assert outlet_of("A story without any self-description.", url="https://www.dw.com/en/story/a-1") == "DW"


def test_an_agency_credit_does_not_outweigh_the_page_describing_itself():
    text = "Story text.\nEvery evening, DW's editors send out a selection.\nls/rt (Reuters, AFP)"
    assert outlet_of(text) == "DW"


def test_a_page_merely_mentioning_outlets_stays_unknown():
    assert outlet_of("As Reuters and The Japan Times reported, the talks stalled.") is None


def test_a_domain_inside_a_longer_name_is_not_a_match():
    assert outlet_of("Visit smart.com and report.company for details") is None


def test_two_outlets_with_equal_support_leave_the_outlet_unknown():
    signatures = [
        OutletSignature("Kyodo", "(Kyodo) --", "text", 4),
        OutletSignature("Xinhua", "(Xinhua) --", "text", 4),
    ]
    assert (
        identify_outlet("TOKYO (Kyodo) -- talks began. BEIJING (Xinhua) -- talks began.", signatures) is None
    )


def test_curators_can_add_an_outlet_with_data_only():
    signatures = [OutletSignature("The Daily Planet", "dailyplanet.example", "domain", 5)]
    found = identify_outlet("© The Daily Planet, dailyplanet.example", signatures)
    assert found.outlet == "The Daily Planet"


def test_every_known_outlet_has_a_strong_self_description():
    for outlet in KNOWN_OUTLETS:
        assert max(weight for _, _, weight in outlet["signatures"]) >= 5, outlet["name"]


def test_curators_regular_expressions_match_whatever_literal_text_they_hold():
    signatures = [
        OutletSignature("Baltic Courier", r"(?i)baltic\s+courier", "regex", 5),
        OutletSignature("Harbour Post", r"Harbour (Post|Times) staff", "regex", 5),
        OutletSignature("Plain Wire", r"PW|PlainWire", "regex", 5),
    ]

    assert identify_outlet("Reported by BALTIC   COURIER reporters.", signatures).outlet == "Baltic Courier"
    assert identify_outlet("By Harbour Times staff", signatures).outlet == "Harbour Post"
    assert identify_outlet("Copyright PlainWire 2024", signatures).outlet == "Plain Wire"
    assert identify_outlet("Nothing to see here.", signatures) is None


def test_a_broken_regular_expression_matches_nothing():
    assert identify_outlet("(((", [OutletSignature("Broken", "(((", "regex", 5)]) is None
