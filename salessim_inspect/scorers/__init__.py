"""Scorers of a shopping conversation: decision alignment, tool use, language (ARCHITECTURE.md §5).

Every scorer reads only the neutral transcript in the sample store and the sample's metadata.
"""

from collections.abc import Callable
from functools import wraps

from inspect_ai.scorer import Scorer

from salessim_inspect.scorers.decision import OUTCOMES, decision_alignment, judge_decision
from salessim_inspect.scorers.language_metrics import language, redundancy
from salessim_inspect.scorers.tool_metrics import tool_use

__all__ = [
    "OUTCOMES",
    "decision_alignment",
    "judge_decision",
    "language",
    "redundancy",
    "salessim_scorers",
    "tool_use",
]


def salessim_scorers() -> list[Scorer]:
    """The scorers every SalesSim task runs."""
    return [decision_alignment(), tool_use(), language(), redundancy()]


def _register_unqualified_names(factories: list[Callable[..., Scorer]]) -> None:
    """Make `inspect score` find our scorers by the names the log records.

    Inspect records a scorer under its unqualified name ("decision_alignment") but registers a
    package's scorer under "salessim_inspect/decision_alignment", so `inspect score` on a log of a
    registry task cannot find it again. We register each factory under its short name as well,
    unless that name is taken.
    """
    from inspect_ai._util.registry import RegistryInfo, registry_add, registry_info, registry_lookup

    for factory in factories:
        info = registry_info(factory)
        short = info.name.split("/")[-1]
        if short == info.name or registry_lookup("scorer", short) is not None:
            continue

        def make(_factory: Callable[..., Scorer] = factory, **kwargs: object) -> Scorer:
            return _factory(**kwargs)

        alias = wraps(factory)(make)
        registry_add(alias, RegistryInfo(type="scorer", name=short, metadata=info.metadata))


_register_unqualified_names([decision_alignment, tool_use, language, redundancy])
