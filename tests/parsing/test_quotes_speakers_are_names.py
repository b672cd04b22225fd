"""A speaker is a name or nothing; a quotation is something someone said (issue 12's rules)."""

from articles.pipeline.quotes import extract_quotes


def attributions(body, title=None):
    return [(quote.speaker, quote.unnamed_source) for quote in extract_quotes(body, title=title)]


# Headlines, headings, bylines and captions are not where a speaker is read from.


def test_a_title_case_headline_does_not_lend_its_words_to_a_name():
    title = "Republicans Are Following Trump to Nowhere"
    body = "“Governor Bevin has done a wonderful job for the people of Kentucky!” Trump tweeted."
    assert attributions(body, title) == [("Trump", None)]


def test_a_heading_line_in_the_body_does_not_lend_its_words_to_a_name():
    body = (
        "Republicans Are Following Trump to Nowhere\n\n"
        "“Governor Bevin has done a wonderful job for the people of Kentucky!” Trump tweeted."
    )
    assert attributions(body) == [("Trump", None)]


def test_a_headline_still_gives_a_full_name_that_opens_with_a_given_name():
    title = "Donald Trump Says Talks With Kim Went Well"
    body = "“We had a great meeting, a really great meeting,” Trump told reporters on Monday."
    assert attributions(body, title) == [("Donald Trump", None)]


def test_a_byline_names_no_speaker():
    body = "By Julian Ryall\n\n“The talks will be long and difficult for both countries,” one diplomat said."
    assert attributions(body) == [(None, "one diplomat")]


def test_a_product_list_names_no_speaker():
    body = (
        "- Alice McCall Mysteria Ruffled Midi Dress\n\n"
        "“I loved how cozy and wintry this little delivery looked when it arrived at my door!”"
    )
    assert [speaker for speaker, _ in attributions(body)] == [None]


# What is said, and what only stands in quotation marks.


def test_a_scare_quote_is_no_quotation():
    body = "Machine learning allowed computers to “learn” from data rather than from explicit rules."
    assert extract_quotes(body) == []


def test_a_word_set_off_as_a_term_is_no_quotation():
    body = "The word “interim” was dropped from his title on Monday, three people said."
    assert extract_quotes(body) == []


def test_titles_of_works_are_no_quotations_even_in_a_sentence_about_a_person():
    body = "Kim Kardashian starred in “The Promise” and later in “Friends” last year."
    assert extract_quotes(body) == []


def test_product_words_in_quotation_marks_are_no_quotations():
    body = "Shop the “silk” and “chambray” shirts in our “classic” range."
    assert extract_quotes(body) == []


def test_a_partial_quotation_with_its_attribution_is_still_a_quotation():
    body = "Russian Foreign Minister Sergey Lavrov called the idea “outrageous,” raising it with Taro Kono."
    assert attributions(body) == [("Sergey Lavrov", None)]


def test_a_short_sentence_of_its_own_in_quotation_marks_is_still_a_quotation():
    body = "“Does anybody know what the platform is?” Graham asked. “Neither do I.”"
    assert [quote.quote for quote in extract_quotes(body)][-1] == "Neither do I."


# Sources an article leaves unnamed.


def test_an_unnamed_source_is_kept_as_its_description_not_as_a_speaker():
    body = "“The talks are stuck and will stay stuck,” a senior official said on Monday."
    assert attributions(body) == [(None, "a senior official")]


def test_an_unnamed_source_keeps_what_qualifies_it():
    body = "“We will not back down on this issue at all,” people familiar with the matter said."
    assert attributions(body) == [(None, "people familiar with the matter")]


def test_a_count_of_people_is_an_unnamed_source():
    body = "Three people told Reuters the deal was “dead in the water for now, at least until spring.”"
    assert attributions(body) == [(None, "three people")]


def test_a_capitalized_head_noun_opening_a_sentence_is_a_description_not_a_name():
    body = "Police say they have “adequate resources to secure the city during the event on Sunday.”"
    assert attributions(body) == [(None, "police")]


# Organizations, and capitals speaking for their state.


def test_the_ministry_is_the_ministry_the_article_named():
    body = (
        "Last week, the Russian Foreign Ministry summoned the Japanese ambassador.\n\n"
        "“Such statements cannot be regarded as anything other than an attempt to aggravate the "
        "atmosphere,” the ministry said."
    )
    ((speaker, _),) = attributions(body)
    assert speaker == "Russian Foreign Ministry"


