"""The trajectory reward: every component of one episode, and their weighted average."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from inspect_ai.model import Model

from salessim_inspect.rewards.classifier import NgramClassifier, classifier_reward
from salessim_inspect.rewards.components import (
    decision_reward,
    format_reward,
    interaction_length_reward,
    judgement,
    response_length_reward,
)
from salessim_inspect.rewards.episode import Episode
from salessim_inspect.rewards.linguistic import dialogue_features, linguistic_reward
from salessim_inspect.rewards.options import COMPONENTS, RewardOptions
from salessim_inspect.rewards.reasoning import judge_reasoning, reasoning_proxy
from salessim_inspect.scorers.judge import JudgeError


@dataclass(frozen=True)
class RewardBreakdown:
    """The reward of one trajectory.

    Attributes:
        components: Each component's value in [0, 1], by name (all six, whatever their weight).
        total: The weighted average of the components.
        details: What lies behind them: the decision outcome, the dialogue features, how reasoning and
            language were measured.
    """

    components: dict[str, float]
    total: float
    details: dict[str, Any] = field(default_factory=dict)


def weighted_total(components: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """R = Σ_i w_i·r_i / Σ_i w_i over the components with a positive weight."""
    used = {name: w for name, w in weights.items() if w > 0}
    return sum(w * components[name] for name, w in used.items()) / sum(used.values())


@cache
def _load_classifier(path: str) -> NgramClassifier:
    return NgramClassifier.load(path)


def trajectory_reward(
    episode: Episode,
    options: RewardOptions | None = None,
    *,
    reasoning: float | None = None,
    classifier: NgramClassifier | None = None,
) -> RewardBreakdown:
    """Every component of `episode` and their weighted total (formulas: docs/rewards.md).

    Args:
        episode: The dialogue and its persona.
        options: Weights, decision variant and thresholds (defaults: `RewardOptions()`).
        reasoning: The reasoning component if already measured (a judge's score); else the proxy is used.
        classifier: The n-gram classifier, when `options.linguistic` is "classifier" (else loaded from
            `options.classifier_path`).
    """
    options = options or RewardOptions()
    verdict = judgement(episode)
    features = dialogue_features(episode)
    details: dict[str, Any] = {
        "outcome": verdict.outcome,
        "decision_variant": options.decision,
        "features": features,
    }
    if reasoning is None:
        check = reasoning_proxy(episode)
        reasoning = check.value
        details["reasoning_method"] = "proxy"
        details["reasoning_proxy"] = {"coverage": check.coverage, "follows": check.follows}
    else:
        details.setdefault("reasoning_method", "judge")
    if options.linguistic == "classifier":
        model = classifier or _load_classifier(str(options.classifier_path))
        linguistic = classifier_reward(episode, model)
        details["linguistic_method"] = "classifier"
    else:
        linguistic, closeness = linguistic_reward(features)
        details["linguistic_method"] = "features"
        details["linguistic_closeness"] = closeness
    transcript = episode.transcript
    components = {
        "decision": decision_reward(episode, options.decision),
        "reasoning": float(reasoning),
        "linguistic": float(linguistic),
        "format": format_reward(transcript),
        "response_length": response_length_reward(transcript, options.max_words_per_turn),
        "interaction_length": interaction_length_reward(transcript, options.target_turns),
    }
    assert set(components) == set(COMPONENTS)
    return RewardBreakdown(components, weighted_total(components, options.weights), details)


async def judged_trajectory_reward(
    episode: Episode,
    judge: Model | None,
    options: RewardOptions | None = None,
    *,
    classifier: NgramClassifier | None = None,
) -> RewardBreakdown:
    """`trajectory_reward` with the reasoning scored by `judge` when one is given.

    A judge failure falls back to the proxy for that trajectory; `details["judge_error"]` says why.
    """
    if judge is None:
        return trajectory_reward(episode, options, classifier=classifier)
    try:
        score = await judge_reasoning(judge, episode)
    except JudgeError as exc:
        breakdown = trajectory_reward(episode, options, classifier=classifier)
        breakdown.details["judge_error"] = str(exc)
        return breakdown
    breakdown = trajectory_reward(episode, options, reasoning=score, classifier=classifier)
    breakdown.details["reasoning_method"] = f"judge {judge.name}"
    return breakdown
