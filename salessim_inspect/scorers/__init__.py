"""Scorers of a shopping conversation (docs/architecture.md §5), one per per-dialogue figure.

Every scorer reads only the neutral transcript in the sample store and the sample's metadata, through pure
functions (`judge_decision`, `tool_use_values`, `completeness`, ...) that reports and rewards share.
To add a scorer: write it beside the figure it belongs to and add it to `salessim_scorers()`.
"""

from collections.abc import Callable

from inspect_ai.scorer import Scorer

from salessim_inspect.scorers.decision import OUTCOMES, catalog_alignment, decision_alignment, judge_decision
from salessim_inspect.scorers.language_metrics import cpl, crit
from salessim_inspect.scorers.matching import unmatched_names
from salessim_inspect.scorers.tool_metrics import early_exit, format_error, no_decision, off_catalog

SCORERS: tuple[Callable[[], Scorer], ...] = (
    decision_alignment,
    catalog_alignment,
    early_exit,
    format_error,
    no_decision,
    off_catalog,
    unmatched_names,
    crit,
    cpl,
)

__all__ = [
    "OUTCOMES",
    "SCORERS",
    "catalog_alignment",
    "cpl",
    "crit",
    "decision_alignment",
    "early_exit",
    "format_error",
    "judge_decision",
    "no_decision",
    "off_catalog",
    "salessim_scorers",
    "unmatched_names",
]


def salessim_scorers() -> list[Scorer]:
    """The scorers every SalesSim task runs."""
    return [factory() for factory in SCORERS]


def _register_unqualified_names(factories: tuple[Callable[[], Scorer], ...]) -> None:
    """Make `inspect score` find our scorers by the names the log records.

    Inspect records a scorer under its unqualified name ("decision_alignment") but registers a
    package's scorer under "salessim_inspect/decision_alignment", so `inspect score` on a log of a
    registry task cannot find it again. We register each factory under its short name as well,
    unless that name is taken. (Inspect's registry API is private: this is its only use here.)
    """
    from functools import wraps

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


_register_unqualified_names(SCORERS)
