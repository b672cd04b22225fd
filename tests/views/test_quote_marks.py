"""Marking quotations in a body: escaped first, offsets checked, overlaps and paragraph breaks handled."""

from types import SimpleNamespace

from articles.presentation.quote_marks import mark_quotes, paragraph_bounds


def speaker(name="Dmitry Peskov", slug="dmitry-peskov"):
    return SimpleNamespace(name=name, get_absolute_url=lambda: f"/speakers/{slug}/")


def quote(pk, body, text, who=None, start=None, end=None, role=""):
    found = body.find(text)
    start = found if start is None and found >= 0 else start
    end = start + len(text) if end is None and start is not None else end
    return SimpleNamespace(pk=pk, text=text, start=start, end=end, speaker=who, role=role)


def test_paragraphs_are_split_on_blank_lines_and_trimmed():
    body = "  First.  \n\nSecond line\nsame paragraph.\n \n\n\nThird."

    assert [body[s:e] for s, e in paragraph_bounds(body)] == [
        "First.",
        "Second line\nsame paragraph.",
        "Third.",
    ]


def test_a_quotation_is_wrapped_and_linked_with_its_speaker_named():
    body = 'He said "we are ready" on Sunday.'

    marked = mark_quotes(body, [quote(7, body, "we are ready", speaker(), role="Kremlin spokesman")])

    assert marked.paragraphs == [
        'He said &quot;<q class="quote" id="quote-7"><a href="/speakers/dmitry-peskov/" '
        'title="Said by Dmitry Peskov, Kremlin spokesman">we are ready</a></q>&quot; on Sunday.'
    ]
    assert marked.marked_ids == {7}


def test_an_unattributed_quotation_is_marked_without_a_link():
    body = 'Officials said "no comment".'

    [paragraph] = mark_quotes(body, [quote(1, body, "no comment")]).paragraphs

    assert '<q class="quote" id="quote-1">no comment</q>' in paragraph


def test_markup_in_the_body_and_the_quotation_is_escaped():
    body = '<script>x()</script> said "<b>hi</b>"'

    [paragraph] = mark_quotes(body, [quote(1, body, "<b>hi</b>", speaker(name='A "B" <C>'))]).paragraphs

    assert "<script>" not in paragraph and "<b>" not in paragraph
    assert "&lt;b&gt;hi&lt;/b&gt;" in paragraph and 'title="Said by A &quot;B&quot; &lt;C&gt;"' in paragraph


def test_offsets_out_of_range_fall_back_to_the_text():
    body = "He said yes."

    marked = mark_quotes(body, [quote(1, body, "yes", start=400, end=403)])

    assert marked.marked_ids == {1}


def test_a_quotation_that_cannot_be_found_is_left_unmarked():
    body = "He said yes."

    marked = mark_quotes(body, [quote(1, body, "never said", start=None, end=None)])

    assert marked.marked_ids == set() and marked.paragraphs == ["He said yes."]


def test_overlapping_quotations_keep_the_first_one():
    body = "He said one two three four."
    first, second = quote(1, body, "one two three"), quote(2, body, "two three four")

    marked = mark_quotes(body, [second, first])

    assert marked.marked_ids == {1}
    assert marked.paragraphs[0].count("<q") == 1


def test_a_quotation_across_a_paragraph_break_is_marked_in_both_with_one_anchor():
    body = "He said first part.\n\nSecond part, he added."
    across = quote(1, body, "first part.\n\nSecond part", start=8, end=32)

    first, second = mark_quotes(body, [across]).paragraphs

    assert '<q class="quote" id="quote-1">first part.</q>' in first
    assert second.startswith('<q class="quote">Second part</q>')
