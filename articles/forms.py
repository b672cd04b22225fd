from datetime import UTC, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.dateparse import parse_date, parse_datetime

from articles.search import (
    ARTICLES,
    MAX_PAGE,
    QUOTES,
    RELEVANCE,
    SORTS,
    SearchParams,
    asks_for_quotes,
    normalise,
)


class UTCDateField(forms.CharField):
    """A day (2019-01-27), or an instant with an offset (2019-01-27T01:00+03:00) taken as its UTC day."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            moment = parse_datetime(value) or parse_date(value)
        except ValueError:
            moment = None
        if moment is None:
            raise ValidationError("Give a date as YYYY-MM-DD.", code="invalid")
        if isinstance(moment, datetime):
            return self._utc_day(moment)
        return moment

    def _utc_day(self, moment: datetime):
        try:
            return (moment.astimezone(UTC) if moment.tzinfo else moment).date()
        except OverflowError:  # 0001-01-01T00:00+05:00 is a day before the first one a date can hold
            raise ValidationError("Give a date between 0001-01-01 and 9999-12-31.", code="range") from None


class AnyValuesField(forms.MultipleChoiceField):
    """Several values, offered from a list but not limited to it: an unknown outlet finds nothing."""

    MAX_VALUES = 50

    def valid_value(self, value):
        return len(value) <= 300

    def clean(self, value):
        return super().clean(value)[: self.MAX_VALUES]


class SearchForm(forms.Form):
    """Everything a search can be, read from the URL. A bad value is reported and left out, never fatal."""

    q = forms.CharField(label="Search the archive", required=False, strip=True)
    mode = forms.ChoiceField(choices=[(ARTICLES, "Articles"), (QUOTES, "Quotations")], required=False)
    outlet = AnyValuesField(label="Outlets", required=False)
    speaker = forms.CharField(label="Speaker", required=False, max_length=300)
    lang = forms.CharField(label="Language", required=False, max_length=12, widget=forms.Select)
    date_from = UTCDateField(label="From", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = UTCDateField(label="To", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sort = forms.ChoiceField(
        label="Sort by",
        choices=[("relevance", "Relevance"), ("newest", "Newest first"), ("oldest", "Oldest first")],
        required=False,
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)

    def __init__(self, *args, outlets=(), languages=(), **kwargs):
        """``outlets`` and ``languages`` are offered in the filter lists; others are still accepted."""
        super().__init__(*args, **kwargs)
        self._params = None
        self.fields["outlet"].choices = [(name, name) for name in outlets]
        self.fields["lang"].widget.choices = [("", "Any")] + [(code, code) for code in languages]

    def outlet_options(self) -> list[tuple[str, bool]]:
        """(name, selected) for the outlet checkboxes, the chosen ones first (a long list need not be
        scrolled to see them); drawn by the template (Django's widgets are slow)."""
        chosen = self.search_params().outlets
        offered = [name for name, _label in self.fields["outlet"].choices if name not in chosen]
        return [(name, True) for name in chosen] + [(name, False) for name in offered]

    def language_options(self) -> list[tuple[str, bool]]:
        chosen = self.search_params().language
        return [(code, code == chosen) for code, _label in self.fields["lang"].widget.choices if code]

    def add_prefix(self, field_name):
        # "from" is a Python keyword, so the fields are date_from/date_to but the URL says from=/to=.
        return {"date_from": "from", "date_to": "to"}.get(field_name, field_name)

    def search_params(self) -> SearchParams:
        """The search this form asks for, from the fields that are valid."""
        if self._params is None:
            self._params = self._read_params()
        return self._params

    def _read_params(self) -> SearchParams:
        if self.is_bound:
            self.is_valid()
        data = getattr(self, "cleaned_data", {})
        q = normalise(data.get("q") or "")
        date_from, date_to = data.get("date_from"), data.get("date_to")
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        return SearchParams(
            q=q,
            mode=QUOTES if data.get("mode") == QUOTES or asks_for_quotes(q) else ARTICLES,
            outlets=tuple(data.get("outlet") or ()),
            speaker=(data.get("speaker") or "").strip(),
            language=data.get("lang") or "",
            date_from=date_from,
            date_to=date_to,
            sort=data.get("sort") if data.get("sort") in SORTS else RELEVANCE,
            page=data.get("page") or 1,
        )
