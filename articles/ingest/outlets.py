"""The outlets and signatures an ingest matches pages against, read once per run."""

from django.utils.text import slugify

from articles.models import Outlet, OutletSignature
from articles.pipeline import OutletSignature as SignatureRecord


class OutletDirectory:
    """Outlets by name and their signatures as the pipeline's plain records."""

    def __init__(self):
        self._by_name = {outlet.name.casefold(): outlet for outlet in Outlet.objects.all()}
        self._by_id = {outlet.pk: outlet for outlet in self._by_name.values()}
        self._signatures = {
            (signature.outlet.name, signature.pattern): signature
            for signature in OutletSignature.objects.select_related("outlet")
        }

    def signature_records(self) -> list[SignatureRecord]:
        return [
            SignatureRecord(outlet=s.outlet.name, pattern=s.pattern, kind=s.kind, weight=s.weight)
            for s in self._signatures.values()
        ]

    def outlet_named(self, name: str | None) -> Outlet | None:
        """The outlet of that name, created when a source names one we do not know yet."""
        if not name:
            return None
        outlet = self._by_name.get(name.casefold())
        if outlet is None:
            outlet, _ = Outlet.objects.get_or_create(name=name, defaults={"slug": _free_slug(name)})
            self._by_name[name.casefold()] = outlet
        return self._current(outlet)

    def _current(self, outlet: Outlet) -> Outlet:
        """The outlet a curator merged this one into, if any."""
        while outlet.merged_into_id:
            outlet = self._by_id.get(outlet.merged_into_id) or outlet.merged_into
        return outlet

    def signature(self, outlet_name: str | None, pattern: str | None) -> OutletSignature | None:
        return self._signatures.get((outlet_name, pattern))


def _free_slug(name: str) -> str:
    base = slugify(name) or "outlet"
    slug, n = base, 1
    while Outlet.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
