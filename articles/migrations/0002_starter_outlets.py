"""The outlets a diplomatic-news archive starts with, and the signatures that recognise their pages.

Literal data, as migrations should hold: curators edit these in the admin afterwards.
"""

from django.db import migrations

OUTLETS = [
    ("DW", "dw", "dw.com", [("dw.com", "domain", 5), ("DW's editors", "text", 5), ("Deutsche Welle", "text", 3)]),
    ("RT", "rt", "rt.com", [("rt.com", "domain", 5), ("Subscribe to RT newsletter", "text", 5), ("RT News", "text", 2)]),
    (
        "Sputnik",
        "sputnik",
        "sputniknews.com",
        [("sputniknews.com", "domain", 5), (r"\([Ss]putnik\) [-–—]", "regex", 5), ("© Sputnik", "text", 2)],
    ),
]


def add_outlets(apps, schema_editor):
    Outlet = apps.get_model("articles", "Outlet")
    OutletSignature = apps.get_model("articles", "OutletSignature")
    for name, slug, domain, signatures in OUTLETS:
        outlet, _ = Outlet.objects.get_or_create(name=name, defaults={"slug": slug, "home_domain": domain})
        for pattern, kind, weight in signatures:
            OutletSignature.objects.get_or_create(
                outlet=outlet, pattern=pattern, kind=kind, defaults={"weight": weight}
            )


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(add_outlets, migrations.RunPython.noop)]
