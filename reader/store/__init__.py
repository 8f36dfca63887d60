"""Storage: the SQLite database (state that must never be lost) and the on-disk cache."""
