"""Values an add page takes from its URL (``?outlet=3``) are checked before they reach the form."""

from django.core.exceptions import FieldDoesNotExist, ValidationError


class CheckedInitialData:
    """Django's admin hands ``?field=value`` on an add page to the form as initial data unchecked, and
    a value a related field cannot take (``?outlet=x``) fails the page; such values are left out."""

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        return {name: value for name, value in initial.items() if self._takes(name, value)}

    def _takes(self, name, value) -> bool:
        try:
            field = self.model._meta.get_field(name)
        except FieldDoesNotExist:
            return True
        target = field.target_field if field.is_relation else field
        try:
            for item in value if isinstance(value, list) else [value]:
                target.to_python(item)
        except (ValidationError, ValueError, TypeError):
            return False
        return True
