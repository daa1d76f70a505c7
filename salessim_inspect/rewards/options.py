"""The reward's options: component weights, the decision variant, and the auxiliary thresholds.

The defaults and the reasons for them are in docs/rewards.md.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Component = Literal["decision", "reasoning", "linguistic", "format", "response_length", "interaction_length"]
COMPONENTS: tuple[Component, ...] = (
    "decision",
    "reasoning",
    "linguistic",
    "format",
    "response_length",
    "interaction_length",
)

# Decision alignment carries the most weight: it is the benchmark's objective. Reasoning and language are the
# paper's two other main components; the three auxiliary ones shape behaviour and get small weights, so that
# being short, well-formed and long-winded in turns can never outweigh a wrong decision.
DEFAULT_WEIGHTS: dict[str, float] = {
    "decision": 0.4,
    "reasoning": 0.2,
    "linguistic": 0.2,
    "format": 0.1,
    "response_length": 0.05,
    "interaction_length": 0.05,
}
# Median shopper turns of the 517 human RecQuest dialogues (salessim_inspect/reference).
HUMAN_MEDIAN_TURNS = 9


class RewardOptions(BaseModel):
    """How a trajectory is rewarded.

    Attributes:
        weights: Weight of each component in the total (a weighted average: only ratios matter). A component
            left out, or weighted 0, is still computed and reported but does not count.
        decision: "paper" (the paper's DA, `Judgement.value`) or "catalog" (`Judgement.catalog_value`, which
            leaving before anything acceptable was shown cannot earn).
        max_words_per_turn: Shopper turns up to this many words earn the full response-length reward; longer
            ones lose it linearly, reaching 0 at twice the length.
        target_turns: Shopper turns at which the interaction-length reward reaches 1.
        linguistic: "features" (the trajectory's features against the human per-dialogue distributions) or
            "classifier" (an n-gram classifier trained on human shopper text; needs `classifier_path`).
        classifier_path: A classifier saved by `salessim_inspect.rewards.classifier`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    weights: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    decision: Literal["paper", "catalog"] = "paper"
    max_words_per_turn: int = Field(default=40, ge=1)
    target_turns: int = Field(default=HUMAN_MEDIAN_TURNS, ge=1)
    linguistic: Literal["features", "classifier"] = "features"
    classifier_path: str | None = None

    @field_validator("weights")
    @classmethod
    def _check_weights(cls, weights: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(weights) - set(COMPONENTS))
        if unknown:
            raise ValueError(
                f"unknown reward component(s) {', '.join(unknown)}; valid components are: {', '.join(COMPONENTS)}"
            )
        negative = sorted(name for name, w in weights.items() if w < 0)
        if negative:
            raise ValueError(f"negative weight for {', '.join(negative)}; weights must be >= 0")
        if not any(w > 0 for w in weights.values()):
            raise ValueError("at least one reward weight must be positive")
        return weights

    @model_validator(mode="after")
    def _classifier_needs_a_path(self) -> "RewardOptions":
        if self.linguistic == "classifier" and not self.classifier_path:
            raise ValueError(
                "linguistic='classifier' needs classifier_path (a file saved by rewards.classifier)"
            )
        return self
