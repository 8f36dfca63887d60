"""Feeds: bytes -> ParsedFeed (RSS/Atom/RDF via feedparser, JSON Feed), dates, OPML, autodiscovery."""
