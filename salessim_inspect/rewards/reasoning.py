"""The reasoning component: does the shopper check what it is shown against its persona, and does its
decision follow from those checks?

With a `judge` model the paper's method is used: the judge reads the persona, the products shown, the
shopper's reasoning and words, and its decision, and scores their coherence (prompt:
`rewards/prompts/reasoning_judge.txt`). Without one, `reasoning_proxy` is a deterministic stand-in; its
formula is in its docstring and in docs/rewards.md.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from inspect_ai.model import Model

from salessim_inspect.data.constraints import satisfies
from salessim_inspect.data.models import Constraint, Product
from salessim_inspect.rewards.components import judgement
from salessim_inspect.rewards.episode import Episode
from salessim_inspect.scorers.criteria import constraint_stated, persona_criteria
from salessim_inspect.scorers.judge import ask_judge, parse_share
from salessim_inspect.solvers.system_prompts import money
from salessim_inspect.transcript import Transcript

_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n+")


@dataclass(frozen=True)
class ReasoningCheck:
    """The proxy's verdict, with its parts.

    Attributes:
        value: ½·coverage + ½·follows (0 when nothing was shown or the shopper left in its first turn).
        coverage: Mean over shown products of the share of their relevant dealbreakers the shopper checked.
        follows: 1 when the decision follows from the checks, else 0.
        per_product: Each shown product's share of relevant dealbreakers checked.
    """

    value: float
    coverage: float
    follows: float
    per_product: dict[str, float] = field(default_factory=dict)


def dealbreaker_criteria(persona: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The persona's dealbreakers that a shopper should check: its dealbreaker constraints other than its own
    product type, and its budget (from `budget` when the constraints lack it)."""
    return [c for c in persona_criteria(persona) if c.get("kind", "dealbreaker") == "dealbreaker"]


def _type_constraint(persona: Mapping[str, Any]) -> dict[str, Any] | None:
    product_type = persona.get("product_type")
    if not product_type:
        return None
    return {"attribute": "product_type", "op": "eq", "value": product_type, "kind": "dealbreaker"}


