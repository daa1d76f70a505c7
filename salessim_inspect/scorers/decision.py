"""Decision alignment (ARCHITECTURE.md §5, the paper's §2.3.1) and its failure taxonomy."""

from dataclasses import dataclass
from typing import Literal

from inspect_ai.scorer import Score, Scorer, Target, accuracy, grouped, scorer, stderr
from inspect_ai.solver import TaskState

from salessim_inspect.data.names import CatalogNames
from salessim_inspect.scorers._common import catalog_names, metadata_of, transcript_of
from salessim_inspect.scorers.metrics import by_feasibility, outcome_shares
from salessim_inspect.transcript import Transcript

Outcome = Literal[
    "accepted_acceptable",
    "rejected_none_acceptable_shown",
    "premature_end",
    "overly_lenient",
    "wrong_product",
    "hallucinated_purchase",
    "overly_strict",
]
ALIGNED: tuple[Outcome, ...] = ("accepted_acceptable", "rejected_none_acceptable_shown")
MISALIGNED: tuple[Outcome, ...] = (
    "premature_end",
    "overly_lenient",
    "wrong_product",
    "hallucinated_purchase",
    "overly_strict",
)
OUTCOMES: tuple[Outcome, ...] = ALIGNED + MISALIGNED


@dataclass(frozen=True)
class Judgement:
    """The decision-alignment verdict on one dialogue."""

    outcome: Outcome
    recommended: list[str]  # R: catalog products the salesbot named before the decision
    acceptable: list[str]  # A
    action: str  # "add_to_cart", "end_conversation" or "none" (ran out of turns / ended otherwise)
    product_written: str | None  # the add_to_cart argument as the shopper wrote it
    product: str | None  # that argument resolved to a catalog name (None: not in the catalog)
    decision_turn: int | None

    @property
    def value(self) -> int:
        return 1 if self.outcome in ALIGNED else 0

    @property
    def catalog_value(self) -> int:
        """Catalog DA, which trivial policies cannot game: 1 iff the shopper bought a product in R ∩ A, or
        walked away (or ran out of turns) and A is empty; 0 for a terminal action in its first turn.

        Unlike `value`, leaving before anything acceptable was shown earns nothing when the catalog holds an
        acceptable product.
        """
        if self.outcome == "premature_end":
            return 0
        if self.action == "add_to_cart":
            return int(self.outcome == "accepted_acceptable")
        return int(not self.acceptable)

    @property
    def shown_acceptable(self) -> list[str]:
        return [name for name in self.recommended if name in set(self.acceptable)]

    def explanation(self) -> str:
        if self.action == "add_to_cart":
            resolved = self.product if self.product is not None else "not a catalog product"
            decision = f"add_to_cart({self.product_written!r}) -> {resolved}"
        elif self.action == "end_conversation":
            decision = "end_conversation (walk away)"
        else:
            decision = "no decision (treated as walking away)"
        if self.decision_turn is not None:
            decision += f" at shopper turn {self.decision_turn + 1}"
        return (
            f"{self.outcome}. Recommended R = {self.recommended or '∅'}; "
            f"acceptable A = {self.acceptable or '∅ (infeasible persona)'}; "
            f"R ∩ A = {self.shown_acceptable or '∅'}; decision: {decision}."
        )


def recommended_before_decision(transcript: Transcript, names: CatalogNames) -> list[str]:
    """R: catalog products named in salesbot turns before the decision, in order of first mention.

    Names are found again in the salesbot's text (rather than read from `Turn.products_named`) so that
    rescoring a log uses the current name matching.
    """
    cutoff = len(transcript.turns)
    decision = transcript.decision
    if decision is not None:
        shopper_positions = [i for i, t in enumerate(transcript.turns) if t.speaker == "shopper"]
        if decision.turn < len(shopper_positions):
            cutoff = shopper_positions[decision.turn]
    seen: dict[str, None] = {}
    for turn in transcript.turns[:cutoff]:
        if turn.speaker == "salesbot":
            for name in names.mentions(turn.text):
                seen.setdefault(name, None)
    return list(seen)


def judge_decision(transcript: Transcript, acceptable: list[str], names: CatalogNames) -> Judgement:
    """Apply §5: DA = 1 iff a ∈ R ∩ A, or a = ∅ and R ∩ A = ∅; a first-turn terminal action scores 0."""
    recommended = recommended_before_decision(transcript, names)
    accept = set(acceptable)
    shown_acceptable = any(name in accept for name in recommended)
    decision = transcript.decision

    action = decision.action if decision is not None else "none"
    written = decision.product if decision is not None and decision.action == "add_to_cart" else None
    product = names.resolve(written) if written is not None else None
    turn = decision.turn if decision is not None else None

    outcome: Outcome
    if decision is not None and decision.turn == 0:
        outcome = "premature_end"
    elif action != "add_to_cart":
        outcome = "overly_strict" if shown_acceptable else "rejected_none_acceptable_shown"
    elif product is None or product not in recommended:
        outcome = "hallucinated_purchase"
    elif product in accept:
        outcome = "accepted_acceptable"
    elif shown_acceptable:
        outcome = "wrong_product"
    else:
        outcome = "overly_lenient"
    return Judgement(
        outcome=outcome,
        recommended=recommended,
        acceptable=sorted(acceptable),
        action=action,
        product_written=written,
        product=product,
        decision_turn=turn,
    )


@scorer(
    metrics=[
        accuracy(),
        stderr(),
        grouped(accuracy(), "category", all=False, name_template="da_{group_name}"),
        by_feasibility(),
        outcome_shares(),
    ]
)
def decision_alignment() -> Scorer:
    """Decision alignment: 1 if the shopper's final decision agrees with its persona, else 0.

    `Score.metadata["outcome"]` is one of the taxonomy labels of ARCHITECTURE.md §5.
    """

    async def score(state: TaskState, target: Target) -> Score:
        metadata = metadata_of(state, "acceptable_products")
        transcript = transcript_of(state)
        judgement = judge_decision(transcript, list(metadata["acceptable_products"]), catalog_names(metadata))
        return Score(
            value=judgement.value,
            answer=judgement.product or judgement.product_written or judgement.action,
            explanation=judgement.explanation(),
            metadata={
                "outcome": judgement.outcome,
                "recommended": judgement.recommended,
                "recommended_acceptable": judgement.shown_acceptable,
                "acceptable_count": len(judgement.acceptable),
                "action": judgement.action,
                "product_written": judgement.product_written,
                "product": judgement.product,
                "decision_turn": judgement.decision_turn,
                "ended_by": transcript.ended_by,
                "feasible": bool(metadata["acceptable_products"]),
            },
        )

    return score
