"""Paired comparison of a candidate run against a baseline run, for CI regression checks.

Samples are paired by (persona id, epoch). For each category and overall (all pairs pooled), the
mean difference candidate - baseline gets a paired bootstrap confidence interval (`scipy.stats.bootstrap`
over the per-pair differences, fixed seed); a 0/1 metric also gets an exact McNemar test (a two-sided
binomial test, `scipy.stats.binomtest`, on the discordant pairs).

The candidate *regresses* when, overall, it is worse than the baseline by more than `max_drop` and the
difference is significant: the whole (1 - alpha) interval of the difference lies beyond `-max_drop` in
the worse direction, and, for a 0/1 metric, McNemar's p < alpha.
"""

import inspect
import warnings
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy.stats import binomtest, bootstrap

from salessim_inspect.report.logs import DA_SCORER, ReportError, Run, SampleRow, load_runs

Direction = Literal["higher", "lower"]
# Which way is better for the per-sample values the scorers write.
DIRECTIONS: dict[str, Direction] = {
    DA_SCORER: "higher",
    "catalog_alignment": "higher",
    "early_exit": "lower",
    "format_error": "lower",
    "no_decision": "lower",
    "off_catalog": "lower",
    # Read from the decision outcome (report/pressure.py): talked into a bad purchase, talked out of a good one.
    "bad_purchase": "lower",
    "talked_out": "lower",
}
RESAMPLES = 10_000
SEED = 20260521
# scipy >= 1.15 takes `rng`; earlier versions `random_state`.
_RNG_ARGUMENT = "rng" if "rng" in inspect.signature(bootstrap).parameters else "random_state"


@dataclass(frozen=True)
class Difference:
    """The paired difference of one group (a category, or `overall`).

    Attributes:
        group: Category name or "overall".
        n: Paired samples.
        baseline: Baseline mean.
        candidate: Candidate mean.
        diff: candidate - baseline.
        low: Lower bound of the bootstrap interval of `diff`.
        high: Upper bound of the bootstrap interval of `diff`.
        worse: Pairs where only the candidate did worse (0/1 metrics), else None.
        better: Pairs where only the candidate did better (0/1 metrics), else None.
        p_value: Exact McNemar p-value (0/1 metrics), else None.
    """

    group: str
    n: int
    baseline: float
    candidate: float
    diff: float
    low: float
    high: float
    worse: int | None
    better: int | None
    p_value: float | None


@dataclass(frozen=True)
class Comparison:
    """The outcome of `compare_runs`."""

    metric: str
    direction: Direction
    baseline: Run
    candidate: Run
    differences: list[Difference]  # the categories, then "overall"
    unpaired: int  # pairs dropped because one side has no value
    max_drop: float
    alpha: float
    binary: bool
    notes: list[str]

    @property
    def overall(self) -> Difference:
        return self.differences[-1]

    def significantly_worse(self, d: Difference) -> bool:
        """Whether group `d` is worse by more than `max_drop`, significantly."""
        beyond = d.high < -self.max_drop if self.direction == "higher" else d.low > self.max_drop
        if not self.binary:
            return beyond
        return (
            beyond and d.p_value is not None and d.p_value < self.alpha and (d.worse or 0) > (d.better or 0)
        )

    @property
    def regression(self) -> bool:
        return self.significantly_worse(self.overall)


def load_single_run(path: str, role: str) -> Run:
    """The one run in the logs at `path`."""
    runs = load_runs([path])
    if len(runs) != 1:
        listed = "; ".join(run.label for run in runs)
        raise ReportError(f"{role} {path} holds {len(runs)} different runs ({listed}); give one run")
    return runs[0]


def _values(run: Run, metric: str) -> dict[tuple[str, int], tuple[SampleRow, float | None]]:
    return {(row.persona_id, row.epoch): (row, row.value(metric)) for row in run.rows}


def _check_metric(run: Run, metric: str, role: str) -> None:
    if not any(metric in row.values for row in run.rows):
        known = sorted({name for row in run.rows for name in row.values})
        raise ReportError(f"the {role} log has no {metric!r} scores; it has: {', '.join(known)}")


def _methods(run: Run, metric: str) -> set[str]:
    return {row.methods[metric] for row in run.rows if metric in row.methods}


def _check_methods(baseline: Run, candidate: Run, metric: str) -> None:
    """Figures measured differently (a judge against spaCy, two judges) are not comparable."""
    base, cand = _methods(baseline, metric), _methods(candidate, metric)
    if base and cand and base != cand:
        raise ReportError(
            f"{metric!r} was measured differently: baseline by {', '.join(sorted(base))}, candidate by "
            f"{', '.join(sorted(cand))}; rescore both the same way (inspect score ... --model-role judge=...)"
        )


def _is_binary(values: np.ndarray) -> bool:
    return bool(np.isin(values, (0.0, 1.0)).all())


def _interval(diffs: np.ndarray, confidence: float) -> tuple[float, float]:
    if len(diffs) < 2 or np.all(diffs == diffs[0]):
        return float(diffs.mean()), float(diffs.mean())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = bootstrap(
            (diffs,),
            np.mean,
            n_resamples=RESAMPLES,
            confidence_level=confidence,
            method="percentile",
            **{_RNG_ARGUMENT: np.random.default_rng(SEED)},
        )
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def _mcnemar(base: np.ndarray, cand: np.ndarray, direction: Direction) -> tuple[int, int, float]:
    """Discordant pairs (worse, better) for the candidate, and the exact two-sided p-value."""
    drops = int(np.sum((base == 1) & (cand == 0)))
    gains = int(np.sum((base == 0) & (cand == 1)))
    worse, better = (drops, gains) if direction == "higher" else (gains, drops)
    p = 1.0 if worse + better == 0 else float(binomtest(worse, worse + better, 0.5).pvalue)
    return worse, better, p


