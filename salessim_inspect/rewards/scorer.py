"""The reward components as an optional scorer, so they can be read beside the eval's scores in `inspect view`.

Not among the scorers every task runs; add it to a task, or rescore a log with
`inspect score LOG --scorer salessim_inspect/rewards`.
"""

from inspect_ai.scorer import Score, Scorer, Target, mean, scorer, stderr
from inspect_ai.solver import TaskState

from salessim_inspect.rewards.episode import Episode
from salessim_inspect.rewards.options import RewardOptions
from salessim_inspect.rewards.total import judged_trajectory_reward
from salessim_inspect.scorers._common import metadata_of, transcript_of
from salessim_inspect.scorers.judge import bound_judge

TOTAL_KEY = "reward"


@scorer(metrics={"*": [mean(), stderr()]})
def rewards(
    weights: dict[str, float] | None = None,
    decision: str = "paper",
    max_words_per_turn: int = 40,
    target_turns: int = 9,
    linguistic: str = "features",
    classifier_path: str | None = None,
) -> Scorer:
    """UserGRPO's trajectory reward: each component in [0, 1] and their weighted total (`reward`).

    The reasoning component is judged by the `judge` model role when it is bound, else computed by the
    deterministic proxy (docs/rewards.md).

    Args:
        weights: Weight per component (default: `DEFAULT_WEIGHTS`).
        decision: "paper" DA or "catalog" DA.
        max_words_per_turn: Words per shopper turn before the response-length reward falls.
        target_turns: Shopper turns at which the interaction-length reward reaches 1.
        linguistic: "features" (against the human per-dialogue rows) or "classifier".
        classifier_path: The n-gram classifier file, for `linguistic="classifier"`.
    """
    options = RewardOptions.model_validate(
        {
            **({"weights": weights} if weights is not None else {}),
            "decision": decision,
            "max_words_per_turn": max_words_per_turn,
            "target_turns": target_turns,
            "linguistic": linguistic,
            "classifier_path": classifier_path,
        }
    )

    async def score(state: TaskState, target: Target) -> Score:
        metadata = metadata_of(state, "category", "acceptable_products")
        episode = Episode.from_metadata(transcript_of(state), metadata)
        breakdown = await judged_trajectory_reward(episode, bound_judge(), options)
        parts = ", ".join(f"{name} {value:.3f}" for name, value in breakdown.components.items())
        return Score(
            value={**breakdown.components, TOTAL_KEY: breakdown.total},
            explanation=f"reward {breakdown.total:.3f} = weighted mean of {parts} (weights {options.weights}).",
            metadata=breakdown.details,
        )

    return score
