from django.db import models
from django.db.models.functions import ExtractYear


class QuoteQuerySet(models.QuerySet):
    def published(self):
        """Quotes the public sees: those of visible articles not marked wrong."""
        return (
            self.filter(article__is_visible=True)
            .exclude(status=Quote.Status.WRONG)
            .select_related("article__outlet", "speaker")
        )

    def by_speaker(self, speaker):
        return self.filter(speaker=speaker)

    def in_outlet(self, outlet_slug):
        return self.filter(article__outlet__slug=outlet_slug)

    def in_year(self, year):
        return self.filter(article__published_on__year=year)

    def newest_first(self):
        return self.order_by(
            models.F("article__published_on").desc(nulls_last=True),
            "-article__published_at",
            "-article_id",
            "start",
        )

    def outlet_counts(self):
        """Rows of ``outlet`` (name), ``slug`` and ``count``, most quotes first: "12 times by RT"."""
        return (
            self.values(outlet=models.F("article__outlet__name"), slug=models.F("article__outlet__slug"))
            .annotate(count=models.Count("id"))
            .order_by("-count", "outlet")
        )

    def years(self):
        """The years these quotes were published in, newest first."""
        return (
            self.filter(article__published_on__isnull=False)
            .annotate(year=ExtractYear("article__published_on"))
            .values_list("year", flat=True)
            .distinct()
            .order_by("-year")
        )

    def day_counts(self):
        """Rows of ``day`` (the article's) and ``count``, oldest first; undated articles left out."""
        return (
            self.filter(article__published_on__isnull=False)
            .values(day=models.F("article__published_on"))
            .annotate(count=models.Count("id"))
            .order_by("day")
        )

    def roles(self):
        """Each role the articles gave, with how often: rows of ``role`` and ``count``."""
        return (
            self.exclude(role="").values("role").annotate(count=models.Count("id")).order_by("-count", "role")
        )


class Quote(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quotation"
        PARTIAL = "partial", "Partial quotation"

    class Status(models.TextChoices):
        UNREVIEWED = "unreviewed", "Unreviewed"
        VERIFIED = "verified", "Verified"
        WRONG = "wrong", "Wrong"

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        "articles.Speaker",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
        limit_choices_to={"merged_into__isnull": True},
    )
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DIRECT)
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Offset of the quote in the body.")
    end = models.PositiveIntegerField(null=True, blank=True)
    speaker_as_written = models.CharField(max_length=300, blank=True)
    unnamed_source = models.CharField(
        max_length=300,
        blank=True,
        help_text="A source the article describes without naming it, such as “a senior official”.",
    )
    role = models.CharField(
        max_length=300, blank=True, help_text="The speaker's role as this article gives it."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.UNREVIEWED)
    is_curated = models.BooleanField(default=False, help_text="Edited by a curator; re-ingest keeps it.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__isnull=True) | models.Q(end__gte=models.F("start")),
                name="quote_span_in_order",
            ),
        ]

    def __str__(self):
        return self.text[:80]

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#quote-{self.pk}"
