"""Tool use of the shopper (ARCHITECTURE.md §5): early exits, format errors, runs without a decision,
purchases of products not in the catalog."""

from inspect_ai.scorer import Score, Scorer, Target, grouped, mean, scorer, stderr
from inspect_ai.solver import TaskState

from salessim_inspect.data.names import CatalogNames
from salessim_inspect.scorers._common import catalog_names, metadata_of, transcript_of
from salessim_inspect.transcript import Transcript

TOOL_USE_KEYS = ("early_exit", "format_error", "no_decision", "off_catalog_purchase")


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
    off_catalog = (
        decision is not None and decision.action == "add_to_cart" and names.resolve(decision.product) is None
    )
    values = {
        "early_exit": int(decision is not None and decision.turn == 0),
        "format_error": int(bool(problems)),
        "no_decision": int(decision is None and transcript.ended_by == "max_turns"),
        "off_catalog_purchase": int(off_catalog),
    }
    return values, problems


_RATE_METRICS = {key: [mean(), stderr(), grouped(mean(), "category", all=False)] for key in TOOL_USE_KEYS}


@scorer(metrics=_RATE_METRICS)
def tool_use() -> Scorer:
    """Tool use: End. (`early_exit`), Fmt. (`format_error`), `no_decision` (hit max_turns without a
    decision) and `off_catalog_purchase` (add_to_cart of a product not in the catalog), each a 0/1 per
    dialogue whose mean is the rate."""

    async def score(state: TaskState, target: Target) -> Score:
        metadata = metadata_of(state)
        transcript = transcript_of(state)
        values, problems = tool_use_values(transcript, catalog_names(metadata))
        flagged = [key for key, v in values.items() if v]
        return Score(
            value=dict(values),
            explanation=("; ".join(flagged) if flagged else "no tool-use problem")
            + (f". Format problems: {'; '.join(problems)}" if problems else ""),
            metadata={
                "format_problems": problems,
                "ended_by": transcript.ended_by,
                "shopper_turns": len(transcript.shopper_turns()),
            },
        )

    return score
