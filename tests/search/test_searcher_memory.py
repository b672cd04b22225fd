"""Opening a searcher reads the index's segment files through their memory map, in place: it does
not copy them into the process (Whoosh's own BytesIO did, once per searcher and generation)."""

import random
import tracemalloc
from pathlib import Path

import pytest
from haystack import connections
from whoosh import index as whoosh_index

from tests.factories import make_article

pytestmark = pytest.mark.whoosh_only  # the Whoosh engine's own plumbing


@pytest.mark.slow  # builds and measures a large index
def test_opening_a_searcher_allocates_a_small_part_of_the_index(index):
    rng = random.Random(14)
    vocabulary = [f"w{n}x{rng.randrange(10**6)}" for n in range(20_000)]
    index(*[make_article(f"Story {n}", " ".join(rng.choices(vocabulary, k=400))) for n in range(40)])
    path = Path(connections["default"].get_backend().path)
    on_disk = sum(file.stat().st_size for file in path.glob("*.seg"))
    ix = whoosh_index.open_dir(str(path))

    tracemalloc.start()
    searcher = ix.searcher()
    allocated = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    assert searcher.doc_count() == 40
    assert on_disk > 2_000_000
    assert allocated < on_disk / 10
