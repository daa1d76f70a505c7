"""The score comparison behind the determinism check of the offline suite (benchmarks/same_scores.py)."""

import math
from types import SimpleNamespace

from inspect_ai.log import EvalMetric, EvalResults, EvalSample, EvalScore
from inspect_ai.scorer import Score

from benchmarks.same_scores import differences


def _log(da: float, cpl: float, metric: float, explanation: str = "accepted_acceptable"):
    sample = EvalSample(
        id="rings-007",
        epoch=1,
        input="persona",
        target="",
        scores={
            "decision_alignment": Score(value=da, answer="Aurelle", explanation=explanation),
            "language": Score(value={"cpl_spacy": cpl, "crit_constraints": math.nan}),
        },
    )
    results = EvalResults(
        total_samples=1,
        completed_samples=1,
        scores=[
            EvalScore(
                name="decision_alignment",
                scorer="decision_alignment",
                metrics={"da": EvalMetric(name="da", value=metric)},
            )
        ],
    )
    return SimpleNamespace(samples=[sample], results=results)


def test_identical_scores_including_nan_are_the_same():
    assert differences(_log(1.0, 0.6, 0.5), _log(1.0, 0.6, 0.5)) == []


def test_a_difference_in_the_last_digit_of_a_score_or_metric_is_found():
    assert differences(_log(1.0, 0.6, 0.5), _log(1.0, 0.6000000000000001, 0.5)) == [
        "sample ('rings-007', 1) language: ({'cpl_spacy': 0.6, 'crit_constraints': nan}, None, None) != "
        "({'cpl_spacy': 0.6000000000000001, 'crit_constraints': nan}, None, None)"
    ]
    [metric] = differences(_log(1.0, 0.6, 0.5), _log(1.0, 0.6, 0.5000001))
    assert metric.startswith("metric decision_alignment/da")


def test_a_changed_explanation_is_a_difference():
    assert len(differences(_log(1.0, 0.6, 0.5), _log(1.0, 0.6, 0.5, explanation="overly_strict"))) == 1