def violated_dealbreakers(
    persona: Mapping[str, Any], product: Product | None, dealbreakers: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The dealbreakers (the product type among them) that `product` fails; all of them if it is unknown."""
    candidates = list(dealbreakers)
    type_constraint = _type_constraint(persona)
    if type_constraint is not None:
        candidates.append(type_constraint)
    if product is None:
        return candidates
    failed = [c for c in candidates if not satisfies(product, Constraint.model_validate(c))]
    # No recorded constraint fails (data without constraints): any dealbreaker may be the reason.
    return failed or candidates


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_BREAK.split(text) if s and s.strip()]


def product_passages(episode: Episode) -> dict[str, list[str]]:
    """What the shopper thought or said about each product shown, up to its decision.

    The shopper's turns (reasoning and words) are cut into sentences; a sentence naming products is about
    them, and the sentences after it (in the same turn) are about them too until another product is named.
    Sentences of the deciding turn that precede any name are about the product it buys. Only sentences after
    the salesbot first named a product count for it.
    """
    transcript: Transcript = episode.transcript
    names = episode.names
    verdict = judgement(episode)
    shown_at: dict[str, int] = {}
    passages: dict[str, list[str]] = {}
    # The deciding shopper turn as an index from 0 (scores count turns from 1).
    deciding_index = verdict.decision_turn - 1 if verdict.decision_turn is not None else None
    shopper_number = -1
    for position, turn in enumerate(transcript.turns):
        if turn.speaker == "salesbot":
            for name in names.mentions(turn.text):
                shown_at.setdefault(name, position)
            continue
        shopper_number += 1
        if deciding_index is not None and shopper_number > deciding_index:
            break
        deciding = shopper_number == deciding_index
        current: list[str] = [verdict.product] if deciding and verdict.product else []
        text = "\n".join(part for part in (turn.reasoning, turn.text) if part)
        for sentence in _sentences(text):
            named = names.mentions(sentence)
            if named:
                current = named
            for name in current:
                if name in shown_at and shown_at[name] < position:
                    passages.setdefault(name, []).append(sentence)
    return passages


def reasoning_proxy(episode: Episode) -> ReasoningCheck:
    """r_reasoning without a judge = ½·coverage + ½·follows, over the products R the salesbot named.

    For a shown product p, its relevant dealbreakers are the ones it fails if p ∉ A (to reject it, say why),
    and all of the persona's dealbreakers if p ∈ A (to buy it, check them all). s(p) = the share of p's
    relevant dealbreakers stated (as `criteria.constraint_stated` reads a statement) in the shopper's
    passages about p (`product_passages`); 0 if it never discussed p. coverage = mean of s(p) over R.
    follows = 1 iff the decision follows from the checks: a purchase of q ∈ R ∩ A with s(q) = 1, or walking
    away (or running out of turns) with every p ∈ R outside A and s(p) > 0. The component is 0 when R is
    empty (nothing to reason about) or the shopper left in its first turn.
    """
    verdict = judgement(episode)
    recommended = verdict.recommended
    if verdict.outcome == "premature_end" or not recommended:
        return ReasoningCheck(0.0, 0.0, 0.0)
    acceptable = set(episode.acceptable)
    dealbreakers = dealbreaker_criteria(episode.persona)
    passages = product_passages(episode)
    scores: dict[str, float] = {}
    for name in recommended:
        said = " ".join(passages.get(name, []))
        if not said:
            scores[name] = 0.0
            continue
        relevant = (
            dealbreakers
            if name in acceptable
            else violated_dealbreakers(episode.persona, episode.products.get(name), dealbreakers)
        )
        if not relevant:
            scores[name] = 1.0
            continue
        scores[name] = sum(constraint_stated(c, said) for c in relevant) / len(relevant)
    coverage = sum(scores.values()) / len(scores)
    if verdict.action == "add_to_cart":
        bought = verdict.product
        follows = bought in acceptable and bought in scores and scores[bought] == 1.0
    else:
        follows = all(name not in acceptable and score > 0 for name, score in scores.items())
    value = 0.5 * coverage + 0.5 * float(follows)
    return ReasoningCheck(value, coverage, float(follows), scores)


@cache
def reasoning_judge_prompt() -> str:
    """The judge prompt template (placeholders `{persona}`, `{products}`, `{dialogue}`, `{decision}`)."""
    return (files("salessim_inspect.rewards") / "prompts" / "reasoning_judge.txt").read_text(encoding="utf-8")


def _product_line(name: str, product: Product | None) -> str:
    if product is None:
        return f"- {name}"
    features = "; ".join(product.features)
    return f"- {name}: {money(product.price)}, {product.product_type}. {product.description} Features: {features}"


def reasoning_judge_input(episode: Episode) -> str:
    """The judge prompt filled in for `episode`."""
    persona = episode.persona
    verdict = judgement(episode)
    persona_text = "\n".join(
        [
            f"Shopping for: {persona.get('product_type')}",
            f"Budget: {money(float(persona['budget'])) if persona.get('budget') is not None else 'unknown'}",
            f"Dealbreakers: {persona.get('dealbreakers') or '(none stated)'}",
            f"Preferences: {persona.get('preferences') or '(none stated)'}",
        ]
    )
    products = "\n".join(_product_line(n, episode.products.get(n)) for n in verdict.recommended)
    lines = []
    shopper_number = 0
    for turn in episode.transcript.turns:
        if turn.speaker == "salesbot":
            lines.append(f"[Salesbot] {turn.text}")
            continue
        shopper_number += 1
        if turn.reasoning:
            lines.append(f"[Shopper turn {shopper_number}, private reasoning] {turn.reasoning}")
        lines.append(f"[Shopper turn {shopper_number}, said] {turn.text or '(nothing)'}")
    if verdict.action == "add_to_cart":
        decision = f"add_to_cart({verdict.product_written!r})"
    elif verdict.action == "end_conversation":
        decision = "end_conversation() — left without buying"
    else:
        decision = "no decision before the conversation ended"
    return (
        reasoning_judge_prompt()
        .replace("{persona}", persona_text)
        .replace("{products}", products or "(the salesbot named no catalog product)")
        .replace("{dialogue}", "\n".join(lines))
        .replace("{decision}", decision)
    )


async def judge_reasoning(judge: Model, episode: Episode) -> float:
    """r_reasoning by the judge: its `SCORE: n/10`, as a share in [0, 1].

    Raises:
        JudgeError: the judge failed or its answer has no readable score.
    """
    return parse_share(await ask_judge(judge, reasoning_judge_input(episode)))
