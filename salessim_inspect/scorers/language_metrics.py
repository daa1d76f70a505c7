"""Language of the shopper (docs/architecture.md §5, the paper's §2.3.2 and Appendix C.1): Crit., %Cpl., Red.

- `crit`: criteria stated in the first shopper message. With a `judge` role bound, the judge counts them
  (the paper's method); otherwise the persona's own constraints stated are counted deterministically.
- `cpl`: the share of the shopper's sentences that are grammatically complete: the judge's estimate (the
  paper's method) or spaCy's dependency parse. Its metrics include `gap`, the mean minus the human
  shoppers' %Cpl.
- Red. has no per-sample value: it is a corpus figure (each dialogue's similarity to the *other*
  dialogues of its category), so it is computed as the metrics `red` and `red_gap` of the `cpl` scorer,
  over every dialogue of the run, from the shopper text each `cpl` score keeps in its metadata.

The method of each figure is in its score's metadata (`method`) and explanation; `salessim report`
shows it, and `salessim compare` refuses to compare figures of different methods.
Only the shopper's spoken text counts: private reasoning and text-written tool calls are left out.
"""

import math
from typing import Any

from inspect_ai.scorer import Score, Scorer, Target, scorer
from inspect_ai.solver import TaskState

from salessim_inspect.reference import human_mean
from salessim_inspect.scorers._common import metadata_of, shopper_utterances, spoken_text, transcript_of
from salessim_inspect.scorers.completeness import completeness
from salessim_inspect.scorers.criteria import count_stated_criteria
from salessim_inspect.scorers.features import FEATURES_KEY, dialogue_features
from salessim_inspect.scorers.judge import JudgeError, bound_judge, judge_completeness, judge_criteria
from salessim_inspect.scorers.metrics import SHOPPER_TEXT_KEY, gap, rate_metrics, red, red_gap

NAN = math.nan


def _persona_of(metadata: dict[str, Any]) -> dict[str, Any]:
    persona = dict(metadata.get("persona") or {})
    persona.setdefault("budget", metadata.get("budget"))
    persona.setdefault("product_type", metadata.get("product_type"))
    return persona


def _unscored(explanation: str, metadata: dict[str, Any]) -> Score:
    reason = "grader_failed" if "judge_error" in metadata else "no_response"
    return Score.unscored(reason=reason, explanation=explanation, metadata=metadata)


@scorer(metrics=rate_metrics())
def crit() -> Scorer:
    """Crit.: how many criteria the shopper states in its first message (judge, or the persona's constraints)."""

    async def score(state: TaskState, target: Target) -> Score:
        metadata = metadata_of(state)
        shopper_turns = transcript_of(state).shopper_turns()
        first = spoken_text(shopper_turns[0]) if shopper_turns else None
        judge = bound_judge()
        if judge is not None:
            method = f"judge {judge}"
            details: dict[str, Any] = {"method": method, "first_message": first}
            if first is None:
                return _unscored("No shopper turn.", details)
            try:
                count = float(await judge_criteria(judge, first)) if first else 0.0
            except JudgeError as exc:
                return _unscored(f"Judge error: {exc}", {**details, "judge_error": str(exc)})
        else:
            method = "persona constraints stated"
            details = {"method": method, "first_message": first}
            if first is None:
                return _unscored("No shopper turn.", details)
            stated_count, stated = count_stated_criteria(_persona_of(metadata), first)
            count, details["stated"] = float(stated_count), stated
        return Score(value=count, explanation=f"Crit. {count:g} ({method}).", metadata=details)

    return score


@scorer(metrics=[*rate_metrics(), gap(human_mean("sentence_completeness")), red(), red_gap()])
def cpl() -> Scorer:
    """%Cpl.: the share of complete sentences in what the shopper said (judge, or spaCy's parse).

    Its metrics also carry the corpus figures `red` and `red_gap` (Red., see the module docstring); its
    metadata keeps the shopper text and the per-dialogue features of `scorers/features.py`.
    """

    async def score(state: TaskState, target: Target) -> Score:
        transcript = transcript_of(state)
        utterances = shopper_utterances(transcript)
        human = human_mean("sentence_completeness")
        details: dict[str, Any] = {
            SHOPPER_TEXT_KEY: "\n".join(utterances),
            "human": human,
            # Per-dialogue features for the report's human-likeness section (scorers/features.py); Crit. and
            # %Cpl. themselves are the `crit` and `cpl` scores, which the report joins in.
            FEATURES_KEY: dialogue_features(transcript, _persona_of(metadata_of(state))).model_dump(),
        }
        judge = bound_judge()
        if judge is not None:
            details["method"] = f"judge {judge}"
            if not utterances:
                return _unscored("The shopper said nothing.", details)
            try:
                share = await judge_completeness(judge, utterances)
            except JudgeError as exc:
                return _unscored(f"Judge error: {exc}", {**details, "judge_error": str(exc)})
        else:
            details["method"] = "spaCy dependency parse"
            found, complete, total = completeness(utterances)
            details["sentences"] = {"complete": complete, "total": total}
            if found is None:
                return _unscored("The shopper said nothing.", details)
            share = found
        return Score(
            value=share,
            explanation=f"%Cpl. {share:.3f} ({details['method']}; human shoppers {human:.3f}).",
            metadata=details,
        )

    return score
