"""The reader view: page HTML -> SimplifiedArticle (our extractor, metadata, cleanup)."""
