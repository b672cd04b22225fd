from django.db import models


class PendingReindex(models.Model):
    """An article whose index documents must be written again: added in the same transaction as the
    change, deleted only once an index write covering it has committed (search/indexing.py).

    No foreign key: a deleted article must still have its document removed.
    """

    article_id = models.BigIntegerField(db_index=True)
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["queued_at", "id"]
        verbose_name_plural = "pending reindexes"

    def __str__(self):
        return f"article {self.article_id}"