def test_the_agency_is_the_government_body_named_before():
    body = (
        "The Federal Aviation Administration grounded the jets on Monday.\n\n"
        "“The planes will stay on the ground until we know more,” the agency said."
    )
    assert attributions(body) == [("Federal Aviation Administration", None)]


def test_a_capital_speaking_for_its_state_stays_an_organization():
    body = "Moscow has accused Tokyo of attempting to “stir up the atmosphere” ahead of key talks."
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.speaker_kind) == ("Moscow", "organization")


def test_a_capital_speaking_for_its_state_is_the_one_organization_of_that_state_named():
    body = (
        "Moscow has accused Tokyo of attempting to “stir up the atmosphere” ahead of key talks.\n\n"
        "Last week, the Russian Foreign Ministry summoned the Japanese ambassador."
    )
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.speaker_kind) == ("Russian Foreign Ministry", "organization")


# Names read as names, with their titles split off.


def test_a_title_with_of_runs_on_to_the_name():
    body = "Deputy Director of Public Prosecution Eva-Marie Persson said the case was “not yet closed.”"
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.role) == ("Eva-Marie Persson", "Deputy Director of Public Prosecution")


def test_an_occupation_before_a_name_is_its_role():
    body = "“It just doesn’t feel as nice as it used to,” stresses Visual Designer Megan Lynch."
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.role) == ("Megan Lynch", "Visual Designer")


def test_a_name_and_role_line_introduces_the_quotation_below_it():
    body = (
        "Uli Lorimer, Director of Horticulture at Native Plant Trust:\n\n"
        "“December is a time of reflection as we look back on the growing season past.”"
    )
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.role) == ("Uli Lorimer", "Director of Horticulture at Native Plant Trust")


def test_a_contraction_is_no_name():
    body = "I’ve said it before. “We are going to need a much bigger boat for all of this,” I’ve said."
    assert all(speaker is None for speaker, _ in attributions(body))


def test_a_word_capitalized_only_where_lines_start_is_no_name():
    body = (
        "- Consider the costs first.\n\n"
        "- Consider “the total cost of ownership over a decade or more, not the price tag.”"
    )
    assert all(speaker is None for speaker, _ in attributions(body))


def test_a_label_and_a_colon_name_no_speaker():
    body = 'The dog bit the man.\n\nSubject: "dog"\n\nVerb: "bit"\n\nSide note: The "bridge camera" is small.'
    assert extract_quotes(body) == []


def test_a_quoted_title_in_a_list_of_references_is_no_quotation():
    body = (
        "Sources:\n\n"
        "5. “RIA Match | Succession Planning, Growth and NextGen Solutions.” RIA Match, "
        "https://www.riamatch.com/. Accessed 11 Apr. 2025."
    )
    assert extract_quotes(body) == []


def test_a_title_of_address_is_no_part_of_a_role():
    body = "“Even the best chair cannot replace regular movement,” says spine surgeon Dr. Ehsan Jazini."
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.role) == ("Ehsan Jazini", "spine surgeon")


def test_a_name_qualifying_a_description_is_no_speaker():
    body = (
        "Developers were asked what they like.\n\n"
        "“If it compiles, it usually runs, and I am not used to that.” -- Experienced Rust developer"
    )
    assert attributions(body) == [(None, "Experienced Rust developer")]


def test_a_word_opening_a_sentence_is_part_of_a_name_only_where_something_says_so():
    body = (
        "Enumerate Rust's design choices before you start.\n\n"
        "“Rust is one of those languages that has just got your back,” one consultant said."
    )
    assert attributions(body) == [(None, "one consultant")]


def test_a_place_or_a_faith_is_no_speaker():
    for body in (
        "Building in the Bay Area is costly. “How much is this going to cost us?” Bay Area owners ask.",
        "Roman Catholic bishops met. “We will not change the teaching,” Roman Catholic leaders said.",
    ):
        assert all(speaker not in ("Bay Area", "Roman Catholic") for speaker, _ in attributions(body))


