"""What the dialogue being played is about, for the offline baselines (which are model providers).

A model provider only receives messages. The offline shoppers and salesbots need structured facts — the
persona, the category, the salesbot style — and reading them back out of prompt wording would break
silently when a prompt is edited. The conversation solver sets this context around each sample's
dialogue; Inspect calls a provider from within that sample's task, so the provider sees it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from salessim_inspect.data.models import Persona


@dataclass(frozen=True)
class DialogueContext:
    """The structured facts of one dialogue."""

    category: str
    persona: Persona
    salesbot_style: str


_CURRENT: ContextVar[DialogueContext | None] = ContextVar("salessim_dialogue", default=None)


@contextmanager
def dialogue_context(context: DialogueContext) -> Iterator[DialogueContext]:
    """Make `context` the current dialogue's while the block runs."""
    token = _CURRENT.set(context)
    try:
        yield context
    finally:
        _CURRENT.reset(token)


def current_dialogue(agent: str) -> DialogueContext:
    """The dialogue `agent` (an offline baseline) is playing in.

    Raises:
        RuntimeError: outside a SalesSim conversation (the baselines play only inside one).
    """
    context = _CURRENT.get()
    if context is None:
        raise RuntimeError(
            f"salessim/{agent} plays a part in a SalesSim conversation and was called outside one; "
            "use it as --model or --model-role salesbot=... of a salessim_inspect task"
        )
    return context
