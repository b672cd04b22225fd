from django import forms


class MergeTargetForm(forms.Form):
    """Which of the selected records the others merge into; the suggested one is chosen to begin with."""

    target = forms.ModelChoiceField(queryset=None, widget=forms.RadioSelect, label="Keep")

    def __init__(self, *args, choices, help_text, suggested=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = choices
        self.fields["target"].initial = suggested if suggested is not None else choices.first()
        self.fields["target"].help_text = help_text
