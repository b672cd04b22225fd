"""A read-only JSON API of plain Django views, and CSV export of any list; fields in docs/pages.md."""
