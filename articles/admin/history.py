"""Actions record what they did in the admin's history, one entry per object changed."""

from django.contrib.admin.models import CHANGE, LogEntry


def log_changes(request, objects, message: str):
    objects = list(objects)
    if objects:
        LogEntry.objects.log_actions(request.user.pk, objects, CHANGE, message)
