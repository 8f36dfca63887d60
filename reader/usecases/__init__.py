"""The use cases in plain synchronous Python: services, refresh, article pages, the process pool."""
