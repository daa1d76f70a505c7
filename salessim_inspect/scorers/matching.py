"""Product references the name matcher could not resolve: a sign that a salesbot writes names it misses.

Decision alignment stands on finding the products the salesbot named (R). A new salesbot model may write
names in a way the matcher (`salessim_inspect.data.names`) does not recognise; its references then silently
drop out of R. This scorer makes that visible per dialogue, and `salessim report` per run, so a user sees it
before trusting the DA of such a run. Purchase arguments that name nothing are the `off_catalog` scorer's.
"""

from inspect_ai.scorer import Score, Scorer, Target, scorer
from inspect_ai.solver import TaskState

from salessim_inspect.data.names import CatalogNames
from salessim_inspect.scorers._common import catalog_names, metadata_of, transcript_of
from salessim_inspect.scorers.metrics import rate_metrics
from salessim_inspect.transcript import Transcript


def unresolved_references(transcript: Transcript, names: CatalogNames) -> list[str]:
    """Product-like references in the salesbot's turns that name no catalog product, each once, in order.

    Each turn is read with the products retrieved so far preferred, as decision alignment reads it.
    """
    found: dict[str, None] = {}
    retrieved: list[str] = []
    for turn in transcript.salesbot_turns():
        retrieved += turn.products_retrieved
        for reference in names.unresolved(turn.text, prefer=retrieved):
            found.setdefault(reference, None)
    return list(found)


@scorer(metrics=rate_metrics())
def unmatched_names() -> Scorer:
    """How many product references of the salesbot resolved to no catalog product (listed in metadata)."""

    async def score(state: TaskState, target: Target) -> Score:
        references = unresolved_references(transcript_of(state), catalog_names(metadata_of(state)))
        return Score(
            value=len(references),
            explanation=("Unresolved: " + "; ".join(references))
            if references
            else "Every reference resolved.",
            metadata={"unresolved": references},
        )

    return score
