"""FAISS inner-product indexes over a category's products and buying guide, cached on disk and in memory."""

import contextlib
import hashlib
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from salessim_inspect.data.loader import CategoryData
from salessim_inspect.data.models import GuideEntry, Product
from salessim_inspect.retrieval import embedder

Item = TypeVar("Item")

_BUILD_LOCK = threading.Lock()
_INDEXES: dict[tuple[str, str, str], "CategoryIndexes"] = {}
_BY_DATA: dict[tuple[int, str], tuple[CategoryData, "CategoryIndexes"]] = {}


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
# Encodes submitted to the encoder thread and not finished yet: a sample asking for a query that another
# sample is already having encoded waits for that encode instead of queueing a second one.
_IN_FLIGHT: "dict[tuple[str, tuple[str, ...]], Future]" = {}
_QUERY_CACHE_LOCK = threading.Lock()


def _remembered_query_vectors(model: str, queries: tuple[str, ...]):
    """The vectors of an already encoded batch of queries, or None."""
    key = (model, queries)
    with _QUERY_CACHE_LOCK:
        vectors = _QUERY_CACHE.get(key)
        if vectors is not None:
            _QUERY_CACHE.move_to_end(key)
        return vectors


def _remember(key: tuple[str, tuple[str, ...]], vectors: Any) -> None:
    vectors.flags.writeable = False
    with _QUERY_CACHE_LOCK:
        _QUERY_CACHE[key] = vectors
        if len(_QUERY_CACHE) > _QUERY_CACHE_SIZE:
            _QUERY_CACHE.popitem(last=False)


def _query_vectors(model: str, queries: tuple[str, ...]):
    """Query embeddings, remembered per batch of queries: salesbots repeat their searches (the same
    opening request of many shoppers, the same query against products and buying guide, every epoch).
    A repeated batch gets exactly the vectors a fresh encode gives; encoding is most of a lookup's time."""
    vectors = _remembered_query_vectors(model, queries)
    if vectors is None:
        vectors = embedder.encode(model, list(queries))
        _remember((model, queries), vectors)
    return vectors


def _encode_remembered(key: tuple[str, tuple[str, ...]]):
    """On the encoder thread: encode a batch (unless it was meanwhile), remember it, end its in-flight entry."""
    try:
        vectors = _remembered_query_vectors(*key)
        if vectors is None:
            vectors = embedder.encode(key[0], list(key[1]))
            _remember(key, vectors)
        return vectors
    finally:
        with _QUERY_CACHE_LOCK:
            _IN_FLIGHT.pop(key, None)


def _query_vectors_future(model: str, queries: tuple[str, ...]) -> "Future":
    """The batch's vectors as a future: done at once when remembered, else encoded on the encoder thread
    (one encode per batch, however many samples ask for it meanwhile)."""
    key = (model, queries)
    with _QUERY_CACHE_LOCK:
        vectors = _QUERY_CACHE.get(key)
        if vectors is not None:
            _QUERY_CACHE.move_to_end(key)
            done: Future = Future()
            done.set_result(vectors)
            return done
        future = _IN_FLIGHT.get(key)
        if future is None:
            future = _IN_FLIGHT[key] = embedder.encoder_thread().submit(_encode_remembered, key)
        return future


async def _result(future: "Future") -> Any:
    """Await a `concurrent.futures.Future` without blocking the event loop, and without cancelling it
    when this waiter is cancelled (other samples may be waiting for the same encode)."""
    if future.done():
        return future.result()
    import sniffio

    if sniffio.current_async_library() != "asyncio":
        import anyio

        return await anyio.to_thread.run_sync(future.result, abandon_on_cancel=True)
    import asyncio

    loop = asyncio.get_running_loop()
    waiter = loop.create_future()

    def transfer(_: "Future") -> None:
        if not waiter.done():
            if future.exception() is not None:
                waiter.set_exception(future.exception())  # type: ignore[arg-type]
            else:
                waiter.set_result(future.result())

    def done(_: "Future") -> None:
        # On the encoder thread: hand the result to the loop. A loop closed meanwhile has no waiter left.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(transfer, future)

    future.add_done_callback(done)
    return await waiter


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

    async def search_async(self, query: str, k: int) -> list[Hit[Item]]:
        """`search` for the event loop: a query not encoded before is encoded on the encoder thread
        (`embedder.encoder_thread`), awaited without blocking the loop; FAISS then runs on the loop (well
        under a millisecond for one category). The vectors are those `search` would use, so the hits are
        the same. The first encode waits there for the embedding model if it is still loading."""
        if not (query.strip() and self.items and k > 0):
            return []
        vectors = _remembered_query_vectors(self.model, (query,))
        if vectors is None:
            vectors = await _result(_query_vectors_future(self.model, (query,)))
        return self._hits(vectors, [0], k)[0]

    def search_many(self, queries: list[str], k: int) -> list[list[Hit[Item]]]:
        """`search` for several queries, encoded in one batch."""
        results: list[list[Hit[Item]]] = [[] for _ in queries]
        asked = [i for i, query in enumerate(queries) if query.strip()]
        if not self.items or k <= 0 or not asked:
            return results
        vectors = _query_vectors(self.model, tuple(queries[i] for i in asked))
        for i, hits in zip(asked, self._hits(vectors, asked, k)):
            results[i] = hits
        return results

    def _hits(self, vectors: Any, asked: list[int], k: int) -> list[list[Hit[Item]]]:
        """FAISS search with one row of `vectors` per asked query: each one's hits, best first."""
        scores, positions = self._index.search(vectors, min(k, len(self.items)))
        return [
            [
                Hit(self.items[position], float(score))
                for score, position in zip(scores[row], positions[row])
                if position >= 0
            ]
            for row in range(len(asked))
        ]


@dataclass(frozen=True)
class CategoryIndexes:
    category: str
    model: str
    products: SearchIndex[Product]
    guide: SearchIndex[GuideEntry]


def category_indexes(data: CategoryData, model: str = embedder.DEFAULT_RETRIEVAL_MODEL) -> CategoryIndexes:
    """The indexes of one category for one embedding model, built at most once per process and data version."""
    # Every sample asks for its category's indexes: for a data object seen before, skip fingerprinting
    # its documents (CategoryData is frozen; the entry holds the object, so its id is not reused).
    seen = _BY_DATA.get((id(data), model))
    if seen is not None and seen[0] is data:
        return seen[1]
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
        _BY_DATA[(id(data), model)] = (data, _INDEXES[key])
        return _INDEXES[key]
