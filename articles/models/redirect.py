from django.db import models


class ArticleRedirectQuerySet(models.QuerySet):
    def remember(self, article, old_address: str):
        """Record ``old_address`` for ``article`` if its address has changed since."""
        new_address = article.get_absolute_url()
        if old_address == new_address:
            return
        self.filter(path=new_address).delete()  # the article is back where it was
        self.update_or_create(path=old_address, defaults={"article": article})


class ArticleRedirect(models.Model):
    """An address an article had before curation moved it (outlet merged, date or outlet fixed).

    Links already shared keep working: the article's old address redirects to
    its current one.
    """

    path = models.CharField(max_length=1000, unique=True)
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ArticleRedirectQuerySet.as_manager()

    class Meta:
        ordering = ["path"]

    def __str__(self):
        return f"{self.path} → {self.article_id}"

    def get_absolute_url(self):
        return self.article.get_absolute_url()
