from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from articles.pipeline.outlets import regex_problem


def validate_time_zone(value: str):
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"“{value}” is not a time zone name such as Europe/Moscow or Asia/Tokyo."
        ) from None


class OutletQuerySet(models.QuerySet):
    def active(self):
        """Outlets that have not been merged into another one."""
        return self.filter(merged_into__isnull=True)


class Outlet(models.Model):
    class Kind(models.TextChoices):
        UNKNOWN = "unknown", "Unknown"
        AGENCY = "agency", "News agency"
        BROADCASTER = "broadcaster", "Broadcaster"
        NEWSPAPER = "newspaper", "Newspaper"
        MAGAZINE = "magazine", "Magazine"
        WEBSITE = "website", "Website"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    home_domain = models.CharField(max_length=200, blank=True, help_text="For example rt.com")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.UNKNOWN)
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text="Where the outlet's clocks are, such as Europe/Moscow: a time its pages print without a "
        "zone is read in it. Blank: such times are kept as local times of unknown zone.",
    )
    description = models.TextField(blank=True)
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
        help_text="Set when a curator merged this outlet into another; its URLs redirect there.",
    )

    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_outlets", "Can merge outlets")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:outlet", kwargs={"slug": self.slug})


class OutletSignature(models.Model):
    """Text that, found in a page, says the page is this outlet's; curators add and tune these."""

    class Kind(models.TextChoices):
        TEXT = "text", "Phrase in the page"
        DOMAIN = "domain", "Domain name"
        REGEX = "regex", "Regular expression"

    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="signatures")
    pattern = models.CharField(max_length=300)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.TEXT)
    weight = models.PositiveSmallIntegerField(
        default=1, help_text="How strongly a match speaks for this outlet when several outlets match."
    )

    class Meta:
        ordering = ["outlet__name", "-weight", "pattern"]
        constraints = [
            models.UniqueConstraint(fields=["outlet", "kind", "pattern"], name="unique_outlet_signature"),
        ]

    def __str__(self):
        return f"{self.outlet}: {self.pattern}"

    def clean(self):
        if self.kind == self.Kind.REGEX:
            problem = regex_problem(self.pattern)
            if problem:
                raise ValidationError({"pattern": problem})
        if self.kind == self.Kind.DOMAIN:
            self.pattern = self.pattern.strip().lower().removeprefix("www.")
