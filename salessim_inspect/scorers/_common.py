"""What every scorer reads: the transcript, the sample's metadata, the category's catalog names."""

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from inspect_ai.solver import TaskState

from salessim_inspect.catalog import catalog_for, registered_catalog
from salessim_inspect.data.names import CatalogNames
from salessim_inspect.transcript import Transcript, Turn

CATALOG_KEY = "catalog_products"


def transcript_of(state: TaskState) -> Transcript:
    """The neutral transcript the solver kept in the sample store."""
    return Transcript.from_store(state.store)


def metadata_of(state: TaskState, *required: str) -> dict[str, Any]:
    """The sample metadata, checked for the keys a scorer relies on (a missing key is a harness bug)."""
    metadata = state.metadata or {}
    missing = [key for key in required if key not in metadata]
    if missing:
        raise ValueError(f"sample {state.sample_id!r} metadata lacks {', '.join(missing)}")
    return metadata


@lru_cache(maxsize=64)
def _catalog(names: tuple[str, ...]) -> CatalogNames:
    return CatalogNames(names)


def catalog_names(metadata: Mapping[str, Any]) -> CatalogNames:
    """The category's catalog names: `catalog_products` from the metadata if present, else the packaged data."""
    listed: Sequence[str] | None = metadata.get(CATALOG_KEY)
    if listed:
        names = tuple(listed)
        # The run's own catalog already has this index: build a second only when rescoring elsewhere.
        registered = registered_catalog(str(metadata.get("category", "")))
        if registered is not None and registered.names.names == names:
            return registered.names
        return _catalog(names)
    category = metadata.get("category")
    if not category:
        raise ValueError(f"sample metadata has neither {CATALOG_KEY!r} nor 'category'")
    # The catalog the task registered in this process (packaged data, a fixture, a user's data
    # directory), else the packaged data. A fresh `inspect score` process knows only the packaged data:
    # hence `catalog_products` in the metadata, when present, comes first.
    return catalog_for(category).names


# Tool calls written into the text, private reasoning tags: not the shopper's words.
_TEXT_TOOL_CALL = re.compile(
    r"<tool_call>.*?(?:</tool_call>|$)"
    r"|<think(?:ing)?>.*?(?:</think(?:ing)?>|$)"
    r"|```(?:json|tool_code|python)?\s*\{.*?\}\s*```"
    r"|\b(?:add_to_cart|end_conversation)\s*\([^)]*\)",
    re.DOTALL | re.IGNORECASE,
)


def spoken_text(turn: Turn) -> str:
    """What a shopper said in a turn, without private reasoning and without text-written tool calls."""
    return " ".join(_TEXT_TOOL_CALL.sub(" ", turn.text or "").split())


def shopper_utterances(transcript: Transcript) -> list[str]:
    """The shopper's spoken turns, in order, empty ones left out."""
    return [text for turn in transcript.shopper_turns() if (text := spoken_text_multiline(turn))]


def spoken_text_multiline(turn: Turn) -> str:
    """Like `spoken_text`, keeping line breaks (they separate list items and sentences)."""
    text = _TEXT_TOOL_CALL.sub(" ", turn.text or "")
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
