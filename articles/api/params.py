"""Query parameters read with Django form fields, whose messages name no parameter: the error
handler (errors.py) puts the parameter's name in front ("year must be from 1 to 9999")."""

from django import forms
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import ValidationError

# The largest id a database column holds (SQLite's and PostgreSQL's 64-bit integers).
LARGEST_ID = 2**63 - 1
NO_NUL = {"null_characters_not_allowed": "must not hold a NUL character"}  # PostgreSQL cannot compare one


class WholeNumberField(forms.IntegerField):
    """A whole number from ``min_value`` to ``max_value`` (ids by default)."""

    def __init__(self, *, min_value=0, max_value=LARGEST_ID, **kwargs):
        within = f"must be from {min_value} to {max_value}"
        messages = {"invalid": "must be a whole number", "min_value": within, "max_value": within}
        super().__init__(min_value=min_value, max_value=max_value, error_messages=messages, **kwargs)


class DayField(forms.DateField):
    """A calendar day written YYYY-MM-DD."""

    input_formats = ["%Y-%m-%d"]

    def to_python(self, value):
        try:
            return super().to_python(value)
        except DjangoValidationError:
            raise DjangoValidationError(f"must be a date such as 2019-01-27, not {value[:40]!r}") from None


class TextField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(error_messages=NO_NUL, **kwargs)


def parameter(request, name: str, field: forms.Field, default=None):
    """The query parameter ``name`` cleaned by ``field``, ``default`` when absent or empty."""
    raw = request.query_params.get(name, "")
    if raw == "":
        return default
    try:
        return field.clean(raw)
    except DjangoValidationError as error:
        raise ValidationError({name: error.messages}) from None
