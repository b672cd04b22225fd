"""Admin changes made while an ingest is writing the search index all reach the index.

Whoosh allows one writer; haystack's stock backend drops a write that finds
the index locked. Here a real ingest of many files writes the index in small
batches in another thread while a curator hides, merges, reassigns and edits
through the admin; the ingest's first batch holds the index until an admin
write is seen waiting for it, so the two really overlap.
"""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from whoosh.writing import SegmentWriter

from articles.ingest.run import ingest
from articles.models import Article, PendingReindex, Quote, Speaker
from articles.search import indexing, reindex_articles
from tests.admin.conftest import change_url, changelist
from tests.admin.forms import article_form
from tests.curation.sources import write_dump
from tests.factories import make_article, make_quote, make_speaker
from tests.index_probe import indexed_articles, indexed_speakers, watching_writers

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migration_data")]

SOURCES = 120
WAIT = 60  # seconds; generous limits, never reached unless something is broken


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    for n in range(SOURCES):
        write_dump(folder, f"dispatch-{n:03d}.txt", f"Envoys met for round {n} of talks on the islands.")
    return folder


@pytest.fixture
def curated(search_index):
    """What the curator will change, already in the index."""
    kono, kano, lavrov = make_speaker("Taro Kono"), make_speaker("Taro Kano"), make_speaker("Sergei Lavrov")
    to_hide = make_article(title="Withdrawn story")
    by_kano = make_article(title="Kano on the islands", body="The islands are ours, he said.")
    make_quote(by_kano, kano, text="The islands are ours")
    misattributed = make_article(title="Lavrov on the treaty", body="We are ready to talk, he said.")
    quote = make_quote(misattributed, kono, text="We are ready to talk")
    retitled = make_article(title="Wrong headline")
    reindex_articles([to_hide.pk, by_kano.pk, misattributed.pk, retitled.pk])
    return {
        "speakers": (kono, kano, lavrov),
        "articles": (to_hide, by_kano, misattributed, retitled),
        "quote": quote,
    }


@pytest.fixture
def curator_client(client, django_user_model):
    user = django_user_model.objects.create_user("curator", password="curator-password", is_staff=True)
    user.groups.add(Group.objects.get(name="curator"))
    client.force_login(user)
    return client


class IngestInThread(threading.Thread):
    """Ingests a folder. Its first index batch keeps Whoosh's writer open, documents added but not
    committed, until ``release`` is set (or a minute passes): a writer busy for a known window."""

    def __init__(self, folder, release: threading.Event, monkeypatch):
        super().__init__()
        self.folder, self.release = folder, release
        self.writing = threading.Event()
        self.errors = []
        monkeypatch.setattr(SegmentWriter, "commit", self._stalling(SegmentWriter.commit))

    def _stalling(self, commit):
        def stalled_first_commit(writer, *args, **kwargs):
            if threading.current_thread() is self and not self.writing.is_set():
                self.writing.set()
                self.release.wait(timeout=WAIT)
            return commit(writer, *args, **kwargs)

        return stalled_first_commit

    def run(self):
        try:
            ingest([self.folder])
        except Exception as error:  # reported by the test, not lost in the thread
            self.errors.append(error)
        finally:
            connection.close()


def curate(client, curated):
    kono, kano, lavrov = curated["speakers"]
    to_hide, _, _, retitled = curated["articles"]
    client.post(
        changelist(Article),
        {"action": "hide_articles", "_selected_action": [to_hide.pk], "confirmed": "yes"},
    )
    client.post(
        changelist(Speaker),
        {
            "action": "merge_selected_speakers",
            "_selected_action": [kono.pk, kano.pk],
            "target": kono.pk,
            "confirmed": "yes",
        },
    )
    client.post(
        changelist(Quote),
        {
            "action": "reassign_quotes",
            "_selected_action": [curated["quote"].pk],
            "speaker": lavrov.pk,
            "confirmed": "yes",
        },
    )
    client.post(change_url(retitled), article_form(retitled, title="Kono and Lavrov meet"))


@pytest.mark.slow  # a live ingest racing admin edits
def test_admin_changes_made_while_an_ingest_writes_the_index_all_reach_it(
    sources, curated, curator_client, monkeypatch
):
    monkeypatch.setattr(indexing, "BATCH_SIZE", 10)
    with watching_writers() as admin_waiting:
        ingest_thread = IngestInThread(sources, admin_waiting, monkeypatch)
        ingest_thread.start()
        assert ingest_thread.writing.wait(timeout=WAIT), "the ingest never started writing the index"
        curate(curator_client, curated)
        ingest_thread.join(timeout=WAIT)

    assert not ingest_thread.errors
    documents = indexed_articles()
    to_hide, by_kano, misattributed, retitled = curated["articles"]
    assert to_hide.pk not in documents
    assert indexed_speakers(by_kano.pk) == {"Taro Kono"}
    assert indexed_speakers(misattributed.pk) == {"Sergei Lavrov"}
    assert documents[retitled.pk]["title"] == "Kono and Lavrov meet"
    assert set(documents) == set(Article.objects.published().values_list("pk", flat=True))
    assert Article.objects.count() == SOURCES + 4
    assert not PendingReindex.objects.exists()
    assert admin_waiting.is_set(), "no admin write met the ingest's writer: the test did not overlap them"
