"""Retrieval made ready when a task is built, not at the first lookup: the embedding model and every
category's indexes, once per process (and then the %Cpl. scorer's spaCy pipeline).

Loading the model takes seconds (importing torch and transformers, reading the weights); left to the
first lookup, every sample that started meanwhile waits for it before its first salesbot reply.
`preload` starts that work in a background thread when the task is built, so it overlaps Inspect's own
start-up; lookups that come before it finishes wait for it off the event loop (the encoder thread
waits for the model, the solver's worker thread for the index).
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
    background: bool = True,
) -> Preload:
    """Load the embedding model and build (or read from the disk cache) the indexes of `data`.

    Each is done once per process (`get_embedder` and `category_indexes` keep what they load), so a
    task built again (another eval in the process, `inspect eval-set`) finds it done in milliseconds.
    With `background=False` the work is done before returning; errors are kept in `Preload.error`
    either way (the first lookup then fails with the same error inside its sample).
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
