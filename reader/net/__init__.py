"""Networking: one polite HTTP client."""
