"""With a read replica, public pages read from it; the admin, posts and commands read the primary."""

from django.http import HttpResponse
from django.test import RequestFactory

from archive.routers import PRIMARY, REPLICA, ReplicaReadsMiddleware, ReplicaRouter
from articles.models import Article

router = ReplicaRouter()


def read_database_during(method: str, path: str) -> str:
    chosen = []

    def view(request):
        chosen.append(router.db_for_read(Article))
        return HttpResponse()

    ReplicaReadsMiddleware(view)(RequestFactory().generic(method, path))
    return chosen[0]


def test_public_pages_and_searches_read_the_replica():
    assert read_database_during("GET", "/search/?q=talks") == REPLICA
    assert read_database_during("HEAD", "/") == REPLICA


def test_the_admin_and_posted_forms_read_the_primary():
    assert read_database_during("GET", "/admin/articles/article/") == PRIMARY
    assert read_database_during("POST", "/search/") == PRIMARY


def test_outside_a_request_everything_reads_and_writes_the_primary():
    assert router.db_for_read(Article) == PRIMARY
    assert router.db_for_write(Article) == PRIMARY
    assert not router.allow_migrate(REPLICA, "articles")
