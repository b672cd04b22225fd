"""How long texts sit in the admin's lists: one line cut to the column, the whole text on hover."""

from django.utils.html import format_html

MAX_SHOWN = 240  # characters put in the page; the column shows fewer, the tooltip all


def truncated(text: str, css_class: str = "truncate") -> str:
    """``text`` on one line cut with an ellipsis to its column's width (admin.css), whole in the tooltip."""
    text = text or ""
    shown = text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN].rsplit(" ", 1)[0] + " …"
    return format_html('<span class="{}" title="{}">{}</span>', css_class, text, shown)
