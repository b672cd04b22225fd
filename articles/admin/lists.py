"""Editing a list of short texts (an article's tags or subheadings) as lines, one item a line."""

from django import forms


class LinesWidget(forms.Textarea):
    """A textarea a line per item, as tall as the list and a little more."""

    def __init__(self, attrs=None):
        super().__init__({"class": "lines-editor", **(attrs or {})})

    def format_value(self, value):
        return "\n".join(value) if isinstance(value, list | tuple) else super().format_value(value)

    def get_context(self, name, value, attrs):
        lines = len(value) if isinstance(value, list | tuple) else len(str(value or "").splitlines())
        return super().get_context(name, value, {**(attrs or {}), "rows": max(3, lines + 1)})


class LinesField(forms.Field):
    """A list of short texts, edited one a line; blank lines and surrounding spaces are dropped."""

    widget = LinesWidget

    def to_python(self, value) -> list[str]:
        if isinstance(value, list | tuple):
            return [str(item) for item in value]
        lines = (line.strip() for line in str(value or "").splitlines())
        return [line for line in lines if line]

    def has_changed(self, initial, data) -> bool:
        return self.to_python(initial or []) != self.to_python(data)
