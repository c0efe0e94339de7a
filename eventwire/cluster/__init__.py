"""Across articles: near-duplicate articles (wire copies reprinted by many sites)."""

from eventwire.cluster.duplicates import DuplicateFinder, article_signature

__all__ = ["DuplicateFinder", "article_signature"]
