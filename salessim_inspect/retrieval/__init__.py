"""Category-restricted semantic search over products and buying-guide passages (docs/architecture.md §4)."""

from salessim_inspect.retrieval.embedder import DEFAULT_RETRIEVAL_MODEL, embedder_identity, get_embedder
from salessim_inspect.retrieval.index import CategoryIndexes, SearchIndex, category_indexes
from salessim_inspect.retrieval.preload import Preload, preload

__all__ = [
    "DEFAULT_RETRIEVAL_MODEL",
    "CategoryIndexes",
    "Preload",
    "SearchIndex",
    "category_indexes",
    "embedder_identity",
    "get_embedder",
    "preload",
]
