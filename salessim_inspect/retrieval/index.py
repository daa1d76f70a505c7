"""FAISS inner-product indexes over a category's products and buying guide, cached on disk and in memory."""

import hashlib
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from salessim_inspect.data.loader import CategoryData
from salessim_inspect.data.models import GuideEntry, Product
from salessim_inspect.retrieval import embedder

Item = TypeVar("Item")

_BUILD_LOCK = threading.Lock()
_INDEXES: dict[tuple[str, str, str], "CategoryIndexes"] = {}


def cache_dir() -> Path:
    """Where embeddings are cached: `$SALESSIM_CACHE_DIR`, else `~/.cache/salessim_inspect`."""
    configured = os.environ.get("SALESSIM_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "salessim_inspect"


def product_document(product: Product) -> str:
    """The text a product is searched by: everything a shopper could ask about, as written in the catalog."""
    features = "; ".join(product.features)
    return f"{product.name}. {product.product_type}. {product.description} Features: {features}."


def guide_document(entry: GuideEntry) -> str:
    return f"{entry.title}. {entry.text}"


def _fingerprint(model: str, documents: Sequence[str]) -> str:
    digest = hashlib.sha256(model.encode())
    for document in documents:
        digest.update(b"\0" + document.encode())
    return digest.hexdigest()[:20]


def _cached_vectors(model: str, documents: list[str], label: str):
    import numpy as np

    path = cache_dir() / f"{label}-{_fingerprint(model, documents)}.npy"
    if path.is_file():
        vectors = np.load(path)
        if vectors.shape[0] == len(documents):
            return vectors
    vectors = embedder.encode(model, documents) if documents else np.zeros((0, 1), dtype="float32")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write then rename, so a parallel process never reads half a file.
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npy", delete=False) as handle:
        np.save(handle, vectors)
    os.replace(handle.name, path)
    return vectors


_QUERY_CACHE_SIZE = 4096
_QUERY_CACHE: "OrderedDict[tuple[str, tuple[str, ...]], Any]" = OrderedDict()
_QUERY_CACHE_LOCK = threading.Lock()


def _remembered_query_vectors(model: str, queries: tuple[str, ...]):
    """The vectors of an already encoded batch of queries, or None."""
    key = (model, queries)
    with _QUERY_CACHE_LOCK:
        vectors = _QUERY_CACHE.get(key)
        if vectors is not None:
            _QUERY_CACHE.move_to_end(key)
        return vectors


def _query_vectors(model: str, queries: tuple[str, ...]):
    """Query embeddings, remembered per batch of queries: salesbots repeat their searches (the same
    opening request of many shoppers, the same query against products and buying guide, every epoch).
    A repeated batch gets exactly the vectors a fresh encode gives; encoding is most of a lookup's time."""
    vectors = _remembered_query_vectors(model, queries)
    if vectors is None:
        vectors = embedder.encode(model, list(queries))
        vectors.flags.writeable = False
        with _QUERY_CACHE_LOCK:
            _QUERY_CACHE[(model, queries)] = vectors
            if len(_QUERY_CACHE) > _QUERY_CACHE_SIZE:
                _QUERY_CACHE.popitem(last=False)
    return vectors


@dataclass(frozen=True)
class Hit(Generic[Item]):
    item: Item
    score: float


class SearchIndex(Generic[Item]):
    """Exact cosine search (FAISS `IndexFlatIP` over normalised vectors) over one list of items."""

    def __init__(self, model: str, items: Sequence[Item], document: Callable[[Item], str], label: str):
        import faiss

        self.model = model
        self.items = list(items)
        vectors = _cached_vectors(model, [document(item) for item in self.items], label)
        self._index = faiss.IndexFlatIP(vectors.shape[1])
        if len(self.items):
            self._index.add(vectors)

    def search(self, query: str, k: int) -> list[Hit[Item]]:
        """The `k` items closest to `query`, best first."""
        return self.search_many([query], k)[0]

    def search_now(self, query: str, k: int) -> list[Hit[Item]] | None:
        """`search`, if it can run at once; None if it would wait for the embedding model to load or
        for the encoder (another thread holds it, e.g. to build an index).

        For the event loop: a FAISS search over one category takes well under a millisecond and a
        query is encoded in tens of milliseconds, while a worker thread doing the same work competes
        for the GIL with a busy event loop and takes several times longer.
        """
        if not (query.strip() and self.items and k > 0):
            return self.search(query, k)
        if _remembered_query_vectors(self.model, (query,)) is not None:
            return self.search(query, k)
        if not embedder.is_loaded(self.model) or not embedder.ENCODE_LOCK.acquire(blocking=False):
            return None
        try:
            return self.search(query, k)
        finally:
            embedder.ENCODE_LOCK.release()

    def search_many(self, queries: list[str], k: int) -> list[list[Hit[Item]]]:
        """`search` for several queries, encoded in one batch."""
        results: list[list[Hit[Item]]] = [[] for _ in queries]
        asked = [i for i, query in enumerate(queries) if query.strip()]
        if not self.items or k <= 0 or not asked:
            return results
        vectors = _query_vectors(self.model, tuple(queries[i] for i in asked))
        scores, positions = self._index.search(vectors, min(k, len(self.items)))
        for row, i in enumerate(asked):
            results[i] = [
                Hit(self.items[position], float(score))
                for score, position in zip(scores[row], positions[row])
                if position >= 0
            ]
        return results


@dataclass(frozen=True)
class CategoryIndexes:
    category: str
    model: str
    products: SearchIndex[Product]
    guide: SearchIndex[GuideEntry]


def category_indexes(data: CategoryData, model: str = embedder.DEFAULT_RETRIEVAL_MODEL) -> CategoryIndexes:
    """The indexes of one category for one embedding model, built at most once per process and data version."""
    documents = [product_document(p) for p in data.products] + [guide_document(g) for g in data.buying_guide]
    key = (data.category, model, _fingerprint(model, documents))
    with _BUILD_LOCK:
        if key not in _INDEXES:
            _INDEXES[key] = CategoryIndexes(
                category=data.category,
                model=model,
                products=SearchIndex(model, data.products, product_document, f"{data.category}-products"),
                guide=SearchIndex(model, data.buying_guide, guide_document, f"{data.category}-guide"),
            )
        return _INDEXES[key]
