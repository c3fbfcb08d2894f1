"""briefgen: daily briefs from news articles, every claim cited to its sources."""

__version__ = "0.1.0"
