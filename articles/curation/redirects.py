"""Old article addresses keep working after curation moves an article (recorded by
``ArticleRedirect.objects.remember``)."""

from django.http import HttpResponsePermanentRedirect

from articles.models import ArticleRedirect


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
