"""The outlets a diplomatic-news archive starts with, and how each page says which it is.

What the migrations leave in a new archive (``0004_known_outlets`` holds the data as it was then,
later ones refine it), as plain data for the parsing tests and the extraction benchmark, which run
without a database; curators edit the signatures in the admin afterwards.
Each signature is ``(pattern, kind, weight)`` with ``kind`` one of ``domain``, ``text``
(a literal, case-sensitive phrase) or ``regex``. Signatures are matched only where a page
speaks for its own site (its address, masthead and footer): a page's own domain, copyright
line or self-promotion is STRONG, a phrase others may quote is FIRM. Bare names and agency
datelines ("MOSCOW (Sputnik) -") are left out: any outlet mentions and republishes others,
and a wire story's agency is its credit (``wire``), not the site that published it.
"""

from articles.pipeline.records import OutletSignature

STRONG, FIRM = 5, 4


KNOWN_OUTLETS = [
    {
        "name": "RT",
        "slug": "rt",
        "domain": "rt.com",
        "signatures": [
            ("rt.com", "domain", STRONG),
            ("Subscribe to RT newsletter", "text", STRONG),
            ("Autonomous Nonprofit Organization “TV-Novosti”", "text", STRONG),
        ],
    },
    {
        "name": "Sputnik",
        "slug": "sputnik",
        "domain": "sputniknews.com",
        "signatures": [
            ("sputniknews.com", "domain", STRONG),
            ("sputnikglobe.com", "domain", STRONG),
            ("Get push notifications from Sputnik", "text", STRONG),
            ("Sputnik International", "text", FIRM),
        ],
    },
    {
        "name": "DW",
        "slug": "dw",
        "domain": "dw.com",
        "signatures": [
            ("dw.com", "domain", STRONG),
            ("DW's editors send out", "text", STRONG),
            ("Deutsche Welle", "text", FIRM),
        ],
    },
    {
        "name": "TASS",
        "slug": "tass",
        "domain": "tass.com",
        "signatures": [
            ("tass.com", "domain", STRONG),
            ("tass.ru", "domain", STRONG),
            (r"\. /TASS/\.", "regex", FIRM),
            ("TASS Russian News Agency", "text", FIRM),
        ],
    },
    {
        "name": "Reuters",
        "slug": "reuters",
        "domain": "reuters.com",
        "signatures": [
            ("reuters.com", "domain", STRONG),
            (r"©\s*\d{4}\s+(?:Thomson\s+)?Reuters", "regex", STRONG),
        ],
    },
    {
        "name": "AP",
        "slug": "ap",
        "domain": "apnews.com",
        "signatures": [
            ("apnews.com", "domain", STRONG),
        ],
    },
    {
        "name": "AFP",
        "slug": "afp",
        "domain": "afp.com",
        "signatures": [
            ("afp.com", "domain", STRONG),
        ],
    },
    {
        "name": "BBC",
        "slug": "bbc",
        "domain": "bbc.com",
        "signatures": [
            ("bbc.com", "domain", STRONG),
            ("bbc.co.uk", "domain", STRONG),
            ("The BBC is not responsible for the content of external sites", "text", STRONG),
            (r"©\s*\d{4}\s+BBC", "regex", STRONG),
        ],
    },
    {
        "name": "Kyodo News",
        "slug": "kyodo",
        "domain": "kyodonews.net",
        "signatures": [
            ("kyodonews.net", "domain", STRONG),
        ],
    },
    {
        "name": "NHK",
        "slug": "nhk",
        "domain": "nhk.or.jp",
        "signatures": [
            ("nhk.or.jp", "domain", STRONG),
            ("NHK WORLD-JAPAN", "text", FIRM),
        ],
    },
    {
        "name": "The Japan Times",
        "slug": "japan-times",
        "domain": "japantimes.co.jp",
        "signatures": [
            ("japantimes.co.jp", "domain", STRONG),
            ("© The Japan Times", "text", STRONG),
        ],
    },
    {
        "name": "Xinhua",
        "slug": "xinhua",
        "domain": "xinhuanet.com",
        "signatures": [
            ("xinhuanet.com", "domain", STRONG),
            ("news.cn", "domain", STRONG),
        ],
    },
    {
        "name": "Al Jazeera",
        "slug": "al-jazeera",
        "domain": "aljazeera.com",
        "signatures": [
            ("aljazeera.com", "domain", STRONG),
            ("Al Jazeera Media Network", "text", STRONG),
        ],
    },
    *[
        {
            "name": name,
            "slug": slug,
            "domain": domain,
            "signatures": [(domain, "domain", STRONG)],
        }
        for name, slug, domain in (
            ("CNN", "cnn", "cnn.com"),
            ("The Guardian", "guardian", "theguardian.com"),
            ("The New York Times", "nytimes", "nytimes.com"),
            ("The Washington Post", "washington-post", "washingtonpost.com"),
            ("Bloomberg", "bloomberg", "bloomberg.com"),
            ("Nikkei Asia", "nikkei-asia", "asia.nikkei.com"),
            ("South China Morning Post", "scmp", "scmp.com"),
            ("The Moscow Times", "moscow-times", "themoscowtimes.com"),
            ("Interfax", "interfax", "interfax.com"),
            ("Yonhap", "yonhap", "yna.co.kr"),
            ("CGTN", "cgtn", "cgtn.com"),
            ("Global Times", "global-times", "globaltimes.cn"),
            ("The Asahi Shimbun", "asahi", "asahi.com"),
            ("The Mainichi", "mainichi", "mainichi.jp"),
            ("The Japan News", "japan-news", "japannews.yomiuri.co.jp"),
            ("France 24", "france24", "france24.com"),
            ("Euronews", "euronews", "euronews.com"),
            ("RFE/RL", "rferl", "rferl.org"),
            ("The Diplomat", "the-diplomat", "thediplomat.com"),
            ("Anadolu Agency", "anadolu", "aa.com.tr"),
        )
    ],
]

# As the pipeline receives them from the database.
SIGNATURES = [
    OutletSignature(outlet["name"], pattern, kind, weight)
    for outlet in KNOWN_OUTLETS
    for pattern, kind, weight in outlet["signatures"]
]
