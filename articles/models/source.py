from django.db import models


class ArticleSource(models.Model):
    """One place an article was ingested from: a file (and the record within it) or an address.

    The same page reached by several paths (a copied or reorganised folder, a re-scrape) is one
    article with a source for each. The keys are those of the extraction from this source
    (ingest/text_keys.py), so that a later copy of any version of the page finds its article.
    """

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="sources")
    key = models.CharField(max_length=1000, unique=True, help_text="Natural key: URL, or file and record.")
    path = models.CharField(max_length=1000, blank=True)
    record = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    fingerprint = models.CharField(max_length=64, db_index=True, help_text="Hash of the extraction.")
    body_key = models.CharField(max_length=64, blank=True, db_index=True)
    title_key = models.CharField(max_length=64, blank=True, db_index=True)
    lede_key = models.CharField(max_length=64, blank=True, db_index=True)
    url_key = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "created_at", "id"]

    def __str__(self):
        where = self.url or self.path
        return f"{where} (record {self.record})" if self.record else where

    def get_absolute_url(self):
        return self.article.get_absolute_url()
