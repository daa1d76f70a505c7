"""The figures of a run: the paper's per-category and overall figures, with 95% confidence intervals.

Overall figures of decision alignment and tool use are the mean of the category figures, as in the
paper (its overall column is the unweighted mean of its six categories). The language figures (Crit.,
%Cpl.) are means over dialogues, and Red. is each dialogue's TF-IDF similarity to the other dialogues
of its category, averaged over dialogues, as the scorers define them.
"""

import math
from dataclasses import dataclass

import numpy as np
from scipy.stats import binomtest, norm

from salessim_inspect.reference import human_mean
from salessim_inspect.report.logs import DA_SCORER, Run, SampleRow
from salessim_inspect.scorers.decision import OUTCOMES
from salessim_inspect.scorers.metrics import corpus_redundancy

CONFIDENCE = 0.95
OVERALL = "overall"


@dataclass(frozen=True)
class Rate:
    """A share of dialogues with its confidence interval.

    Attributes:
        mean: The share (for `overall`: the mean of the category shares).
        n: Dialogues with a value.
        low: Lower bound of the 95% interval (Wilson for a category, normal approximation overall).
        high: Upper bound of the 95% interval.
    """

    mean: float
    n: int
    low: float
    high: float


def _scored(rows: list[SampleRow], name: str) -> list[float]:
    return [v for row in rows if (v := row.value(name)) is not None]


def wilson(values: list[float], confidence: float = CONFIDENCE) -> Rate | None:
    """The share of ones among 0/1 `values`, with its Wilson score interval (scipy's `binomtest`)."""
    n = len(values)
    if n == 0:
        return None
    k = int(round(sum(values)))
    interval = binomtest(k, n).proportion_ci(confidence_level=confidence, method="wilson")
    return Rate(mean=k / n, n=n, low=float(interval.low), high=float(interval.high))


def macro(rates: list[Rate], confidence: float = CONFIDENCE) -> Rate | None:
    """The mean of category shares, with a normal-approximation interval of that mean."""
    if not rates:
        return None
    mean = float(np.mean([r.mean for r in rates]))
    se = math.sqrt(sum(r.mean * (1 - r.mean) / r.n for r in rates)) / len(rates)
    z = float(norm.ppf(0.5 + confidence / 2))
    return Rate(
        mean=mean,
        n=sum(r.n for r in rates),
        low=max(0.0, mean - z * se),
        high=min(1.0, mean + z * se),
    )


def rates_by_category(run: Run, name: str = DA_SCORER) -> dict[str, Rate]:
    """The share of a 0/1 score per category of the run, and `overall` (the mean of the categories)."""
    result: dict[str, Rate] = {}
    for category in run.categories():
        rate = wilson(_scored(run.in_category(category), name))
        if rate is not None:
            result[category] = rate
    overall = macro(list(result.values()))
    if overall is not None:
        result[OVERALL] = overall
    return result


def outcome_shares(run: Run) -> dict[str, float]:
    """The share of the run's dialogues with each decision outcome, every label of the taxonomy."""
    outcomes = [row.outcome for row in run.rows if row.outcome is not None]
    total = len(outcomes)
    return {label: (outcomes.count(label) / total if total else 0.0) for label in OUTCOMES}


@dataclass(frozen=True)
class Language:
    """Table 3 figures of a run: raw, and as the gap to human shoppers (model - human)."""

    crit: float | None
    cpl: float | None
    cpl_gap: float | None
    red: float | None
    red_gap: float | None
    method: str
    n: int


def _method(rows: list[SampleRow], figure: str) -> str | None:
    """How a language figure was measured in these rows (several methods: they are listed, not mixed)."""
    methods = sorted({row.methods[figure] for row in rows if figure in row.methods})
    return " + ".join(methods) if methods else None


def _mean(values: list[float]) -> float | None:
    return float(np.mean(values)) if values else None


def redundancy(run: Run) -> float | None:
    """Red. of the run, recomputed from each dialogue's shopper text (TF-IDF per category)."""
    items = [(row.category, row.shopper_text) for row in run.rows if row.shopper_text]
    per_category = corpus_redundancy(items)
    values = [v for vals in per_category.values() for v in vals if not math.isnan(v)]
    return _mean(values)


def _short_method(method: str) -> str:
    """A method as a table cell: "judge <model>", "constraints" or "spacy"."""
    if method.startswith("judge"):
        return method
    if "constraint" in method:
        return "constraints"
    return "spacy" if "spacy" in method.casefold() else method


def language(run: Run) -> Language:
    """Crit., %Cpl. and its gap, Red. and its gap of a run."""
    crit = _mean(_scored(run.rows, "crit"))
    cpl = _mean(_scored(run.rows, "cpl"))
    red = redundancy(run)
    methods = [_short_method(m) for m in (_method(run.rows, "crit"), _method(run.rows, "cpl")) if m]
    return Language(
        crit=crit,
        cpl=cpl,
        cpl_gap=None if cpl is None else cpl - human_mean("sentence_completeness"),
        red=red,
        red_gap=None if red is None else red - human_mean("tfidf_redundancy"),
        method="/".join(methods) or "-",
        n=len(run.rows),
    )
