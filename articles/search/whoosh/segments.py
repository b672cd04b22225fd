"""How the archive's writers build Whoosh segments: each text analysed once, spelling words counted
once a segment, and segments merged by streaming their postings rather than re-sorting them.

Whoosh's ``SegmentWriter`` analyses a document's text three times (the stemmed ``text`` field, its
unstemmed spelling words, and the word pairs of ``text_pairs``, which holds the same string), and
adds one posting per spelling word *per document*, all at document 0: a spelling term's posting
list was as long as the number of documents holding the word, although only the words themselves
and their counts are ever read (prefix expansion, suggestions ranked by ``reader.frequency``).
``ArchiveWriter`` folds a text once, stems it once and derives the three from that; a segment's
spelling words are counted and written once each, weighted by the documents holding them, so
``frequency`` reads the same. The postings it writes are otherwise those of Whoosh's own writer
(tests/search/test_segment_writer.py compares them).

Whoosh merges segments by adding every posting of the old segments to the new segment's sorting
pool, which spills pickled runs to disk once it holds ``limitmb``: most of a 10,000-article
rebuild's time. A segment's postings are already sorted, and the segments' documents are numbered
one after another, so ``merge_segments`` merges the segments' posting streams into a new segment
directly (as Whoosh's multiprocessing writer merges its workers' runs).
"""

from collections import Counter, defaultdict
from heapq import merge as imerge

from whoosh import formats
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import SegmentReader
from whoosh.util import fib
from whoosh.writing import NO_MERGE, SegmentWriter

from ..analysis import WordPairsFilter, pair_text

STEM_CACHE_LIMIT = 500_000  # distinct words; the cache is emptied beyond it
_stems: dict[str, str] = {}


class ArchiveWriter(SegmentWriter):
    """A ``SegmentWriter`` analysing each text once and counting spelling words once a segment."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        self.index = ix
        self.pool.cleanup()  # Whoosh's sorting pool (nothing in it yet), replaced:
        self.pool = TermPool()
        self._spelling = Counter()  # (spelling field, word as bytes) -> documents holding it
        self._plans = {}
        self._folds = []  # the distinct folding chains of the fields' plans

    def add_document(self, **fields):
        # Whoosh's add_document, but for how each field's terms and spelling words are found.
        self._check_state()
        perdocwriter, schema, docnum = self.perdocwriter, self.schema, self.docnum
        add_post = self.pool.add_posting
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        analysed = {}  # text -> its folded words and stems, shared by the fields holding it

        perdocwriter.start_doc(docnum)
        for fieldname in fieldnames:
            value = fields.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                fieldboost = self._field_boost(fields, fieldname, docboost)
                for tbytes, freq, weight, vbytes in self._terms(fieldname, field, value, analysed):
                    if field.scorable:
                        length += freq
                    add_post(fieldname, tbytes, docnum, weight * fieldboost, vbytes)
            if field.separate_spelling():
                spellfield = field.spelling_fieldname(fieldname)
                for word in self._spelling_words(fieldname, field, value, analysed):
                    self._spelling[spellfield, word.encode("utf-8")] += 1
            if field.vector:
                vitems = field.vector.word_values(value, field.analyzer, mode="index")
                vitems = sorted((text, weight, vbytes) for text, _, weight, vbytes in vitems)
                perdocwriter.add_vector_items(fieldname, field, vitems)
            customval = fields.get(f"_stored_{fieldname}", value)
            perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
            if field.column_type and customval is not None:
                perdocwriter.add_column_value(fieldname, field.column_type, field.to_column_value(customval))
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self):
        for (spellfield, word), documents in sorted(self._spelling.items()):
            self.pool.add_posting(spellfield, word, 0, documents, None)
        self._spelling.clear()
        super()._flush_segment()

    def _plan(self, fieldname, field):
        if fieldname not in self._plans:
            plan = self._plans[fieldname] = field_plan(field)
            if plan is not None:  # fields folding alike share the analysis of a text
                if plan.fold not in self._folds:
                    self._folds.append(plan.fold)
                plan.fold_key = self._folds.index(plan.fold)
        return self._plans[fieldname]

    def _terms(self, fieldname, field, value, analysed):
        plan = self._plan(fieldname, field)
        if plan is None or not isinstance(value, str):
            return field.index(value)
        folded, stems = _analyse(plan, value, analysed)
        if plan.pairs is None:
            return _position_terms(field.format, folded, stems)
        return _pair_terms(field.format, stems, plan.pairs)

    def _spelling_words(self, fieldname, field, value, analysed):
        plan = self._plan(fieldname, field)
        if plan is None or plan.pairs is not None or not isinstance(value, str):
            return field.spellable_words(value)
        folded, _ = _analyse(plan, value, analysed)
        return {word for word, _ in folded}


class TermPool:
    """A segment's postings in memory, by field and term, in the order added.

    Whoosh's pool keeps one tuple per posting (field and term repeated) and sorts them all at the
    end, or spills sorted runs, pickled a posting at a time, beyond ``limitmb``: a third of the
    time of a 2,000-article batch. Documents are added in order, so each term's postings are
    already sorted: only the terms are sorted when the segment is written. Its memory is bounded
    by the batch a writer is given (``indexing.BATCH_SIZE``, ``BUILD_BATCH_SIZE``), not by a limit."""

    def __init__(self):
        self._fields = defaultdict(dict)
        self._unordered = False

    def add_posting(self, fieldname, tbytes, docnum, weight, vbytes):
        terms = self._fields[fieldname]
        try:
            terms[tbytes].append((docnum, weight, vbytes))
        except KeyError:
            terms[tbytes] = [(docnum, weight, vbytes)]

    def add(self, item):
        # Whoosh's way in (``add_reader``): postings of other segments, in no particular order here.
        self._unordered = True
        self.add_posting(*item)

    def iter_postings(self):
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for tbytes in sorted(terms):
                postings = terms[tbytes]
                if self._unordered:
                    postings.sort(key=lambda posting: posting[0])
                for docnum, weight, vbytes in postings:
                    yield fieldname, tbytes, docnum, weight, vbytes

    def cleanup(self):
        self._fields.clear()


class FieldPlan:
    """How a field of the archive's analyzers is indexed from a text folded and stemmed once."""

    def __init__(self, fold, stem, pairs):
        self.fold = fold  # tokenizer and filters up to stemming
        self.stem = stem
        self.pairs = pairs  # WordPairsFilter for a pairs field, else None
        self.fold_key = None


