"""The outlets a diplomatic-news archive starts with, with signatures strong enough to decide alone.

Literal data copied from ``articles/pipeline/known_outlets.py`` when this migration was written
(migrations must not change when the code does). Bare outlet names and photo credits are weak
evidence (any page cites Reuters or credits a Sputnik photo), so the starter signatures of that
kind are removed unless a curator has changed their weight.
"""

from django.db import migrations

OUTLETS = [
    (
        "RT",
        "rt",
        "rt.com",
        [
            ("rt.com", "domain", 5),
            ("Subscribe to RT newsletter", "text", 5),
            ("Autonomous Nonprofit Organization “TV-Novosti”", "text", 5),
        ],
    ),
    (
        "Sputnik",
        "sputnik",
        "sputniknews.com",
        [
            ("sputniknews.com", "domain", 5),
            ("sputnikglobe.com", "domain", 5),
            ("Get push notifications from Sputnik", "text", 5),
            ("Sputnik International", "text", 4),
            ("\\b[A-Z][A-Z .,'-]+\\(Sputnik\\)\\s*[-–—]", "regex", 4),
        ],
    ),
    (
        "DW",
        "dw",
        "dw.com",
        [("dw.com", "domain", 5), ("DW's editors send out", "text", 5), ("Deutsche Welle", "text", 4)],
    ),
    (
        "TASS",
        "tass",
        "tass.com",
        [
            ("tass.com", "domain", 5),
            ("tass.ru", "domain", 5),
            ("\\. /TASS/\\.", "regex", 4),
            ("TASS Russian News Agency", "text", 4),
        ],
    ),
    (
        "Reuters",
        "reuters",
        "reuters.com",
        [
            ("reuters.com", "domain", 5),
            ("©\\s*\\d{4}\\s+(?:Thomson\\s+)?Reuters", "regex", 5),
            ("\\b[A-Z][A-Z .,'-]+\\(Reuters\\)\\s*[-–—]", "regex", 4),
        ],
    ),
    (
        "AP",
        "ap",
        "apnews.com",
        [
            ("apnews.com", "domain", 5),
            ("Copyright \\d{4} The Associated Press", "regex", 4),
            ("\\b[A-Z][A-Z .,'-]+\\(AP\\)\\s*[-–—]", "regex", 4),
        ],
    ),
    (
        "AFP",
        "afp",
        "afp.com",
        [("afp.com", "domain", 5), ("\\b[A-Z][A-Z .,'-]+\\(AFP\\)\\s*[-–—]", "regex", 4)],
    ),
    (
        "BBC",
        "bbc",
        "bbc.com",
        [
            ("bbc.com", "domain", 5),
            ("bbc.co.uk", "domain", 5),
            ("The BBC is not responsible for the content of external sites", "text", 5),
            ("©\\s*\\d{4}\\s+BBC", "regex", 5),
        ],
    ),
    (
        "Kyodo News",
        "kyodo",
        "kyodonews.net",
        [("kyodonews.net", "domain", 5), ("\\b[A-Z][A-Z .,'-]+\\(Kyodo\\)\\s*[-–—]", "regex", 4)],
    ),
    ("NHK", "nhk", "nhk.or.jp", [("nhk.or.jp", "domain", 5), ("NHK WORLD-JAPAN", "text", 4)]),
    (
        "The Japan Times",
        "japan-times",
        "japantimes.co.jp",
        [("japantimes.co.jp", "domain", 5), ("© The Japan Times", "text", 5)],
    ),
    (
        "Xinhua",
        "xinhua",
        "xinhuanet.com",
        [
            ("xinhuanet.com", "domain", 5),
            ("news.cn", "domain", 5),
            ("\\b[A-Z][A-Z .,'-]+\\(Xinhua\\)\\s*[-–—]", "regex", 4),
        ],
    ),
    (
        "Al Jazeera",
        "al-jazeera",
        "aljazeera.com",
        [("aljazeera.com", "domain", 5), ("Al Jazeera Media Network", "text", 5)],
    ),
    ("CNN", "cnn", "cnn.com", [("cnn.com", "domain", 5)]),
    ("The Guardian", "guardian", "theguardian.com", [("theguardian.com", "domain", 5)]),
    ("The New York Times", "nytimes", "nytimes.com", [("nytimes.com", "domain", 5)]),
    ("The Washington Post", "washington-post", "washingtonpost.com", [("washingtonpost.com", "domain", 5)]),
    ("Bloomberg", "bloomberg", "bloomberg.com", [("bloomberg.com", "domain", 5)]),
    ("Nikkei Asia", "nikkei-asia", "asia.nikkei.com", [("asia.nikkei.com", "domain", 5)]),
    ("South China Morning Post", "scmp", "scmp.com", [("scmp.com", "domain", 5)]),
    ("The Moscow Times", "moscow-times", "themoscowtimes.com", [("themoscowtimes.com", "domain", 5)]),
    ("Interfax", "interfax", "interfax.com", [("interfax.com", "domain", 5)]),
    ("Yonhap", "yonhap", "yna.co.kr", [("yna.co.kr", "domain", 5)]),
    ("CGTN", "cgtn", "cgtn.com", [("cgtn.com", "domain", 5)]),
    ("Global Times", "global-times", "globaltimes.cn", [("globaltimes.cn", "domain", 5)]),
    ("The Asahi Shimbun", "asahi", "asahi.com", [("asahi.com", "domain", 5)]),
    ("The Mainichi", "mainichi", "mainichi.jp", [("mainichi.jp", "domain", 5)]),
    ("The Japan News", "japan-news", "japannews.yomiuri.co.jp", [("japannews.yomiuri.co.jp", "domain", 5)]),
    ("France 24", "france24", "france24.com", [("france24.com", "domain", 5)]),
    ("Euronews", "euronews", "euronews.com", [("euronews.com", "domain", 5)]),
    ("RFE/RL", "rferl", "rferl.org", [("rferl.org", "domain", 5)]),
    ("The Diplomat", "the-diplomat", "thediplomat.com", [("thediplomat.com", "domain", 5)]),
    ("Anadolu Agency", "anadolu", "aa.com.tr", [("aa.com.tr", "domain", 5)]),
]

WEAK_STARTER_SIGNATURES = [("RT", "RT News", 2), ("Sputnik", "© Sputnik", 2)]


def add_known_outlets(apps, schema_editor):
    Outlet = apps.get_model("articles", "Outlet")
    OutletSignature = apps.get_model("articles", "OutletSignature")
    for name, slug, domain, signatures in OUTLETS:
        outlet = Outlet.objects.filter(name=name).first()
        if outlet is None:
            free = slug if not Outlet.objects.filter(slug=slug).exists() else f"{slug}-outlet"
            outlet = Outlet.objects.create(name=name, slug=free, home_domain=domain)
        for pattern, kind, weight in signatures:
            OutletSignature.objects.get_or_create(
                outlet=outlet, pattern=pattern, kind=kind, defaults={"weight": weight}
            )
    for name, pattern, weight in WEAK_STARTER_SIGNATURES:
        OutletSignature.objects.filter(outlet__name=name, pattern=pattern, weight=weight).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_curation")]

    operations = [migrations.RunPython(add_known_outlets, migrations.RunPython.noop)]
