"""The read-only JSON API on Django REST framework, and CSV of any list; see views.py and docs/pages.md."""
