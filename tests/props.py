"""Shared settings for the property-based tests: bounded examples, no deadline, no example
database written into the checkout (CI runs stay the same from run to run)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

PROPERTY = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
"""For pure functions (sanitizer, URL rules, text cleaning)."""
PROPERTY_SLOW = settings(PROPERTY, max_examples=30)
"""For whole pipelines (feed parser, renderer, OPML import)."""
