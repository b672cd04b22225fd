"""Old article addresses keep working after curation moves an article."""

from django.http import HttpResponsePermanentRedirect

from articles.models import ArticleRedirect


def remember_old_address(article, old_address: str):
    """Record ``old_address`` for ``article`` if its address has changed since."""
    new_address = article.get_absolute_url()
    if old_address == new_address:
        return
    ArticleRedirect.objects.filter(path=new_address).delete()  # the article is back where it was
    ArticleRedirect.objects.update_or_create(path=old_address, defaults={"article": article})


class ArticleRedirectMiddleware:
    """On a 404, redirect an address an article used to have to where it is now.

    Runs only for responses that are already 404, as Django's own
    ``RedirectFallbackMiddleware`` does.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or "\x00" in request.path:  # no address holds a NUL character
            return response
        redirect = ArticleRedirect.objects.select_related("article__outlet").filter(path=request.path).first()
        if redirect is None or not redirect.article.is_visible:
            return response
        return HttpResponsePermanentRedirect(redirect.article.get_absolute_url())
