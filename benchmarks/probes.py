"""Timing probes for the benchmark process: wrap package functions at run time, change no behaviour.

Each probe records wall-clock durations of one kind of work; `Probes.report()` summarises them.
Nothing here is imported by the package or the tests.
"""

from __future__ import annotations

import functools
import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

_IN_SEARCH = threading.local()


def _on_encoder_thread() -> bool:
    return threading.current_thread().name.startswith("salessim-encoder")


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary_ms(values: list[float]) -> dict[str, Any]:
    """Count, total (s), mean / p50 / p95 / max (ms) of durations given in seconds."""
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "total_s": sum(values),
        "mean_ms": 1000 * sum(values) / len(values),
        "p50_ms": 1000 * (percentile(values, 50) or 0.0),
        "p95_ms": 1000 * (percentile(values, 95) or 0.0),
        "max_ms": 1000 * max(values),
    }


class Probes:
    """Install once per process, before the eval runs."""

    def __init__(self) -> None:
        self.durations: dict[str, list[float]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        self.first_dialogue_at: float | None = None
        self._lock = threading.Lock()

    def record(self, name: str, seconds: float) -> None:
        with self._lock:
            self.durations[name].append(seconds)

    def install(self) -> Probes:
        from inspect_ai.model import Model

        from salessim_inspect.baselines import provider
        from salessim_inspect.retrieval import embedder, index
        from salessim_inspect.scorers import metrics
        from salessim_inspect.solvers import conversation, tools
        from salessim_inspect.transcript import TranscriptRecorder

        # Query embedding (inside a search) versus document embedding (index builds).
        original_encode = embedder.encode

        def encode(name: str, texts: list[str]):
            start = time.perf_counter()
            try:
                return original_encode(name, texts)
            finally:
                seconds = time.perf_counter() - start
                if getattr(_IN_SEARCH, "active", False):
                    _IN_SEARCH.embedded += seconds
                    self.record("query_embed", seconds)
                elif _on_encoder_thread():
                    # Lookups' encodes on the encoder thread, off the event loop.
                    self.record("query_embed", seconds)
                    self.record("query_embed_off_loop", seconds)
                else:
                    self.record("index_embed", seconds)

        embedder.encode = encode

        # The model's own encode runs inside the encode lock: its time without waiting for the lock.
        # Patched on the loaded instance, so sentence-transformers is imported only when the package does.
        self.load_model = original_load = embedder._load

        def load(name: str):
            model = original_load(name)
            if not getattr(model, "_benchmark_probe", False):
                original_model_encode = model.encode

                def model_encode(*args, **kwargs):
                    start = time.perf_counter()
                    try:
                        return original_model_encode(*args, **kwargs)
                    finally:
                        if getattr(_IN_SEARCH, "active", False) or _on_encoder_thread():
                            self.record("query_embed_compute", time.perf_counter() - start)

                model.encode = model_encode
                model._benchmark_probe = True
            return model

        embedder._load = load

        original_search_many = index.SearchIndex.search_many

        def search_many(search_index, queries, k):
            _IN_SEARCH.active, _IN_SEARCH.embedded = True, 0.0
            start = time.perf_counter()
            try:
                return original_search_many(search_index, queries, k)
            finally:
                total = time.perf_counter() - start
                _IN_SEARCH.active = False
                self.record("query_total", total)
                self.record("faiss_search", max(0.0, total - _IN_SEARCH.embedded))

        index.SearchIndex.search_many = search_many

        # Lookups that encode off the loop (`search_async`): what stays on the loop is the FAISS search.
        if hasattr(index.SearchIndex, "_hits"):
            original_hits = index.SearchIndex._hits

            def hits(search_index, vectors, asked, k):
                start = time.perf_counter()
                try:
                    return original_hits(search_index, vectors, asked, k)
                finally:
                    if not getattr(_IN_SEARCH, "active", False):
                        seconds = time.perf_counter() - start
                        self.record("query_total", seconds)
                        self.record("faiss_search", seconds)

            index.SearchIndex._hits = hits

        original_build = index.SearchIndex.__init__

        def build(search_index, *args, **kwargs):
            start = time.perf_counter()
            try:
                original_build(search_index, *args, **kwargs)
            finally:
                self.record("index_build", time.perf_counter() - start)

        index.SearchIndex.__init__ = build

        # What the offline agents compute: the "model" side of an offline run (not harness time).
        for agent in provider.AGENTS.values():
            original_respond = agent.respond

            def respond(agent_self, *args, _original=original_respond, **kwargs):
                start = time.perf_counter()
                try:
                    return _original(agent_self, *args, **kwargs)
                finally:
                    self.record("agent_respond", time.perf_counter() - start)

            agent.respond = respond

        # A salesbot lookup as the solver awaits it: waiting for the model to load included.
        original_lookup = tools._search

        async def lookup(search_index, query, k):
            start = time.perf_counter()
            try:
                return await original_lookup(search_index, query, k)
            finally:
                self.record("lookup", time.perf_counter() - start)

        tools._search = lookup

        original_run = conversation._Conversation.run

        async def run(conversation_self):
            if self.first_dialogue_at is None:
                self.first_dialogue_at = time.perf_counter()
            self.counts["dialogues"] += 1
            start = time.perf_counter()
            try:
                return await original_run(conversation_self)
            finally:
                self.record("dialogue", time.perf_counter() - start)

        conversation._Conversation.run = run

        original_append = TranscriptRecorder.append

        def append(recorder, turn):
            self.counts["turns_with_opening"] += 1
            return original_append(recorder, turn)

        TranscriptRecorder.append = append

        # A model call as the solver makes it: Inspect's per-call work plus the provider (the offline agent).
        # With several samples at once other samples' work interleaves at its awaits, so this is exact only
        # in a sequential run (max_samples=1).
        original_generate = Model.generate

        async def generate(model_self, *args, **kwargs):
            start = time.perf_counter()
            try:
                return await original_generate(model_self, *args, **kwargs)
            finally:
                self.record("model_call", time.perf_counter() - start)

        Model.generate = generate

        original_corpus = metrics.corpus_redundancy

        def corpus_redundancy(items):
            start = time.perf_counter()
            try:
                return original_corpus(items)
            finally:
                self.record("corpus_redundancy", time.perf_counter() - start)

        metrics.corpus_redundancy = corpus_redundancy
        return self

    def wrap_scorers(self, task: Any) -> None:
        """Time each scorer of `task` per sample (functools.wraps keeps Inspect's registry info)."""
        from inspect_ai._util.registry import registry_info

        wrapped = []
        for scorer in task.scorer or []:
            name = registry_info(scorer).name.split("/")[-1]
            wrapped.append(self._timed_scorer(scorer, name))
        task.scorer = wrapped

    def _timed_scorer(self, scorer: Callable, name: str) -> Callable:
        @functools.wraps(scorer)
        async def score(state, target):
            start = time.perf_counter()
            try:
                return await scorer(state, target)
            finally:
                self.record(f"score:{name}", time.perf_counter() - start)

        return score

    @property
    def turns(self) -> int:
        """Dialogue turns (shopper and salesbot), the salesbot's fixed opening line excluded."""
        return self.counts["turns_with_opening"] - self.counts["dialogues"]

    def scoring_seconds(self) -> float:
        return sum(sum(v) for k, v in self.durations.items() if k.startswith("score:"))

    def report(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "turns": self.turns,
            "durations": {name: summary_ms(values) for name, values in sorted(self.durations.items())},
        }
