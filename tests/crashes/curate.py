"""A curator's admin edits, posted through Django's test client inside a process of its own.

    curate save-title ARTICLE_ID NEW_TITLE    (the change form as a browser sends it)
    curate delete ARTICLE_ID

Prints the response's status code, so the caller sees a server error if there is one.
"""

from django.contrib.auth import get_user_model
from django.test import Client

from tests.admin.browser_form import browser_submission

USERNAME = "crash-curator"


def curate(args):
    action, article_id, *rest = args
    client = Client(SERVER_NAME="localhost")
    client.force_login(_curator())
    change_url = f"/admin/articles/article/{article_id}/change/"
    if action == "save-title":
        page = client.get(change_url).content.decode()
        response = client.post(change_url, browser_submission(page, "article_form", title=rest[0]))
    elif action == "delete":
        response = client.post(f"/admin/articles/article/{article_id}/delete/", {"post": "yes"})
    else:
        raise SystemExit(f"unknown action {action!r}")
    print(response.status_code, flush=True)


def _curator():
    user, created = get_user_model().objects.get_or_create(
        username=USERNAME, defaults={"is_staff": True, "is_superuser": True}
    )
    return user
