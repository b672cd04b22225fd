from django import forms

MAX_QUERY_LENGTH = 10_000


class SearchForm(forms.Form):
    q = forms.CharField(label="Search the archive", required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    page = forms.IntegerField(required=False, min_value=1)
