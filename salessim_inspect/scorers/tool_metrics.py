"""Tool use of the shopper (docs/architecture.md §5): early exits (End.), format errors (Fmt.), runs without
a decision, purchases of products not in the catalog. One scorer per figure, so that each per-sample value
is a number under the name its metrics carry."""

from inspect_ai.scorer import Score, Scorer, Target, scorer
from inspect_ai.solver import TaskState

from salessim_inspect.data.names import CatalogNames
from salessim_inspect.scorers._common import catalog_names, metadata_of, transcript_of
from salessim_inspect.scorers.decision import recommended_before_decision
from salessim_inspect.scorers.metrics import rate_metrics
from salessim_inspect.transcript import Transcript

TOOL_USE_KEYS = ("early_exit", "format_error", "no_decision", "off_catalog")


def format_problems(transcript: Transcript) -> list[str]:
    """Every malformed or text-written tool call of the shopper, described."""
    problems: list[str] = []
    for n, turn in enumerate(transcript.shopper_turns()):
        problems.extend(f"shopper turn {n + 1}: {p}" for p in turn.format_problems)
        for call in turn.tool_calls:
            if call.source == "text":
                problems.append(f"shopper turn {n + 1}: {call.function} written as text")
    decision = transcript.decision
    if decision is not None and decision.source == "text" and not problems:
        problems.append(f"shopper turn {decision.turn + 1}: {decision.action} written as text")
    return problems


def tool_use_values(transcript: Transcript, names: CatalogNames) -> tuple[dict[str, int], list[str]]:
    """The tool-use indicators of a dialogue (each 0 or 1) and the format problems behind `format_error`."""
    decision = transcript.decision
    problems = format_problems(transcript)
    # Resolved as decision alignment resolves it: an argument that fits several products but only one the
    # salesbot recommended names that one.
    off_catalog = (
        decision is not None
        and decision.action == "add_to_cart"
        and names.resolve(decision.product, prefer=recommended_before_decision(transcript, names)) is None
    )
    values = {
        "early_exit": int(decision is not None and decision.turn == 0),
        "format_error": int(bool(problems)),
        "no_decision": int(decision is None and transcript.ended_by == "max_turns"),
        "off_catalog": int(off_catalog),
    }
    return values, problems


def _tool_use_score(state: TaskState, key: str) -> Score:
    """One tool-use indicator of a dialogue as a score (the four scorers share the computation)."""
    metadata = metadata_of(state)
    transcript = transcript_of(state)
    values, problems = tool_use_values(transcript, catalog_names(metadata))
    explanation = f"{key} = {values[key]}"
    if key == "format_error" and problems:
        explanation += ". Format problems: " + "; ".join(problems)
    return Score(
        value=values[key],
        explanation=explanation,
        metadata={"format_problems": problems} if key == "format_error" else None,
    )


@scorer(metrics=rate_metrics())
def early_exit() -> Scorer:
    """End.: 1 if the shopper's first turn is a terminal action (add_to_cart or end_conversation)."""

    async def score(state: TaskState, target: Target) -> Score:
        return _tool_use_score(state, "early_exit")

    return score


@scorer(metrics=rate_metrics())
def format_error() -> Scorer:
    """Fmt.: 1 if any shopper turn has a malformed or text-written tool call (the problems in metadata)."""

    async def score(state: TaskState, target: Target) -> Score:
        return _tool_use_score(state, "format_error")

    return score


@scorer(metrics=rate_metrics())
def no_decision() -> Scorer:
    """1 if the dialogue reached `max_turns` without a decision."""

    async def score(state: TaskState, target: Target) -> Score:
        return _tool_use_score(state, "no_decision")

    return score


@scorer(metrics=rate_metrics())
def off_catalog() -> Scorer:
    """1 if the shopper's add_to_cart argument resolves to no catalog product (the matcher found nothing)."""

    async def score(state: TaskState, target: Target) -> Score:
        return _tool_use_score(state, "off_catalog")

    return score
