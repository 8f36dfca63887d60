"""OPML <-> folders and feeds (defusedxml, iterative walk, http/https/feed URLs only).

CONTRACT STUB: the feeds helper replaces the bodies; keep the public names and signatures.
"""

from __future__ import annotations

from reader.core.models import OpmlDocument


def parse_opml(data: bytes) -> OpmlDocument:
    """Read an OPML file; raises OpmlError for anything that is not a usable OPML (nothing kept)."""
    raise NotImplementedError


def write_opml(document: OpmlDocument) -> bytes:
    """Serialize to OPML 2.0 (UTF-8); characters illegal in XML are stripped."""
    raise NotImplementedError
