from datetime import UTC, datetime, timedelta, timezone

from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def published(article):
    """The publication date as the outlet gave it: day, time and UTC offset when known."""
    if article.published_at is None:
        if article.published_on is None:
            return ""
        if article.published_local_time is not None:
            return _local(article)
        return format_html('<time datetime="{}">{}</time>', article.published_on.isoformat(), _day(article))
    moment = article.published_at.astimezone(_offset(article.published_tz))
    label = format_date(moment, "j F Y, H:i")
    if article.published_tz:
        label += f" (UTC{article.published_tz})"
    return format_html('<time datetime="{}">{}</time>', moment.isoformat(), label)


def _local(article):
    """A time printed without a zone, for an outlet whose zone is unknown: local time, not UTC."""
    moment = datetime.combine(article.published_on, article.published_local_time)
    label = format_date(moment, "j F Y, H:i") + " (local time; time zone unknown)"
    return format_html('<time datetime="{}">{}</time>', moment.strftime("%Y-%m-%dT%H:%M"), label)


def _day(article):
    return format_date(article.published_on, "j F Y")


def _offset(text):
    if not text:
        return UTC
    sign = -1 if text.startswith("-") else 1
    hours, minutes = text[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
