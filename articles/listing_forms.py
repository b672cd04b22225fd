"""Forms that narrow a public list: a speaker's quotations by outlet and year, an archive month by outlet."""

from django import forms


class QuoteFilterForm(forms.Form):
    outlet = forms.ChoiceField(label="Outlet", required=False)
    year = forms.TypedChoiceField(label="Year", required=False, coerce=int, empty_value=None)

    def __init__(self, data, outlets, years):
        super().__init__(data)
        self.fields["outlet"].choices = [("", "All outlets"), *outlets]
        self.fields["year"].choices = [("", "All years"), *((year, year) for year in years)]

    def choice(self) -> dict:
        """The outlet and year chosen, leaving out what was not (or not validly) chosen."""
        if not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}

    def narrow(self, quotes):
        """``quotes`` limited to the chosen outlet and year; all of them when nothing valid was chosen."""
        choice = self.choice()
        if "outlet" in choice:
            quotes = quotes.in_outlet(choice["outlet"])
        if "year" in choice:
            quotes = quotes.in_year(choice["year"])
        return quotes
