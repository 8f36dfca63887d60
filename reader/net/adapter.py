"""The guarded connections (:mod:`reader.net.guard`) under a requests session: for the clients
that use requests (enclosure downloads, sync servers); feeds and pages are fetched with urllib3
directly (:mod:`reader.net.http`)."""

from __future__ import annotations

from typing import Any

from requests.adapters import HTTPAdapter

from reader.net.guard import POOL_CLASSES, tls_context


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose pools hand out guarded connections and one TLS context."""

    def __init__(self, *, ca_bundle: str | None = None, **kwargs: Any) -> None:
        # Built before HTTPAdapter.__init__, which calls init_poolmanager.
        self._tls_context = tls_context(ca_bundle)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Create the pool manager with our TLS context, then swap in our pool classes."""
        kwargs["ssl_context"] = self._tls_context
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(POOL_CLASSES)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Verification lives in our TLS context (authorities loaded once, never switched off):
        keep requests from pointing each pool at a CA file to load again per connection."""
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None
