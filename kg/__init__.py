"""kg: an offline, Chinese-first knowledge-graph builder.

Data flows one way: documents -> spaCy Docs -> mention/relation records ->
RDF graph -> exports, queries and views.
"""

from __future__ import annotations

__version__ = "0.1.0"
EXTRACTOR_VERSION = f"kg-extractor/{__version__}"

__all__ = ["__version__", "EXTRACTOR_VERSION"]
