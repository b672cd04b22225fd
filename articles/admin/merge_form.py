from django import forms


class MergeTargetForm(forms.Form):
    """Which of the selected records the others merge into."""

    target = forms.ModelChoiceField(queryset=None, widget=forms.RadioSelect, label="Keep")

    def __init__(self, *args, choices, help_text, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = choices
        self.fields["target"].initial = choices.first()
        self.fields["target"].help_text = help_text
