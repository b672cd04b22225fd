"""The archive's segment writer and segment merge write the postings Whoosh's own writer writes.

Each text is analysed once and spelling words are written once a segment with their counts
(segments.py): every other posting, stored value and field length must be the same, and each
spelling word must keep its frequency (what suggestions rank by) and stay listed (prefixes).
"""

import random

import pytest
from haystack import connections
from whoosh.filedb.filestore import RamStorage
from whoosh.reading import SegmentReader
from whoosh.writing import NO_MERGE, SegmentWriter

from articles.search import indexing, rebuild_index
from articles.search.whoosh.segments import ArchiveWriter, merge_all, spelling_fields
from tests.factories import make_article
from tests.search.conftest import found
from tests.search.test_phrase_equivalence import archive_schema

pytestmark = pytest.mark.whoosh_only

WORDS = ["the", "The", "minister", "Ministers", "minister's", "said", "talks", "of", "a", "peace"]
WORDS += ["négociations", "Negociations", "U.N.", "pro-Russian", "Москва", "2019", "Lavrov", "Peskov"]
PUNCTUATION = ["", "", "", ",", ".", ";", " -", ":", "?", "\n"]


def text(rng, length) -> str:
    return " ".join(rng.choice(WORDS) + rng.choice(PUNCTUATION) for _ in range(length))


def documents(count, seed=3):
    rng = random.Random(seed)
    for n in range(count):
        body, title = text(rng, rng.choice([0, 1, 2, 40, 200])), text(rng, rng.randint(1, 8))
        yield {
            "id": f"articles.article.{n}",
            "django_ct": "articles.article",
            "django_id": str(n),
            "text": body,
            "text_pairs": body,
            "title": title,
            "title_pairs": title,
            "outlet": rng.choice(["RT", "Xinhua News", "Deutsche Welle"]),
            "speakers": "\x1f".join(rng.sample(["Dmitry Peskov", "Smith, John", "Sergei Lavrov"], 2)),
            "language": "en",
            "stamp": str(n),
        }


def written(writer_class, docs, segments=1):
    ix = RamStorage().create_index(archive_schema())
    docs = list(docs)
    size = -(-len(docs) // segments)
    for start in range(0, len(docs), size):
        writer = writer_class(ix)
        for doc in docs[start : start + size]:
            writer.add_document(**doc)
        writer.commit(mergetype=NO_MERGE)
    return ix


def postings(ix, fields):
    """Every posting of ``fields``, and every stored field and field length, by document."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        found = {
            (name, text): list(reader.postings(name, text).items_as("weight"))
            + list(reader.postings(name, text).all_items())
            for name, text in reader.all_terms()
            if name in fields
        }
        stored = [reader.stored_fields(n) for n in reader.all_doc_ids()]
        lengths = [
            [reader.doc_field_length(n, name) for name in sorted(fields)] for n in reader.all_doc_ids()
        ]
    return found, stored, lengths


def spelling(ix):
    """Each spelling word with its frequency."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        names = spelling_fields(ix.schema)
        return {
            (name, text): reader.frequency(name, text) for name, text in reader.all_terms() if name in names
        }


def other_fields(ix):
    return set(ix.schema.names()) - spelling_fields(ix.schema)


def test_the_archive_writer_writes_whooshs_postings_and_spelling_frequencies():
    stock, ours = written(SegmentWriter, documents(120)), written(ArchiveWriter, documents(120))

    assert postings(ours, other_fields(ours)) == postings(stock, other_fields(stock))
    assert spelling(ours) == spelling(stock)


def test_a_spelling_word_is_written_once_a_segment():
    ix = written(ArchiveWriter, documents(60))

    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert reader.frequency("spell_text", b"minister") > 1
        assert reader.doc_frequency("spell_text", b"minister") == 1


def test_merged_segments_hold_the_postings_of_one_segment_written_from_their_live_documents():
    docs = list(documents(90, seed=8))
    deleted = {5, 31, 32, 60, 89}
    ix = written(ArchiveWriter, docs, segments=3)
    writer = ArchiveWriter(ix)
    for docnum in deleted:
        writer.delete_document(docnum)
    writer.commit(mergetype=NO_MERGE)

    writer = ArchiveWriter(ix)
    writer.commit(mergetype=merge_all)

    live = [doc for n, doc in enumerate(docs) if n not in deleted]
    whole = written(SegmentWriter, live)
    assert len(ix._segments()) == 1
    assert postings(ix, other_fields(ix)) == postings(whole, other_fields(whole))
    assert spelling(ix) == spelling(written(SegmentWriter, docs))  # spelling counts are not unlearnt


def test_a_merge_leaves_other_segments_alone_and_an_index_of_one_segment_as_it_is():
    ix = written(ArchiveWriter, documents(30), segments=1)
    before = [segment.segment_id() for segment in ix._segments()]

    writer = ArchiveWriter(ix)
    writer.commit(mergetype=merge_all)

    assert [segment.segment_id() for segment in ix._segments()] == before
    reader = SegmentReader(ix.storage, ix.schema, ix._segments()[0])
    assert reader.doc_count() == 30
    reader.close()


def test_a_full_build_writes_its_batches_without_merging_them(db, search_index, monkeypatch):
    monkeypatch.setattr(indexing, "BUILD_BATCH_SIZE", 2)
    for n in range(5):
        make_article(f"Story {n}", f"Talks on day {n}.")
    commits = []
    original = ArchiveWriter.commit
    monkeypatch.setattr(
        ArchiveWriter, "commit", lambda self, **kw: commits.append(kw["mergetype"]) or original(self, **kw)
    )

    rebuild_index()

    assert commits == [NO_MERGE, NO_MERGE, NO_MERGE]
    assert len(connections["default"].get_backend().index.refresh()._segments()) == 3
    assert len(found("talks")) == 5