def test_a_military_title_is_split_from_the_name():
    body = "“We are tracking the ship and will respond if needed,” said Cmdr. Sean Robertson, a spokesman."
    assert [speaker for speaker, _ in attributions(body)] == ["Sean Robertson"]


# Given names that are also common words: "May", "Will", "April", "June".


def test_a_given_name_that_is_also_a_common_word_stays_in_the_name():
    assert attributions("“It matters,” said Anna May Wong.") == [("Anna May Wong", None)]
    assert attributions("“It matters,” Anna May Wong said.") == [("Anna May Wong", None)]
    assert attributions("“It matters,” Prime Minister Theresa May said.") == [("Theresa May", None)]


def test_a_given_name_that_is_also_a_common_word_opens_a_name():
    assert attributions("“It matters,” said April Ryan.") == [("April Ryan", None)]
    assert attributions("“It matters,” said Will Smith. Smith added: “Soon.”") == [("Will Smith", None)] * 2
    assert attributions("“It matters,” June Carter said.") == [("June Carter", None)]


def test_a_month_or_a_modal_before_a_name_is_no_part_of_it():
    assert attributions("In May Trump said: “We will talk.”") == [("Trump", None)]
    assert attributions("Will Trump run again? “We will see,” Trump said.") == [("Trump", None)]


def test_a_headline_modal_is_no_part_of_a_name():
    body = "“We will talk,” Trump told reporters."
    assert attributions(body, "Trump May Visit Moscow Next Month") == [("Trump", None)]
    assert attributions(f"Trump May Visit Moscow Next Month\n\n{body}") == [("Trump", None)]
    assert attributions(body, "Donald Trump Will Visit Moscow Next Month") == [("Donald Trump", None)]


def test_a_name_introduced_with_a_birth_year_keeps_its_first_word():
    body = (
        "6. Carrie Mae Weems\n\n"
        "Carrie Mae Weems (b. 1953, Portland, Oregon) is one of the most influential artists. Across her "
        "practice, Weems has sought, in her words, to “endlessly explode the limits of tradition.”"
    )
    assert attributions(body) == [("Carrie Mae Weems", None)]


def test_a_capitalized_word_opening_a_described_source_is_no_name():
    body = (
        "What users told us about User Research and tools.\n\n"
        "“It feels unbaked, and the docs are thin.” -- Research software engineer with Rust expertise"
    )
    assert attributions(body) == [(None, "Research software engineer")]


def test_a_product_name_holding_a_digit_is_nobody_a_pronoun_means():
    body = (
        "Our tester rode the Max G2 for a week. "
        "He also noted, “I was surprisingly happy to ride it for three hours.”"
    )
    assert attributions(body) == [(None, None)]


def test_a_list_item_opened_by_a_dash_is_no_credit_line():
    body = (
        "It gives a ballpark estimate seconds after hitting “Submit.”\n"
        "- American Van Lines is one of our best moving companies because it has 30 years of experience, "
        "fully vets all drivers and movers with background checks."
    )
    assert attributions(body) == []
    credit = "“My move actually cost $300 less than they quoted.”\n- Kerry Jones, Moving Grant recipient"
    assert attributions(credit) == [("Kerry Jones", None)]


def test_an_organization_named_with_and_keeps_every_word():
    assert attributions("“We are reviewing the data,” the Department of Health and Human Services said.") == [
        ("Department of Health and Human Services", None)
    ]
    body = "“We are reviewing the data,” said the Centers for Disease Control and Prevention."
    assert attributions(body) == [("Centers for Disease Control and Prevention", None)]
    assert attributions("“We are reviewing it,” said Tom Brady of the Patriots and Bill Belichick.") == [
        ("Tom Brady", None)
    ]


def test_please_opening_a_sentence_is_no_name():
    body = "Please note that we suggest these inquiries be made “at the office level, and nowhere else.”"
    assert [speaker for speaker, _ in attributions(body)] == [None]


def test_reviews_opening_a_sentence_are_a_described_source():
    body = "Reviews describe the app as “too slow to function,” amongst other complaints."
    assert attributions(body) == [(None, "reviews")]


def test_a_sentence_about_things_is_no_description_of_a_source():
    body = (
        "Mesh WiFi systems give users great flexibility to place satellites in different areas, "
        "preventing WiFi “dead spots” throughout the space."
    )
    assert extract_quotes(body) == []
