from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """This page's address with ``page`` set to ``number``, every other parameter (filters) kept."""
    params = context["request"].GET.copy()
    params["page"] = number
    return f"?{params.urlencode()}"
