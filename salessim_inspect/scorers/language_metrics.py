"""Language of the shopper (ARCHITECTURE.md §5, the paper's §2.3.2 and Appendix C.1): Crit., %Cpl., Red.

The method behind each figure is part of its name in the log:
- Crit.: `crit_judge` (the judge counts criteria, the paper's method) or `crit_constraints` (the
  persona's own constraints stated in the first message, counted deterministically);
- %Cpl.: `cpl_judge` (the judge's estimate, the paper's method) or `cpl_spacy` (spaCy's dependency
  parse), each with its gap to human shoppers, `cpl_gap_judge` / `cpl_gap_spacy`;
- Red. (scorer `redundancy`): `red` and its gap `red_gap` (and `red_<category>`, `red_gap_<category>`
  when the run spans several categories), corpus-level metrics computed per category over all
  dialogues of the run. The per-sample value is 1 for a dialogue that enters the corpus (it has
  shopper text) and unscored otherwise: the figure itself exists only at the run level.

Only the shopper's spoken text counts: private reasoning and text-written tool calls are left out.
"""

import math
from typing import Any

from inspect_ai.scorer import Score, Scorer, Target, grouped, mean, scorer, stderr
from inspect_ai.solver import TaskState

from salessim_inspect.reference import human_mean
from salessim_inspect.scorers._common import metadata_of, shopper_utterances, spoken_text, transcript_of
from salessim_inspect.scorers.completeness import completeness
from salessim_inspect.scorers.criteria import count_stated_criteria
from salessim_inspect.scorers.features import FEATURES_KEY, dialogue_features
from salessim_inspect.scorers.judge import JudgeError, bound_judge, judge_completeness, judge_criteria
from salessim_inspect.scorers.metrics import (
    SHOPPER_TEXT_KEY,
    tfidf_redundancy,
    tfidf_redundancy_gap,
)

NAN = math.nan


def _persona_of(metadata: dict[str, Any]) -> dict[str, Any]:
    persona = dict(metadata.get("persona") or {})
    persona.setdefault("budget", metadata.get("budget"))
    persona.setdefault("product_type", metadata.get("product_type"))
    return persona


@scorer(
    metrics={
        "crit_*": [mean(), stderr(), grouped(mean(), "category", all=False)],
        "cpl_*": [mean(), stderr(), grouped(mean(), "category", all=False)],
    }
)
def language() -> Scorer:
    """Crit. (first-turn criteria) and %Cpl. (sentence completeness) of the shopper.

    With a `judge` model role bound, Crit. and %Cpl. are judged by it; otherwise they are computed
    deterministically. A judge failure leaves that metric unscored for that sample.
    """

    async def score(state: TaskState, target: Target) -> Score:
        metadata = metadata_of(state)
        transcript = transcript_of(state)
        shopper_turns = transcript.shopper_turns()
        utterances = shopper_utterances(transcript)
        first = spoken_text(shopper_turns[0]) if shopper_turns else None
        judge = bound_judge()
        human_cpl = human_mean("sentence_completeness")
        errors: dict[str, str] = {}
        details: dict[str, Any] = {}

        # Crit.
        crit: float = NAN
        if judge is not None:
            crit_key, details["crit_method"] = "crit_judge", f"judge {judge.name}"
            if first is not None:
                try:
                    crit = float(await judge_criteria(judge, first)) if first else 0.0
                except JudgeError as exc:
                    errors["crit"] = str(exc)
        else:
            crit_key, details["crit_method"] = "crit_constraints", "persona constraints stated"
            if first is not None:
                count, stated = count_stated_criteria(_persona_of(metadata), first)
                crit, details["crit_stated"] = float(count), stated

        # %Cpl.
        cpl: float = NAN
        if judge is not None:
            method, details["cpl_method"] = "judge", f"judge {judge.name}"
            if utterances:
                try:
                    cpl = await judge_completeness(judge, utterances)
                except JudgeError as exc:
                    errors["cpl"] = str(exc)
        else:
            method, details["cpl_method"] = "spacy", "spaCy dependency parse"
            share, complete, total = completeness(utterances)
            details["cpl_sentences"] = {"complete": complete, "total": total}
            if share is not None:
                cpl = share

        value = {crit_key: crit, f"cpl_{method}": cpl, f"cpl_gap_{method}": cpl - human_cpl}
        measured_by = "judge" if judge is not None else "deterministic"
        features = dialogue_features(
            transcript,
            _persona_of(metadata),
            crit=crit,
            cpl=cpl,
            methods={"crit": measured_by, "cpl": measured_by},
        )
        explanation = (
            f"Crit. {crit:g} ({details['crit_method']}); "
            f"%Cpl. {cpl:.3f} ({details['cpl_method']}; human shoppers {human_cpl:.3f})."
        )
        if errors:
            explanation += " Unscored: " + "; ".join(f"{k}: {v}" for k, v in errors.items())
        return Score(
            value=value,
            explanation=explanation,
            metadata={
                **details,
                "first_message": first,
                "judge_errors": errors or None,
                "human_sentence_completeness": human_cpl,
                # Per-dialogue features for the report's human-likeness section (scorers/features.py).
                FEATURES_KEY: features.model_dump(),
            },
        )

    return score


@scorer(metrics=[tfidf_redundancy(), tfidf_redundancy_gap()])
def redundancy() -> Scorer:
    """Red.: a corpus-level metric over the run's dialogues, per category (TF-IDF of the shopper's text).

    Each sample keeps its shopper text in `Score.metadata["shopper_text"]`; its value is 1 when it has
    text (it enters the corpus) and unscored otherwise.
    """

    async def score(state: TaskState, target: Target) -> Score:
        metadata_of(state, "category")
        shopper_text = "\n".join(shopper_utterances(transcript_of(state)))
        if not shopper_text.strip():
            return Score.unscored(
                reason="no_response",
                explanation="The shopper said nothing: the dialogue is left out of Red.",
                metadata={SHOPPER_TEXT_KEY: ""},
            )
        return Score(
            value=1,
            explanation="In the Red. corpus; Red. is computed over the run's dialogues per category.",
            metadata={
                SHOPPER_TEXT_KEY: shopper_text,
                "human_tfidf_redundancy": human_mean("tfidf_redundancy"),
            },
        )

    return score