def field_plan(field) -> FieldPlan | None:
    """A plan for the folding, stemming (and pairing) text fields of analysis.py; None for any other
    field, which Whoosh indexes its own way."""
    items = list(getattr(field.analyzer, "items", ()))
    kinds = [RegexTokenizer, LowercaseFilter, CharsetFilter, StemFilter]
    if len(items) < 4 or any(type(item) is not kind for item, kind in zip(items, kinds, strict=False)):
        return None
    if items[3].ignore:
        return None
    if len(items) == 4 and type(field.format) is formats.Positions:
        return FieldPlan(tuple(items[:3]), items[3], None)
    if len(items) == 5 and isinstance(items[4], WordPairsFilter) and type(field.format) is formats.Existence:
        return FieldPlan(tuple(items[:3]), items[3], items[4])
    return None


def _analyse(plan, value, analysed):
    """The folded words of ``value`` with their positions, and their stems: once per document."""
    key = (value, plan.fold_key)
    if key not in analysed:
        tokens = plan.fold[0](value, positions=True, mode="index")
        for item in plan.fold[1:]:
            tokens = item(tokens)
        folded = [(token.text, token.pos) for token in tokens if not token.stopped]
        analysed[key] = (folded, [_stem(plan.stem, word) for word, _ in folded])
    return analysed[key]


def _stem(stem_filter, word):
    try:
        return _stems[word]
    except KeyError:
        if len(_stems) > STEM_CACHE_LIMIT:
            _stems.clear()
        stem = _stems[word] = stem_filter._stem(word)
        return stem


def _position_terms(fmt, folded, stems):
    # formats.Positions.word_values, from the stems: each token's boost is 1.
    positions = defaultdict(list)
    for (_, position), stem in zip(folded, stems, strict=True):
        positions[stem].append(position)
    return [
        (stem.encode("utf-8"), len(found), float(len(found)) * fmt.field_boost, fmt.encode(found))
        for stem, found in positions.items()
    ]


