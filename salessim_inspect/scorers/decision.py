"""Decision alignment (docs/architecture.md §5, the paper's §2.3.1), its failure taxonomy, and catalog DA.

The paper's DA credits walking away whenever the salesbot showed nothing acceptable, so a shopper that
leaves at once scores well against a salesbot that shows little. *Catalog DA* is the second figure, which
no trivial policy can game: the decision is judged against the persona's whole catalog, not against what
happened to be shown. It is 1 iff the shopper bought an acceptable product the salesbot recommended, or
walked away (or ran out of turns) when the catalog has no acceptable product at all; a terminal action in
the first shopper turn scores 0, as in DA. Walking away from a feasible persona scores 0 whatever the
salesbot showed, so a salesbot that shows nothing acceptable lowers catalog DA instead of raising it.
"""

from dataclasses import dataclass
from typing import Literal

from inspect_ai.scorer import Score, Scorer, Target, accuracy, scorer, stderr
from inspect_ai.solver import TaskState

from salessim_inspect.data.names import CatalogNames
from salessim_inspect.scorers._common import catalog_names, metadata_of, transcript_of
from salessim_inspect.scorers.metrics import by_category, by_feasibility, on_visual, outcome_shares
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
    decision_turn: int | None  # the shopper turn of the decision, counted from 1

    @property
    def value(self) -> int:
        """The paper's DA: 1 for an aligned outcome."""
        return 1 if self.outcome in ALIGNED else 0

    @property
    def catalog_value(self) -> int:
        """Catalog DA: bought a recommended acceptable product, or left when nothing in the catalog fits."""
        if self.outcome == "accepted_acceptable":
            return 1
        left = self.action != "add_to_cart"
        return int(left and not self.acceptable and self.outcome != "premature_end")

    @property
    def hallucination(self) -> str | None:
        """For `hallucinated_purchase`: "not_in_catalog" (the argument names no product) or "not_shown"."""
        if self.outcome != "hallucinated_purchase":
            return None
        return "not_in_catalog" if self.product is None else "not_shown"

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
            decision += f" at shopper turn {self.decision_turn}"
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
    retrieved: list[str] = []  # what the salesbot's lookups had returned by each reply: ties go to these
    for turn in transcript.turns[:cutoff]:
        if turn.speaker == "salesbot":
            retrieved += turn.products_retrieved
            for name in names.mentions(turn.text, prefer=retrieved):
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
    product = names.resolve(written, prefer=recommended) if written is not None else None
    # Turn numbers in scores are 1-based, as a person counts them (the transcript's index is 0-based).
    turn = decision.turn + 1 if decision is not None else None

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


def decision_metadata(judgement: Judgement, transcript: Transcript) -> dict:
    """What a DA score records about the decision (identifiers, not figures: see scorers/metrics.py)."""
    return {
        "outcome": judgement.outcome,
        "hallucination": judgement.hallucination,
        "recommended": judgement.recommended,
        "recommended_acceptable": judgement.shown_acceptable,
        "acceptable_count": len(judgement.acceptable),
        "action": judgement.action,
        "product_written": judgement.product_written,
        "product": judgement.product,
        "decision_turn": judgement.decision_turn,
        "ended_by": transcript.ended_by,
        "feasible": bool(judgement.acceptable),
    }


def _judge(state: TaskState) -> tuple[Judgement, Transcript]:
    metadata = metadata_of(state, "acceptable_products")
    transcript = transcript_of(state)
    judgement = judge_decision(transcript, list(metadata["acceptable_products"]), catalog_names(metadata))
    return judgement, transcript


@scorer(metrics=[accuracy(), stderr(), by_category(), by_feasibility(), on_visual(), outcome_shares()])
def decision_alignment() -> Scorer:
    """Decision alignment (the paper's DA): 1 if the shopper's final decision agrees with its persona, else 0.

    `Score.metadata["outcome"]` is one of the seven outcome labels (docs/architecture.md §5). Metrics: the
    DA rate (`accuracy`), its `stderr`, per category (`female`, `rings`, ...), on `feasible` and
    `infeasible` personas, on personas with a dealbreaker only the image shows (`visual`), and the share of each
    outcome (`ok_buy`, `ok_leave`, `premature`, `lenient`,
    `wrong`, `halluc`, `strict`).
    """

    async def score(state: TaskState, target: Target) -> Score:
        judgement, transcript = _judge(state)
        return Score(
            value=judgement.value,
            answer=judgement.product or judgement.product_written or judgement.action,
            explanation=judgement.explanation(),
            metadata=decision_metadata(judgement, transcript),
        )

    return score


@scorer(metrics=[accuracy(), stderr(), by_category(), by_feasibility(), on_visual()])
def catalog_alignment() -> Scorer:
    """Catalog DA: 1 if the shopper bought an acceptable product the salesbot recommended, or walked away when
    the catalog has none; a trivial policy cannot earn it by leaving (see the module docstring). Metrics as
    for `decision_alignment`, without the outcome shares.
    """

    async def score(state: TaskState, target: Target) -> Score:
        judgement, _ = _judge(state)
        return Score(
            value=judgement.catalog_value,
            answer=judgement.product or judgement.product_written or judgement.action,
            explanation=f"catalog DA {judgement.catalog_value}: {judgement.explanation()}",
            metadata={"outcome": judgement.outcome, "feasible": bool(judgement.acceptable)},
        )

    return score
