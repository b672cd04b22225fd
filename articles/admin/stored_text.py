"""Form fields that compare and save text in the form the archive stores it.

A browser sends a textarea's line breaks as CRLF, and Django strips the whitespace around a value:
neither is an edit. Without this, opening an article and saving it unedited rewrote its body with
``\\r\\n``, marked it curated (so re-ingest never refreshed it) and moved every quotation's span.
"""

from django import forms


def stored_form(text: str | None) -> str:
    """Text as the archive stores it: ``\\n`` line breaks, no surrounding whitespace."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


class StoredTextField(forms.CharField):
    """A text field that counts as changed only when its stored form changes."""

    def to_python(self, value):
        return stored_form(super().to_python(value))

    def has_changed(self, initial, data):
        return not self.disabled and stored_form(initial) != self.to_python(data)


class KeepsUnchangedValues:
    """For a ModelForm: a field the curator did not change keeps its stored value exactly (a text's
    surrounding whitespace, a list's items as stored), so that saving writes back what was there."""

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        model_fields = {field.name for field in self._meta.model._meta.fields}
        for name in self.fields:
            if name in cleaned and name in model_fields and name not in self.changed_data:
                cleaned[name] = getattr(self.instance, name)
        return cleaned
