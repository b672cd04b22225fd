from django.db import models
from django.urls import reverse

from articles.pipeline.names import name_key


class SpeakerQuerySet(models.QuerySet):
    def active(self):
        """Speakers that have not been merged into another one."""
        return self.filter(merged_into__isnull=True)

    def most_quoted(self, quotes):
        """Speakers of ``quotes`` (a Quote QuerySet), each with ``quote_count``, most quoted first."""
        return (
            self.filter(quotes__in=quotes)
            .annotate(quote_count=models.Count("quotes"))
            .order_by("-quote_count", "name")
        )


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"
        UNKNOWN = "unknown", "Unknown"

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    kind = models.CharField(max_length=15, choices=Kind.choices, default=Kind.UNKNOWN)
    role = models.CharField(max_length=300, blank=True, help_text="Role or description as reported.")
    name_key = models.CharField(
        max_length=300, db_index=True, help_text="The name folded for matching spellings across outlets."
    )
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
        help_text="Set when a curator merged this speaker into another; its URL redirects there.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_speakers", "Can merge speakers")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name, self.kind)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:speaker", kwargs={"slug": self.slug})


class SpeakerAlias(models.Model):
    """Another spelling of a speaker's name seen in some article."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    name_key = models.CharField(max_length=300, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"
        constraints = [models.UniqueConstraint(fields=["speaker", "name"], name="unique_speaker_alias")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name, self.speaker.kind)
        super().save(*args, **kwargs)


class SpeakerMergeSuggestion(models.Model):
    """Two speakers that are probably the same; only a curator merges them."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        DISMISSED = "dismissed", "Dismissed"

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["status", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["speaker", "other"], name="unique_merge_suggestion"),
            models.CheckConstraint(
                condition=~models.Q(speaker=models.F("other")), name="suggest_two_speakers"
            ),
        ]

    def __str__(self):
        return f"{self.speaker} / {self.other}"
