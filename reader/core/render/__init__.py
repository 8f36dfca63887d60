"""Rendering: SimplifiedArticle + settings -> the HTML/CSS the view shows; the sanitizer."""
