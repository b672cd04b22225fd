"""The outlets and signatures an ingest matches pages against, read once per run.

An article's outlet is found by the site's domain first (every outlet keeps the domains
its pages were seen on, as domain signatures), then by its name, spelled any way
("Wired", "WIRED", "wired.com" are one outlet); a site never seen before becomes a new
outlet, with its name and domain, of unknown kind.
"""

from articles.models import Outlet, OutletSignature
from articles.models.fields import fitted, unique_slug
from articles.pipeline import OutletSignature as SignatureRecord
from articles.pipeline.sites.domains import agrees, name_key

NEW_DOMAIN_WEIGHT = 5  # a site's own domain decides alone, as the starter outlets' domains do


class OutletDirectory:
    """Outlets by name, name key and domain, and their signatures as the pipeline's plain records."""

    def __init__(self):
        outlets = list(Outlet.objects.all())
        self._by_id = {outlet.pk: outlet for outlet in outlets}
        self._by_name = {outlet.name.casefold(): outlet for outlet in outlets}
        self._by_key = {}
        for outlet in sorted(outlets, key=lambda outlet: outlet.merged_into_id is not None):
            self._by_key.setdefault(name_key(outlet.name), outlet)
        self._signatures = {
            (signature.outlet.name, signature.pattern): signature
            for signature in OutletSignature.objects.select_related("outlet")
        }
        self._by_domain = {outlet.home_domain.lower(): outlet for outlet in outlets if outlet.home_domain}
        for signature in self._signatures.values():
            if signature.kind == OutletSignature.Kind.DOMAIN:
                self._by_domain[signature.pattern.lower()] = signature.outlet

    def signature_records(self) -> list[SignatureRecord]:
        return [
            SignatureRecord(outlet=s.outlet.name, pattern=s.pattern, kind=s.kind, weight=s.weight)
            for s in self._signatures.values()
        ]

    def outlet_for(self, name: str | None, domain: str | None = None) -> Outlet | None:
        """The outlet of the site at ``domain`` called ``name``, created when the archive has none yet.

        The domain decides when an outlet has it; otherwise any spelling of the name does,
        and the outlet then keeps the domain, when its name agrees with it, for later pages.
        """
        outlet = self._at_domain(domain) if domain else None
        if outlet is None and name:
            outlet = self._by_name.get(name.casefold()) or self._by_key.get(name_key(name))
            if outlet is None:
                outlet = self._create(name, domain)
            elif domain and agrees(outlet.name, domain):
                self._add_domain(self._current(outlet), domain)
        return self._current(outlet) if outlet else None

    def outlet_named(self, name: str | None) -> Outlet | None:
        """The outlet of that name, created when a source names one we do not know yet."""
        return self.outlet_for(name)

    def signature(self, outlet_name: str | None, pattern: str | None) -> OutletSignature | None:
        return self._signatures.get((outlet_name, pattern))

    def _at_domain(self, domain: str) -> Outlet | None:
        parts = domain.lower().split(".")
        for start in range(len(parts) - 1):  # news.example.co.uk, then example.co.uk, ...
            outlet = self._by_domain.get(".".join(parts[start:]))
            if outlet is not None:
                return outlet
        return None

    def _create(self, name: str, domain: str | None) -> Outlet:
        outlet, _ = Outlet.objects.get_or_create(
            name=fitted(Outlet, "name", name),
            defaults={"slug": unique_slug(Outlet, name, "outlet"), "home_domain": domain or ""},
        )
        self._remember(outlet)
        if domain:
            self._add_domain(outlet, domain)
        return outlet

    def _add_domain(self, outlet: Outlet, domain: str) -> None:
        signature, _ = OutletSignature.objects.get_or_create(
            outlet=outlet,
            kind=OutletSignature.Kind.DOMAIN,
            pattern=domain.lower(),
            defaults={"weight": NEW_DOMAIN_WEIGHT},
        )
        self._signatures[(outlet.name, signature.pattern)] = signature
        self._by_domain.setdefault(signature.pattern, outlet)
        if not outlet.home_domain:
            outlet.home_domain = domain.lower()
            outlet.save(update_fields=["home_domain"])

    def _remember(self, outlet: Outlet) -> None:
        self._by_id[outlet.pk] = outlet
        self._by_name[outlet.name.casefold()] = outlet
        self._by_key.setdefault(name_key(outlet.name), outlet)

    def _current(self, outlet: Outlet) -> Outlet:
        """The outlet a curator merged this one into, if any."""
        while outlet.merged_into_id:
            outlet = self._by_id.get(outlet.merged_into_id) or outlet.merged_into
        return outlet
