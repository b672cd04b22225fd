"""Home time zones and kinds of the starter outlets; agency datelines stop naming outlets; times stored
without a zone stop passing for UTC.

Literal data, as migrations should hold. A wire dateline such as "MOSCOW (Sputnik) -" is the story's
credit, not the site that published it, so the dateline signatures migration 0004 installed go, with AP's copyright line, (unless a
curator changed their weight). Until now a time a page printed without a zone was stored as if it were
UTC (blank ``published_tz``): it is read in the outlet's zone where the outlet has one, and otherwise
kept as a local time of unknown zone.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.db import migrations

ZONES_AND_KINDS = {
    "RT": ("Europe/Moscow", "broadcaster"),
    "Sputnik": ("Europe/Moscow", "agency"),
    "TASS": ("Europe/Moscow", "agency"),
    "Interfax": ("Europe/Moscow", "agency"),
    "The Moscow Times": ("Europe/Moscow", "newspaper"),
    "DW": ("Europe/Berlin", "broadcaster"),
    "Reuters": ("", "agency"),
    "AP": ("America/New_York", "agency"),
    "AFP": ("Europe/Paris", "agency"),
    "France 24": ("Europe/Paris", "broadcaster"),
    "BBC": ("Europe/London", "broadcaster"),
    "The Guardian": ("Europe/London", "newspaper"),
    "Kyodo News": ("Asia/Tokyo", "agency"),
    "NHK": ("Asia/Tokyo", "broadcaster"),
    "The Japan Times": ("Asia/Tokyo", "newspaper"),
    "The Asahi Shimbun": ("Asia/Tokyo", "newspaper"),
    "The Mainichi": ("Asia/Tokyo", "newspaper"),
    "The Japan News": ("Asia/Tokyo", "newspaper"),
    "Nikkei Asia": ("Asia/Tokyo", "magazine"),
    "Xinhua": ("Asia/Shanghai", "agency"),
    "CGTN": ("Asia/Shanghai", "broadcaster"),
    "Global Times": ("Asia/Shanghai", "newspaper"),
    "South China Morning Post": ("Asia/Hong_Kong", "newspaper"),
    "Yonhap": ("Asia/Seoul", "agency"),
    "Al Jazeera": ("Asia/Qatar", "broadcaster"),
    "Anadolu Agency": ("Europe/Istanbul", "agency"),
    "CNN": ("America/New_York", "broadcaster"),
    "The New York Times": ("America/New_York", "newspaper"),
    "The Washington Post": ("America/New_York", "newspaper"),
    "Bloomberg": ("America/New_York", "agency"),
    "Euronews": ("Europe/Paris", "broadcaster"),
    "RFE/RL": ("Europe/Prague", "broadcaster"),
    "The Diplomat": ("", "magazine"),
}
DATELINE_AGENCIES = ("Sputnik", "Reuters", "AP", "AFP", "Kyodo", "Xinhua")


def set_zones_and_kinds(apps, schema_editor):
    Outlet = apps.get_model("articles", "Outlet")
    for name, (zone, kind) in ZONES_AND_KINDS.items():
        Outlet.objects.filter(name=name, time_zone="").update(time_zone=zone)
        Outlet.objects.filter(name=name, kind="unknown").update(kind=kind)


def drop_dateline_signatures(apps, schema_editor):
    OutletSignature = apps.get_model("articles", "OutletSignature")
    for agency in DATELINE_AGENCIES:
        pattern = rf"\b[A-Z][A-Z .,'-]+\({agency}\)\s*[-–—]"
        OutletSignature.objects.filter(kind="regex", pattern=pattern, weight=4).delete()
    # Closes AP stories on every newspaper site that runs them: a credit, not the site.
    OutletSignature.objects.filter(kind="regex", pattern=r"Copyright \d{4} The Associated Press", weight=4).delete()


def stop_passing_local_times_for_utc(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    naive = Article.objects.filter(published_at__isnull=False, published_tz="").select_related("outlet")
    for article in naive.iterator():
        printed = article.published_at.astimezone(UTC).replace(tzinfo=None)  # what the page printed
        zone = article.outlet.time_zone if article.outlet_id else ""
        if zone:
            moment = printed.replace(tzinfo=ZoneInfo(zone))
            article.published_at, article.published_tz = moment, _offset(moment)
        else:
            article.published_at, article.published_local_time = None, printed.time()
        article.save(update_fields=["published_at", "published_tz", "published_local_time"])


def _offset(moment: datetime) -> str:
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_outlet_sites_and_zones")]

    operations = [
        migrations.RunPython(set_zones_and_kinds, migrations.RunPython.noop),
        migrations.RunPython(drop_dateline_signatures, migrations.RunPython.noop),
        migrations.RunPython(stop_passing_local_times_for_utc, migrations.RunPython.noop),
    ]
