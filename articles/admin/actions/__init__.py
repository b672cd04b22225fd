"""Bulk actions curators run from the admin's change lists; each confirms first, then reports."""
