"""Retrieval made ready when a task is built, not at the first lookup: the embedding model and every
category's indexes, once per process (and then the %Cpl. scorer's spaCy pipeline).

Loading the model takes seconds (importing torch and transformers, reading the weights); left to the
first lookup, every sample that started meanwhile waited for it before its first salesbot reply (6-25 s
in benchmarks/README.md). `preload` does that work when the task is built, before any sample starts.

By default it finishes before returning. Loading in a background thread instead, to overlap Inspect's
own start-up, was measured too and lost: both are mostly Python (imports) and contend for the GIL, so
Inspect's start-up slowed by about as much as it gained, and the first samples still waited for the rest
of the load (total wall 17.7-19.2 s against 16.7-17.1 s, first salesbot reply at most 5.7-6.2 s against
1.3 s, at concurrency 1; 51 s against 47 s at 64). `background=True` remains for callers that build a
task long before running it; lookups arriving before it finishes wait off the event loop (the encoder
thread for the model, the solver's worker thread for the index).
"""

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from salessim_inspect.data.loader import CategoryData
from salessim_inspect.retrieval import embedder
from salessim_inspect.retrieval.index import category_indexes

logger = logging.getLogger(__name__)


@dataclass
class Preload:
    """Retrieval being made ready for some categories with one embedding model."""

    model: str
    categories: tuple[str, ...]
    seconds: float | None = None  # how long it took, once done
    error: BaseException | None = None
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until done (for threads and scripts, not the event loop); False on timeout."""
        return self._done.wait(timeout)

    def describe(self) -> str:
        if self.error is not None:
            return f"retrieval failed to load: {self.error!r}"
        if self.seconds is None:
            return "retrieval loading"
        return (
            f"retrieval ready in {self.seconds:.1f} s: {self.model} and the indexes of "
            f"{len(self.categories)} categor{'y' if len(self.categories) == 1 else 'ies'}"
        )

    def _run(self, data: Sequence[CategoryData]) -> None:
        start = time.perf_counter()
        try:
            embedder.get_embedder(self.model)
            for category in data:
                category_indexes(category, self.model)
        except BaseException as exc:
            # Not raised here: the first lookup repeats the load and fails there, inside a sample, with
            # Inspect's error handling; the log keeps this record.
            self.error = exc
            logger.warning("salessim: %s", self.describe())
        else:
            self.seconds = time.perf_counter() - start
            logger.info("salessim: %s", self.describe())
        finally:
            self._done.set()
        _load_scoring_parser()


def _load_scoring_parser() -> None:
    """The %Cpl. scorer's spaCy pipeline, next: loaded at the first score, it would hold the event loop
    (and every sample) for the better part of a second. Not needed when a judge scores %Cpl.; loading it
    in the background then costs a second of a spare thread and no waiting."""
    from salessim_inspect.scorers.completeness import load_nlp

    try:
        load_nlp()
    except Exception as exc:  # the scorer reports it, in its sample, if it needs the parser
        logger.warning("salessim: spaCy pipeline for %%Cpl. failed to load: %r", exc)


def preload(
    data: Sequence[CategoryData],
    model: str = embedder.DEFAULT_RETRIEVAL_MODEL,
    *,
    background: bool = False,
) -> Preload:
    """Load the embedding model and build (or read from the disk cache) the indexes of `data`.

    Each is done once per process (`get_embedder` and `category_indexes` keep what they load), so a
    task built again (another eval in the process, `inspect eval-set`) finds it done in milliseconds.
    The time it took is logged (level info: `--log-level info` shows it) and kept in `Preload.seconds`.
    With `background=True` the work goes to a daemon thread and this returns at once. Errors are kept in
    `Preload.error`, not raised (the first lookup then fails with the same error, inside its sample).
    """
    loading = Preload(model=model, categories=tuple(category.category for category in data))
    if background:
        thread = threading.Thread(
            target=loading._run, args=(list(data),), name="salessim-retrieval-preload", daemon=True
        )
        thread.start()
    else:
        loading._run(list(data))
    return loading
