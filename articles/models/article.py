from django.db import models
from django.db.models.functions import TruncMonth
from django.urls import reverse

from .fields import free_slug, slug_base
from .published import split_published


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What the public sees: visible articles, with what their pages and listings show."""
        return self.filter(is_visible=True).select_related("outlet")

    def newest_first(self):
        return self.order_by(models.F("published_on").desc(nulls_last=True), "-published_at", "-id")

    def for_source(self, source_key):
        """The article ingested from this source (its URL, or its file and record), among all its sources."""
        return self.filter(sources__key=source_key)

    def from_other_outlets_than(self, article):
        """Articles other than ``article`` and not from its outlet (articles of unknown outlet included)."""
        others = self.exclude(pk=article.pk)
        return others.exclude(outlet_id=article.outlet_id) if article.outlet_id else others

    def month_counts(self):
        """Rows of ``month`` (first day) and ``count``, oldest first; undated articles left out."""
        return (
            self.filter(published_on__isnull=False)
            .annotate(month=TruncMonth("published_on"))
            .values("month")
            .annotate(count=models.Count("id"))
            .order_by("month")
        )

    def day_counts(self):
        """Rows of ``day`` and ``count``, oldest first; undated articles left out."""
        return (
            self.filter(published_on__isnull=False)
            .values(day=models.F("published_on"))
            .annotate(count=models.Count("id"))
            .order_by("day")
        )

    def outlet_month_counts(self):
        """Rows of ``outlet_id``, ``month`` and ``count``: what the coverage table is made of."""
        return (
            self.filter(published_on__isnull=False)
            .annotate(month=TruncMonth("published_on"))
            .values("outlet_id", "month")
            .annotate(count=models.Count("id"))
            .order_by("outlet_id", "month")
        )


class Article(models.Model):
    outlet = models.ForeignKey(
        "articles.Outlet",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        limit_choices_to={"merged_into__isnull": True},
    )
    matched_signature = models.ForeignKey(
        "articles.OutletSignature",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="The signature that recognised the outlet, when one did.",
    )
    published_on = models.DateField(null=True, blank=True, help_text="Calendar day as the outlet printed it.")
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="Exact time, when the page gave one."
    )
    published_tz = models.CharField(
        max_length=6, blank=True, help_text="UTC offset the page gave, such as +03:00; blank when unknown."
    )
    published_local_time = models.TimeField(
        null=True,
        blank=True,
        help_text="Time of day the page printed without a zone, when the outlet's zone is unknown: "
        "a local time, never shown or served as UTC.",
    )
    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=90)
    body = models.TextField(help_text="Paragraphs separated by a blank line.")
    language = models.CharField(max_length=12, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    credit = models.CharField(max_length=300, blank=True, help_text="Agency credits such as (Reuters, AFP).")
    tags = models.JSONField(default=list, blank=True)
    subheadings = models.JSONField(default=list, blank=True)
    # The source the stored text and raw input were taken from; every source is in ``sources``.
    source_key = models.CharField(
        max_length=1000, unique=True, help_text="Natural key of the source: file and record, or URL."
    )
    source_path = models.CharField(max_length=1000, blank=True)
    source_record = models.CharField(max_length=200, blank=True)
    source_url = models.URLField(max_length=1000, blank=True)
    raw_input = models.TextField(blank=True, help_text="The input as ingested, kept for provenance.")
    fingerprint = models.CharField(max_length=64, help_text="Hash of the extracted content.")
    is_visible = models.BooleanField(default=True, help_text="Hidden articles are kept but not shown.")
    same_story = models.ManyToManyField(
        "self",
        blank=True,
        help_text="Other outlets' copies of the same text (syndicated stories), found at ingest.",
    )
    curated_fields = models.JSONField(
        default=list, blank=True, help_text="Fields a curator edited; re-ingest leaves them alone."
    )
    attribution_version = models.PositiveSmallIntegerField(
        default=0, help_text="Version of the attribution rules its quotations were found with."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    # Fields a curator can take over (re-ingest then leaves them alone), in the order the admin shows
    # them, each with the model fields that store it; a curator edits the first.
    CURATABLE_FIELDS = {
        "title": ["title"],
        "outlet": ["outlet"],
        "published": ["published_on", "published_at", "published_tz", "published_local_time"],
        "body": ["body"],
        "language": ["language"],
        "byline": ["byline"],
        "credit": ["credit"],
        "tags": ["tags"],
        "subheadings": ["subheadings"],
    }

    class Meta:
        ordering = ["-published_on", "-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["outlet", "published_on", "slug"], name="unique_article_url"),
        ]
        indexes = [
            models.Index(fields=["published_on"]),
            models.Index(fields=["updated_at"]),
            models.Index(fields=["fingerprint"]),
        ]
        permissions = [("reextract_article", "Can re-run extraction on articles")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.outlet_id and self.published_on:
            day = self.published_on
            return reverse(
                "articles:article",
                kwargs={
                    "outlet": self.outlet.slug,
                    "year": day.year,
                    "month": day.month,
                    "day": day.day,
                    "slug": self.slug,
                },
            )
        return reverse("articles:article-by-id", kwargs={"pk": self.pk, "slug": self.slug})

    @classmethod
    def slug_for(cls, title):
        return slug_base(cls, title, "article")

    def assign_free_slug(self):
        """Give the article a slug free among its outlet's articles of that day.

        A slug, once given, stays, unless the article moved (new outlet or date)
        onto a day where another article already has it.
        """
        siblings = Article.objects.filter(outlet=self.outlet, published_on=self.published_on)
        siblings = siblings.exclude(pk=self.pk)
        if self.slug and not siblings.filter(slug=self.slug).exists():
            return
        self.slug = free_slug(siblings, self.slug or self.slug_for(self.title))

    def set_published(self, value):
        """Store the publication date as printed, a time without a zone read in the outlet's home zone."""
        zone = self.outlet.time_zone if self.outlet_id and self.outlet else ""
        self.published_on, self.published_at, self.published_tz, self.published_local_time = split_published(
            value, zone
        )

    @classmethod
    def curator_edits(cls) -> list[str]:
        """The model fields a curator edits, one per curatable field, in the admin's order."""
        return [stored[0] for stored in cls.CURATABLE_FIELDS.values()]

    def curatable_changes(self, stored) -> set[str]:
        """The curatable fields whose values differ between this article and ``stored``."""
        return {
            name
            for name, fields in self.CURATABLE_FIELDS.items()
            if any(_value(self, field) != _value(stored, field) for field in fields)
        }

    @property
    def paragraphs(self):
        return [part for part in self.body.split("\n\n") if part.strip()]


def _value(article, field):
    return getattr(article, Article._meta.get_field(field).attname)  # outlet_id, not a query for the outlet