def difference(
    group: str, base: np.ndarray, cand: np.ndarray, direction: Direction, alpha: float, binary: bool
) -> Difference:
    """The paired difference of one group of pairs."""
    diffs = cand - base
    low, high = _interval(diffs, 1 - alpha)
    worse = better = None
    p_value = None
    if binary:
        worse, better, p_value = _mcnemar(base, cand, direction)
    return Difference(
        group=group,
        n=len(diffs),
        baseline=float(base.mean()),
        candidate=float(cand.mean()),
        diff=float(diffs.mean()),
        low=low,
        high=high,
        worse=worse,
        better=better,
        p_value=p_value,
    )


def _config_notes(baseline: Run, candidate: Run) -> list[str]:
    notes = []
    b, c = baseline.key, candidate.key
    for name in ("model", "salesbot", "style", "prompt"):
        if getattr(b, name) != getattr(c, name):
            notes.append(f"{name}: {getattr(b, name)} -> {getattr(c, name)}")
    b_opts, c_opts = dict(b.options), dict(c.options)
    for name in sorted(set(b_opts) | set(c_opts)):
        if b_opts.get(name) != c_opts.get(name):
            notes.append(f"option {name}: {b_opts.get(name, '-')} -> {c_opts.get(name, '-')}")
    return notes


def compare_runs(
    baseline: Run,
    candidate: Run,
    metric: str = DA_SCORER,
    *,
    max_drop: float = 0.0,
    alpha: float = 0.05,
    direction: Direction | None = None,
    by_category: bool = True,
) -> Comparison:
    """Compare `candidate` with `baseline` on `metric`, pairing samples by (persona id, epoch).

    With `by_category=False` only the overall difference is computed (one bootstrap instead of one per
    category, for reports that compare many pairs of runs).

    Raises:
        ReportError: the runs are of different tasks, share no persona, or lack the metric; or the
            metric's direction is unknown and not given.
    """
    if not 0 < alpha < 1:
        raise ReportError(f"alpha must lie between 0 and 1, not {alpha}")
    if max_drop < 0:
        raise ReportError(f"max-drop must not be negative, not {max_drop}")
    if baseline.key.task != candidate.key.task:
        raise ReportError(
            f"the logs are of different tasks: baseline {baseline.key.task!r}, candidate "
            f"{candidate.key.task!r}; compare runs of the same task"
        )
    _check_metric(baseline, metric, "baseline")
    _check_metric(candidate, metric, "candidate")
    _check_methods(baseline, candidate, metric)
    direction = direction or DIRECTIONS.get(metric)
    if direction is None:
        raise ReportError(f"which way is better for {metric!r} is not known; pass --direction higher|lower")

    base_values, cand_values = _values(baseline, metric), _values(candidate, metric)
    shared = [key for key in base_values if key in cand_values]
    if not shared:
        raise ReportError(
            "the baseline and candidate logs share no (persona id, epoch): run both on the same personas"
        )
    pairs = [
        (base_values[k][0].category, base_values[k][1], cand_values[k][1])
        for k in shared
        if base_values[k][1] is not None and cand_values[k][1] is not None
    ]
    if not pairs:
        raise ReportError(f"no paired sample has a {metric!r} score in both logs")
    order = {name: i for i, name in enumerate(baseline.categories())}
    categories = sorted({p[0] for p in pairs}, key=lambda c: (order.get(c, len(order)), c))
    base = np.array([p[1] for p in pairs], dtype=float)
    cand = np.array([p[2] for p in pairs], dtype=float)
    binary = _is_binary(base) and _is_binary(cand)
    groups = np.array([p[0] for p in pairs])

    differences = [
        difference(c, base[groups == c], cand[groups == c], direction, alpha, binary)
        for c in (categories if by_category else [])
    ]
    differences.append(difference("overall", base, cand, direction, alpha, binary))
    notes = _config_notes(baseline, candidate)
    only = len(base_values) + len(cand_values) - 2 * len(shared)
    if only:
        notes.append(f"{only} sample(s) in only one of the logs left out")
    return Comparison(
        metric=metric,
        direction=direction,
        baseline=baseline,
        candidate=candidate,
        differences=differences,
        unpaired=len(shared) - len(pairs),
        max_drop=max_drop,
        alpha=alpha,
        binary=binary,
        notes=notes,
    )


def verdict(comparison: Comparison) -> str:
    """The one-line verdict."""
    d = comparison.overall
    level = round(100 * (1 - comparison.alpha))
    stats = f"{d.diff:+.3f}, {level}% CI [{d.low:+.3f}, {d.high:+.3f}]"
    if d.p_value is not None:
        stats += f", McNemar p={format_p(d.p_value)}"
    where = f"{comparison.metric} over {d.n} paired samples, max drop {comparison.max_drop:g}"
    if comparison.regression:
        return f"REGRESSION: candidate is significantly worse ({stats}) on {where}"
    return f"OK: no significant regression ({stats}) on {where}"


def format_p(p: float) -> str:
    """A p-value to three decimals, or two significant digits below 0.001."""
    return f"{p:.2g}" if p < 0.001 else f"{p:.3f}"
