"""A knowledge graph of English children's services inspections, traceable to its sources."""

__all__ = ["__version__"]
__version__ = "0.1.0"
