"""Every page carries a Content-Security-Policy and breaks none of it: no inline script or style,
nothing loaded from elsewhere (the browser reports any violation in its console)."""

import pytest
from django.contrib.auth.models import User

from articles.models import Article, Outlet, Speaker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC_PAGES = [
    "/",
    "/search/?q=peace+treaty",
    "/search/?q=Lavrov&mode=quotes",
    "/search/?q=xyzzyq",
    "/search/help/",
    "/archive/",
    "/archive/2019/",
    "/coverage/",
]


def visit(page, url) -> list[str]:
    """Opens ``url``, checks it carries the policy, and returns the violations the console reported."""
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    response = page.goto(url)
    page.wait_for_load_state("load")
    assert "default-src 'self'" in response.headers.get("content-security-policy", ""), url
    return [text for text in messages if "Content Security Policy" in text]


def seed_pages():
    article = Article.objects.published().first()
    speaker = Speaker.objects.active().filter(quotes__isnull=False).first()
    outlet = Outlet.objects.filter(articles__isnull=False).first()
    return [article.get_absolute_url(), speaker.get_absolute_url(), outlet.get_absolute_url()]


@pytest.mark.usefixtures("ingested_seeds")
def test_the_public_pages_raise_no_policy_violation(live_server, page):
    violations = {url: visit(page, live_server.url + url) for url in PUBLIC_PAGES + seed_pages()}

    assert {url: found for url, found in violations.items() if found} == {}


@pytest.mark.usefixtures("ingested_seeds")
def test_the_admin_pages_a_curator_uses_raise_no_policy_violation(live_server, page):
    User.objects.create_superuser("curator", "curator@example.org", "curator-password")
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("curator")
    page.get_by_label("Password").fill("curator-password")
    page.get_by_role("button", name="Log in").click()
    article, speaker = Article.objects.first(), Speaker.objects.first()
    pages = [
        "/admin/",
        "/admin/articles/article/",
        f"/admin/articles/article/{article.pk}/change/",
        f"/admin/articles/speaker/{speaker.pk}/change/",
        "/admin/articles/quote/",
        "/admin/articles/outlet/add/",
    ]

    violations = {url: visit(page, live_server.url + url) for url in pages}

    assert {url: found for url, found in violations.items() if found} == {}
