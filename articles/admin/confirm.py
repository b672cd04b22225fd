"""Curator actions confirm what they will change before changing it, then say what they changed."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django import forms
from django.contrib import messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse

MAX_LISTED = 100


@dataclass
class Confirmation:
    """What the confirmation page shows: a title, what will change, and the objects concerned."""

    title: str
    changes: list[str]
    items: list[str] = field(default_factory=list)
    form_class: type[forms.Form] | None = None
    form_kwargs: dict = field(default_factory=dict)
    confirm_label: str = "Yes, go ahead"


def confirm_then(modeladmin, request, queryset, confirmation: Confirmation, apply: Callable[[dict], str]):
    """Show the confirmation page; once the curator confirms (and the form is valid), run ``apply``
    with the form's cleaned data and report the message it returns."""
    submitted = request.POST.get("confirmed") == "yes"
    form = _form(confirmation, request.POST if submitted else None)
    if submitted and (form is None or form.is_valid()):
        modeladmin.message_user(request, apply(form.cleaned_data if form else {}), messages.SUCCESS)
        return None
    return _page(modeladmin, request, queryset, confirmation, form)


def refuse(modeladmin, request, message: str):
    """Say why an action cannot run, and change nothing."""
    modeladmin.message_user(request, message, messages.WARNING)


def _form(confirmation: Confirmation, data):
    if confirmation.form_class is None:
        return None
    return confirmation.form_class(data, **confirmation.form_kwargs)


def _page(modeladmin, request, queryset, confirmation: Confirmation, form):
    opts = modeladmin.model._meta
    media = modeladmin.media + form.media if form is not None else modeladmin.media
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": confirmation.title,
        "opts": opts,
        "changes": confirmation.changes,
        "items": confirmation.items[:MAX_LISTED],
        "more_items": max(0, len(confirmation.items) - MAX_LISTED),
        "form": form,
        "media": media,
        "action": request.POST.get("action", ""),
        "selected": [str(pk) for pk in queryset.values_list("pk", flat=True)],
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "confirm_label": confirmation.confirm_label,
    }
    request.current_app = modeladmin.admin_site.name
    return TemplateResponse(request, "admin/articles/confirm_action.html", context)
