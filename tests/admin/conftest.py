import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def curator(db, django_user_model):
    """A staff member in the "curator" group the migration creates, with no permission of their own."""
    user = django_user_model.objects.create_user("curator", password="curator-password", is_staff=True)
    user.groups.add(Group.objects.get(name="curator"))
    return user


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def act(curator_client, django_capture_on_commit_callbacks):
    """Run an admin action as the curator; ``confirm=False`` only asks for its confirmation page."""

    def act(model, action, objects, *, confirm=True, **fields):
        data = {"action": action, "index": 0, "_selected_action": [obj.pk for obj in objects], **fields}
        if confirm:
            data["confirmed"] = "yes"
            del data["index"]
        with django_capture_on_commit_callbacks(execute=True):
            return curator_client.post(changelist(model), data, follow=confirm)

    return act


@pytest.fixture
def save(curator_client, django_capture_on_commit_callbacks):
    """Post an admin change form as the curator, running what waits for the commit."""

    def save(obj, data):
        with django_capture_on_commit_callbacks(execute=True):
            return curator_client.post(change_url(obj), data)

    return save


def changelist(model) -> str:
    return f"/admin/articles/{model._meta.model_name}/"


def change_url(obj) -> str:
    return f"/admin/articles/{obj._meta.model_name}/{obj.pk}/change/"
