"""The search service: every search-engine call in the project goes through this package."""
