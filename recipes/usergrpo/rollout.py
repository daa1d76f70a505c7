"""Rollouts for GRPO: each a full dialogue of the policy (as the shopper) with the salesbot, run by Inspect
in this package's environment (the category's task: its solver, tools, retrieval and salesbot), rewarded by
the `rewards` scorer; plus the `rollout_func` that hands them to TRL's `GRPOTrainer`.

What the recipe uses of the package: a category task function of `salessim_inspect.tasks` (called with the
configured task options), the `salesbot`/`judge` model roles, the `rewards` scorer and its component names.
"""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspect_ai import Task, eval, task_with
from inspect_ai.event import ModelEvent
from inspect_ai.log import EvalSample

import salessim_inspect.tasks
from recipes.usergrpo.policy import POLICY_API, PolicyServer, TokenSequence, serve_policy
from salessim_inspect.rewards import COMPONENTS
from salessim_inspect.rewards.scorer import TOTAL_KEY, rewards

REWARDS_SCORER = "rewards"


@dataclass(frozen=True)
class Rollout:
    """One finished dialogue: its tokens and its reward components."""

    persona_id: str
    epoch: int
    sequence: TokenSequence
    components: dict[str, float]
    total: float
    outcome: str | None


def category_task(category: str, task_options: dict[str, Any]) -> Task:
    """The category's SalesSim task with the configured options (e.g. `max_turns`, `salesbot` style)."""
    factory = getattr(salessim_inspect.tasks, category, None)
    if factory is None:
        raise ValueError(f"no SalesSim task for category {category!r}")
    return factory(**task_options)


def final_sequence(sample: EvalSample, server: PolicyServer) -> TokenSequence:
    """The token sequence of a sample's dialogue: the one its last policy call extended."""
    calls = [e for e in sample.events if isinstance(e, ModelEvent) and e.model.startswith(POLICY_API)]
    if not calls or calls[-1].output.metadata is None:
        raise RuntimeError(f"sample {sample.id!r} (epoch {sample.epoch}) has no policy turn")
    key = calls[-1].output.metadata["sequence"]
    return server.sequences[key]


class DialogueRollouts:
    """Runs groups of dialogues per persona and collects their tokens and rewards.

    Args:
        server: The policy server (its model is the policy being trained).
        task: The SalesSim task whose personas are played (`category_task`); its scorers are replaced by
            the `rewards` scorer.
        reward_options: Arguments of the `rewards` scorer (weights, decision variant, thresholds).
        salesbot: The salesbot model (an offline `salessim/...` agent or any Inspect model); None for the
            task's default.
        judge: A judge model for the reasoning component; None for the deterministic proxy.
        log_dir: Where each round's eval log goes (browse them with `inspect view`).
        policy_name: The policy's model name in the logs.
    """

    def __init__(
        self,
        server: PolicyServer,
        task: Task,
        reward_options: dict[str, Any],
        salesbot: str | None = None,
        judge: str | None = None,
        log_dir: str | Path | None = None,
        policy_name: str = "shopper",
    ):
        self.server = server
        self.task = task_with(task, scorer=rewards(**reward_options))
        self.model = serve_policy(policy_name, server)
        self.roles = {role: model for role, model in (("salesbot", salesbot), ("judge", judge)) if model}
        self.log_dir = str(log_dir) if log_dir else None

    def run(self, persona_ids: Sequence[str]) -> list[Rollout]:
        """One dialogue per entry of `persona_ids` (a persona listed k times gets k dialogues), in order."""
        counts = Counter(persona_ids)
        self.server.clear()
        log = eval(
            self.task,
            model=self.model,
            model_roles=self.roles or None,
            sample_id=sorted(counts),
            epochs=max(counts.values()),
            log_dir=self.log_dir,
            display="none",
            max_samples=len(persona_ids),
        )[0]
        if log.status != "success" or not log.samples:
            raise RuntimeError(f"rollout eval failed ({log.status}): {log.error}")
        by_key = {(str(s.id), s.epoch): s for s in log.samples}
        seen: Counter[str] = Counter()
        rollouts = []
        for persona in persona_ids:
            seen[persona] += 1
            sample = by_key[(persona, seen[persona])]
            score = (sample.scores or {})[REWARDS_SCORER]
            values = dict(score.value)  # type: ignore[arg-type]
            rollouts.append(
                Rollout(
                    persona_id=persona,
                    epoch=sample.epoch,
                    sequence=final_sequence(sample, self.server),
                    components={c: float(values[c]) for c in COMPONENTS},
                    total=float(values[TOTAL_KEY]),
                    outcome=(score.metadata or {}).get("outcome"),
                )
            )
        return rollouts


def rollout_batch(rollouts: Sequence[Rollout]) -> dict[str, list[Any]]:
    """What TRL's `rollout_func` returns: prompt and completion tokens, the mask of the policy's own tokens
    (`env_mask`), sampling log-probabilities, and each reward component (`reward_<component>`)."""
    batch: dict[str, list[Any]] = {"prompt_ids": [], "completion_ids": [], "logprobs": [], "env_mask": []}
    for rollout in rollouts:
        sequence, cut = rollout.sequence, rollout.sequence.prompt_length
        batch["prompt_ids"].append(list(sequence.ids[:cut]))
        batch["completion_ids"].append(list(sequence.ids[cut:]))
        batch["logprobs"].append(list(sequence.logprobs[cut:]))
        batch["env_mask"].append(list(sequence.mask[cut:]))
    for component in COMPONENTS:
        batch[f"reward_{component}"] = [r.components[component] for r in rollouts]
    return batch


def make_rollout_func(rollouts: DialogueRollouts) -> Callable[[list[Any], Any], dict[str, list[Any]]]:
    """TRL's `rollout_func`: the prompts are persona ids; the trainer's current model plays the shopper."""

    def rollout_func(prompts: list[Any], trainer: Any) -> dict[str, list[Any]]:
        rollouts.server.model = trainer.accelerator.unwrap_model(trainer.model)
        return rollout_batch(rollouts.run([str(p) for p in prompts]))

    return rollout_func


def component_reward_funcs() -> list[Callable[..., list[float]]]:
    """One TRL reward function per component, named after it, reading what `rollout_func` returned.

    With reward weights that sum to 1, TRL's weighted sum of them is the weighted average (the total), and
    TRL logs each component's mean per step (`rewards/<component>/mean`).
    """

    def make(component: str) -> Callable[..., list[float]]:
        def reward(prompts: list[Any], completions: list[Any], **kwargs: Any) -> list[float]:
            return [float(v) for v in kwargs[f"reward_{component}"]]

        reward.__name__ = component
        return reward

    return [make(c) for c in COMPONENTS]


def normalised_weights(weights: dict[str, float]) -> list[float]:
    """The components' weights in `COMPONENTS` order, summing to 1 (missing ones 0)."""
    total = sum(w for w in weights.values() if w > 0)
    return [max(weights.get(c, 0.0), 0.0) / total for c in COMPONENTS]