def _pair_terms(fmt, stems, pairs_filter):
    # formats.Existence.word_values over WordPairsFilter's pairs.
    terms = pairs_filter.terms
    pairs = {
        pair_text(first, second)
        for first, second in zip(stems, stems[1:], strict=False)
        if terms is None or (first in terms and second in terms)
    }
    return [(pair.encode("utf-8"), 1, fmt.field_boost, b"") for pair in pairs]


def spelling_fields(schema) -> set[str]:
    return {
        field.spelling_fieldname(name)
        for name, field in schema.items()
        if field.separate_spelling() and field.spelling_fieldname(name) in schema
    }


def merge_segments(writer, segments):
    """One new segment holding the live documents of ``segments``, written by streaming their
    postings in order (documents renumbered one segment after another); spelling words summed."""
    helper = SegmentWriter(writer.index, _lk=False, codec=writer.codec)
    schema = writer.schema
    spelling = spelling_fields(schema)
    readers = [SegmentReader(writer.storage, schema, segment) for segment in segments]
    lengths = None
    try:
        sources = []
        for reader in readers:
            names = set(schema.names()) | {name for name in reader.indexed_field_names() if name in schema}
            first = helper.docnum
            docmap = helper.write_per_doc(names, reader)
            sources.append(_reader_postings(reader, schema, spelling, first, docmap))
        helper.perdocwriter.close()
        lengths = helper.per_document_reader() if helper.codec.length_stats else None
        helper.fieldwriter.add_postings(schema, lengths, _summed_spelling(imerge(*sources), spelling))
        helper.fieldwriter.close()
    except BaseException:
        helper._close_segment()
        raise
    finally:
        if lengths is not None:
            lengths.close()
        for reader in readers:
            reader.close()
    helper.pool.cleanup()  # (its temporary folder is the writer's own: left to the writer)
    helper._assemble_segment()
    return helper.get_segment()


def _reader_postings(reader, schema, spelling, first, docmap):
    """A segment's postings in order, renumbered (deleted documents left out); its spelling words
    with their counts, at document 0."""
    for fieldname, text in reader.all_terms():
        if fieldname not in schema:
            continue
        if fieldname in spelling:
            yield (fieldname, text, 0, reader.frequency(fieldname, text), None)
            continue
        for docnum, weight, value in _matcher_postings(reader.postings(fieldname, text)):
            yield (fieldname, text, first + docnum if docmap is None else docmap[docnum], weight, value)


def _matcher_postings(matcher):
    """A term's (document, weight, value) postings; a block at a time from Whoosh's block reader
    (a segment without deletions), which answers one posting per three method calls otherwise."""
    if type(matcher) is W3LeafMatcher:
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            matcher._read_values()
            yield from zip(matcher._ids, matcher._weights, matcher._values, strict=True)
            matcher._next_block()
        return
    while matcher.is_active():
        yield matcher.id(), matcher.weight(), matcher.value()
        matcher.next()


def _summed_spelling(items, spelling):
    """One posting per spelling word, its counts from several segments summed."""
    pending = None
    for item in items:
        if pending is not None and item[:2] == pending[:2]:
            pending = (pending[0], pending[1], 0, pending[3] + item[3], None)
            continue
        if pending is not None:
            yield pending
            pending = None
        if item[0] in spelling:
            pending = item
        else:
            yield item
    if pending is not None:
        yield pending


def merge_small(writer, segments):
    """Whoosh's MERGE_SMALL choice of segments (the smallest ones, while together they are small
    by a Fibonacci measure), merged by ``merge_segments`` instead of through the writer's pool."""
    ordered = sorted(segments, key=lambda segment: segment.doc_count_all())
    chosen, total = [], 0
    for i, segment in enumerate(ordered):
        total += max(segment.doc_count_all(), 0)
        chosen.append(segment)
        if i > 3 and total < fib(i + 5):
            break
    else:
        return segments
    if len(chosen) < 2:
        return segments
    return [segment for segment in ordered if segment not in chosen] + [merge_segments(writer, chosen)]


def merge_all(writer, segments):
    """Every segment merged into one (the end of a full build)."""
    return [merge_segments(writer, segments)] if len(segments) > 1 else segments


__all__ = ["NO_MERGE", "ArchiveWriter", "merge_all", "merge_segments", "merge_small"]
