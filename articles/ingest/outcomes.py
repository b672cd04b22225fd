"""What an ingest did, counted and itemised for its summary."""

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    # A record from a new source found to be a stored article (ingest/duplicates.py):
    COPY = "copy"  # the same text, or a weaker reading: recorded as another source, the article left as is
    NEW_VERSION = "new version"  # a changed text of it: recorded as another source, the article updated


CHANGED = (Outcome.CREATED, Outcome.UPDATED, Outcome.NEW_VERSION)
COUNTED = (Outcome.CREATED, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.FAILED)


@dataclass
class Failure:
    source: str
    reason: str
    record_id: str | None = None

    def __str__(self):
        where = f"{self.source} (record {self.record_id})" if self.record_id else self.source
        return f"{where}: {self.reason}"


@dataclass
class IngestReport:
    counts: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    failures: list[Failure] = field(default_factory=list)
    changed_article_ids: list[int] = field(default_factory=list)
    curated_kept: int = 0
    skipped: Counter = field(default_factory=Counter)  # records that are not articles, by reason

    def add(self, outcome: Outcome, article_id: int | None = None):
        self.counts[outcome] += 1
        if outcome in CHANGED and article_id is not None:
            self.changed_article_ids.append(article_id)

    def fail(self, failure: Failure):
        self.counts[Outcome.FAILED] += 1
        self.failures.append(failure)

    @property
    def nothing_changed(self) -> bool:
        return not self.changed_article_ids and not self.counts[Outcome.COPY]

    def summary(self) -> str:
        return ", ".join(f"{self.counts[outcome]} {outcome}" for outcome in COUNTED)

    def copies_summary(self) -> str:
        """What records from new sources turned out to be: '' when none was a stored article."""
        copies, versions = self.counts[Outcome.COPY], self.counts[Outcome.NEW_VERSION]
        if not copies and not versions:
            return ""
        return (
            f"Recognised as articles already stored, from another source: {copies} copies "
            f"(recorded as further sources) and {versions} new versions (which updated them)."
        )

    def skipped_summary(self) -> str:
        kinds = ", ".join(f"{reason}: {count}" for reason, count in self.skipped.most_common())
        return f"Skipped {self.skipped.total()} records that are not articles ({kinds})."
