"""The report's human-likeness section: feature distributions against human shoppers, and counterfactual validity.

Following ConvApparel's validation of user simulators (docs/human-likeness.md):

- **Distributions.** For each per-dialogue feature that the human rows share (scorers/features.py), the
  two-sample Kolmogorov-Smirnov statistic between the run's dialogues and the 517 human dialogues, the
  Mann-Whitney U p-value (two-sided), and a human-vs-human *noise floor*: the KS statistic between one
  random half of the human rows, resampled to the run's number of dialogues, and the other half (median
  and 95th percentile over seeded resamples). A feature is *human-like* when its KS is within the floor's
  95th percentile: the run differs from people no more than people differ among themselves, at that size.
- **Counterfactual validity.** Whether the shopper reacts the way people do: fewer purchases and more
  walk-aways against a worse salesbot style than against the honest one (paired by persona), and fewer
  purchases when no acceptable product was shown than when one was.
"""

import dataclasses
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

import numpy as np
from scipy.stats import mannwhitneyu

from salessim_inspect.reference import human_dialogue_rows
from salessim_inspect.report.aggregate import OVERALL
from salessim_inspect.report.compare import difference
from salessim_inspect.report.logs import Run, RunKey, SampleRow
from salessim_inspect.report.table import Cell, Table
from salessim_inspect.report.tables import RUN_COLUMNS, _run_cells, short_name
from salessim_inspect.scorers.features import (
    FEATURE_BY_NAME,
    FEATURES,
    MEASURED_FEATURES,
    Feature,
    feature_value,
)
from salessim_inspect.scorers.metrics import dialogue_redundancy

SEED = 20260521
FLOOR_RESAMPLES = 1000
FLOOR_QUANTILE = 0.95
BOOTSTRAP_RESAMPLES = 10_000
CONFIDENCE = 0.95
# Fewer dialogues than this in a group: no distribution to compare.
MIN_DIALOGUES = 5
# The features the human rows have, in report order.
SHARED_FEATURES: tuple[Feature, ...] = tuple(f for f in FEATURES if f.human_field is not None)
MODEL_ONLY_FEATURES: tuple[Feature, ...] = tuple(f for f in FEATURES if f.human_field is None)
# How the human rows' features were measured (reference/README.md): Crit. and %Cpl. by an LLM judge.
HUMAN_METHODS = {"crit": "judge", "cpl": "judge", "shopper_turns": "deterministic", "red": "deterministic"}

# --- statistics ---------------------------------------------------------------------------------------


def ks_statistic(a: Sequence[float] | np.ndarray, b: Sequence[float] | np.ndarray) -> float:
    """The two-sample Kolmogorov-Smirnov statistic: the largest gap between the two empirical CDFs.

    Equal to `scipy.stats.ks_2samp(a, b).statistic`, without the p-value scipy computes on every call
    (about eight times the cost at the noise floor's sample sizes, a thousand times per floor).
    """
    x, y = np.sort(np.asarray(a, dtype=float)), np.sort(np.asarray(b, dtype=float))
    if not len(x) or not len(y):
        raise ValueError("the KS statistic needs two non-empty samples")
    grid = np.concatenate([x, y])
    gap = np.searchsorted(x, grid, side="right") / len(x) - np.searchsorted(y, grid, side="right") / len(y)
    return float(np.max(np.abs(gap)))


def mwu_p_value(a: Sequence[float] | np.ndarray, b: Sequence[float] | np.ndarray) -> float:
    """The two-sided Mann-Whitney U p-value (`scipy.stats.mannwhitneyu`, its default method)."""
    return float(mannwhitneyu(a, b, alternative="two-sided").pvalue)


@dataclass(frozen=True)
class NoiseFloor:
    """The KS statistic between human dialogues and human dialogues, at a run's sample size.

    Attributes:
        n: The sample size the first half was resampled to.
        median: Median KS over the resamples.
        p95: 95th percentile of KS over the resamples (the human-like threshold).
        resamples: How many resamples.
    """

    n: int
    median: float
    p95: float
    resamples: int


def noise_floor(
    human: Sequence[float] | np.ndarray, n: int, resamples: int = FLOOR_RESAMPLES, seed: int = SEED
) -> NoiseFloor:
    """KS between random halves of the human values, the first resampled to `n` (seeded).

    Each resample splits the human values at random into two halves, draws `n` values from the first
    (without replacement when the half has that many, else with replacement) and takes their KS
    statistic against the second half.
    """
    values = np.asarray(human, dtype=float)
    if n < 1 or len(values) < 4:
        raise ValueError(
            f"a noise floor needs n >= 1 and at least 4 human values (n={n}, {len(values)} given)"
        )
    rng = np.random.default_rng([seed, n])
    half = len(values) // 2
    stats = np.empty(resamples)
    for i in range(resamples):
        order = rng.permutation(len(values))
        first, second = values[order[:half]], values[order[half:]]
        drawn = first[:n] if n <= half else first[rng.integers(0, half, n)]
        stats[i] = ks_statistic(drawn, second)
    return NoiseFloor(
        n=n,
        median=float(np.median(stats)),
        p95=float(np.quantile(stats, FLOOR_QUANTILE)),
        resamples=resamples,
    )


@cache
def human_values(feature: str) -> np.ndarray:
    """The human rows' values of a shared feature (`shopper_turns`, `cpl`, `crit`, `red`)."""
    human_field = FEATURE_BY_NAME[feature].human_field
    if human_field is None:
        raise ValueError(f"the human rows have no {feature!r}")
    values = np.asarray(
        [row[human_field] for row in human_dialogue_rows() if row.get(human_field) is not None], dtype=float
    )
    values.setflags(write=False)  # shared by every caller through the cache
    return values


@cache
def human_floor(feature: str, n: int) -> NoiseFloor:
    """The noise floor of a shared feature at sample size `n` (cached: it does not depend on the run)."""
    return noise_floor(human_values(feature), n)


# --- distributions of a run -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FeatureComparison:
    """One feature of one group of a run's dialogues against the human dialogues.

    Attributes:
        feature: The feature's name.
        group: A category, or "overall".
        n: The run's dialogues with a value.
        model_median: Median of the run's values.
        human_median: Median of the human values.
        ks: Two-sample KS statistic, run against humans.
        mwu_p: Two-sided Mann-Whitney U p-value.
        floor: The human-vs-human noise floor at size `n`.
        method: How the run's values were measured ("judge", "deterministic", or both when mixed).
    """

    feature: str
    group: str
    n: int
    model_median: float
    human_median: float
    ks: float
    mwu_p: float
    floor: NoiseFloor
    method: str

    @property
    def human_like(self) -> bool:
        """Whether the run differs from people no more than people differ among themselves."""
        return self.ks <= self.floor.p95


def compare_feature(
    feature: str, group: str, values: Sequence[float], method: str
) -> FeatureComparison | None:
    """A run's values of a shared feature against the human values (None: fewer than MIN_DIALOGUES)."""
    model = np.asarray([v for v in values if not math.isnan(v)], dtype=float)
    if len(model) < MIN_DIALOGUES:
        return None
    human = human_values(feature)
    return FeatureComparison(
        feature=feature,
        group=group,
        n=len(model),
        model_median=float(np.median(model)),
        human_median=float(np.median(human)),
        ks=ks_statistic(model, human),
        mwu_p=mwu_p_value(model, human),
        floor=human_floor(feature, len(model)),
        method=method,
    )


def _redundancy_by_row(rows: list[SampleRow]) -> dict[int, float]:
    """Each row's Red. (by position), against the other dialogues of its category in `rows`."""
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.shopper_text:
            by_category[row.category].append(i)
    values: dict[int, float] = {}
    for positions in by_category.values():
        for i, value in zip(positions, dialogue_redundancy([rows[i].shopper_text or "" for i in positions])):
            values[i] = value
    return values


@dataclass(frozen=True)
class RunFeatures:
    """The per-dialogue feature values of a run, per dialogue (NaN: undefined or not logged).

    Attributes:
        rows: The run's dialogues.
        values: Feature name -> one value per row.
        methods: Feature name -> how the run's values were measured.
        missing: Rows without logged features (logs scored before features were logged).
    """

    rows: list[SampleRow]
    values: dict[str, list[float]]
    methods: dict[str, str]
    missing: int

    def of(self, feature: str, category: str = OVERALL) -> list[float]:
        """The values of a feature for a category of the run (or all of it)."""
        return [
            v
            for row, v in zip(self.rows, self.values[feature], strict=True)
            if category == OVERALL or row.category == category
        ]


def run_features(run: Run) -> RunFeatures:
    """A run's feature values; Red. recomputed over the run's dialogues, per category."""
    rows = run.rows
    values: dict[str, list[float]] = {}
    for feature in FEATURES:
        if feature.name == "red":
            continue
        column = []
        for row in rows:
            value = feature_value(row.features, feature.name) if row.features is not None else None
            column.append(math.nan if value is None else value)
        values[feature.name] = column
    red = _redundancy_by_row(rows)
    values["red"] = [red.get(i, math.nan) for i in range(len(rows))]
    methods = {f.name: "deterministic" for f in FEATURES}
    for name in MEASURED_FEATURES:
        found = sorted(
            {str((row.features or {}).get("methods", {}).get(name)) for row in rows if row.features}
        )
        methods[name] = "/".join(found) if found else "-"
    return RunFeatures(
        rows=rows, values=values, methods=methods, missing=sum(1 for row in rows if row.features is None)
    )


@dataclass
class RunHumanLikeness:
    """The distribution comparisons of one run: overall and per category.

    Attributes:
        run: The run.
        features: Its feature values.
        comparisons: One per (group, shared feature) with enough dialogues, overall first.
    """

    run: Run
    features: RunFeatures
    comparisons: list[FeatureComparison] = field(default_factory=list)

    def in_group(self, group: str) -> list[FeatureComparison]:
        return [c for c in self.comparisons if c.group == group]

    def summary(self) -> str:
        """One line: how many shared features are human-like overall, and in the categories."""
        overall = self.in_group(OVERALL)
        like = [FEATURE_BY_NAME[c.feature].label for c in overall if c.human_like]
        unlike = [FEATURE_BY_NAME[c.feature].label for c in overall if not c.human_like]
        text = f"{self.run.label}: {len(like)} of {len(overall)} features human-like overall"
        if overall:
            text += f" (human-like: {', '.join(like) or 'none'}; not: {', '.join(unlike) or 'none'})"
        by_category = [c for c in self.comparisons if c.group != OVERALL]
        if by_category:
            text += (
                f"; {sum(c.human_like for c in by_category)} of {len(by_category)} (category, feature) pairs"
            )
        if self.features.missing:
            text += f"; {self.features.missing} dialogue(s) without logged features left out"
        return text


def human_likeness(run: Run) -> RunHumanLikeness:
    """The comparisons of every shared feature, overall and per category of `run`."""
    features = run_features(run)
    result = RunHumanLikeness(run=run, features=features)
    for group in [OVERALL, *run.categories()]:
        for feature in SHARED_FEATURES:
            comparison = compare_feature(
                feature.name, group, features.of(feature.name, group), features.methods[feature.name]
            )
            if comparison is not None:
                result.comparisons.append(comparison)
    return result


# --- counterfactual validity ----------------------------------------------------------------------------

DEFAULT_STYLE = "honest"
# The style of logs from before salesbot styles (RunKey.style): their salesbot had no style to compare.
NO_STYLE = "-"
Direction = Literal["higher", "lower"]


def salesbot_style(run: Run) -> str:
    """The salesbot style of a run (`-T salesbot=`), as the report's run key records it."""
    return run.key.style


@dataclass(frozen=True)
class Reaction:
    """A shopper behaviour measured per dialogue as 0/1.

    Attributes:
        name: Its name in the table.
        measure: 1 when the dialogue shows the behaviour, 0 when not, None when undecided.
    """

    name: str
    measure: Callable[[SampleRow], float | None]


def _decided(row: SampleRow, action: str) -> float | None:
    return None if row.action is None else float(row.action == action)


PURCHASES = Reaction("purchases", lambda row: _decided(row, "add_to_cart"))
WALK_AWAYS = Reaction("walk-aways", lambda row: _decided(row, "end_conversation"))

# How people react to a salesbot style, against the honest one: a worse salesbot loses sales and sees more
# people leave, a better one the reverse (ConvApparel's good and bad agents; docs/human-likeness.md says
# why these styles and not the others).
EXPECTED_REACTIONS: dict[str, dict[str, Direction]] = {
    "dissuasive": {"purchases": "lower", "walk-aways": "higher"},
    "upsell": {"purchases": "lower", "walk-aways": "higher"},
    "oracle": {"purchases": "higher", "walk-aways": "lower"},
}


@dataclass(frozen=True)
class CounterfactualCheck:
    """One counterfactual comparison: a reaction's rate under a condition against a reference.

    Attributes:
        shopper: The shopper run's label (the reference run's).
        reaction: "purchases" or "walk-aways".
        condition: What changed ("dissuasive vs honest", "nothing acceptable shown vs shown").
        expected: The direction people move in, or None when no direction is stated.
        n: Paired dialogues (a style) or dialogues in both groups (nothing shown).
        reference: Rate under the reference.
        rate: Rate under the condition.
        diff: rate - reference.
        low: Lower bound of the 95% bootstrap interval of `diff`.
        high: Upper bound.
    """

    shopper: str
    reaction: str
    condition: str
    expected: Direction | None
    n: int
    reference: float
    rate: float
    diff: float
    low: float
    high: float

    @property
    def verdict(self) -> str:
        """ "as people do", "opposite to people", "no clear change", or "-" when no direction is expected."""
        if self.expected is None:
            return "-"
        if self.low > 0 or self.high < 0:
            moved: Direction = "higher" if self.low > 0 else "lower"
            return "as people do" if moved == self.expected else "opposite to people"
        return "no clear change"


@dataclass
class Counterfactual:
    """The counterfactual checks of a report, and why some could not be made."""

    checks: list[CounterfactualCheck] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _shopper_key(run: Run) -> RunKey:
    """The run's configuration without its salesbot style: runs of one shopper against several styles."""
    return dataclasses.replace(run.key, style=NO_STYLE)


def _paired(reference: Run, other: Run, reaction: Reaction) -> tuple[np.ndarray, np.ndarray]:
    ours = {(r.persona_id, r.epoch): reaction.measure(r) for r in other.rows}
    pairs = [
        (base, ours[(r.persona_id, r.epoch)])
        for r in reference.rows
        if (base := reaction.measure(r)) is not None and ours.get((r.persona_id, r.epoch)) is not None
    ]
    return np.array([p[0] for p in pairs], dtype=float), np.array([p[1] for p in pairs], dtype=float)


def style_checks(reference: Run, other: Run) -> list[CounterfactualCheck]:
    """Purchases and walk-aways under `other`'s style against `reference`'s, paired by (persona, epoch)."""
    style = salesbot_style(other)
    checks = []
    for reaction in (PURCHASES, WALK_AWAYS):
        base, cand = _paired(reference, other, reaction)
        if len(base) < MIN_DIALOGUES:
            continue
        expected = EXPECTED_REACTIONS.get(style, {}).get(reaction.name)
        d = difference(style, base, cand, expected or "higher", 1 - CONFIDENCE, binary=True)
        checks.append(
            CounterfactualCheck(
                shopper=reference.label,
                reaction=reaction.name,
                condition=f"{style} vs {salesbot_style(reference)}",
                expected=expected,
                n=d.n,
                reference=d.baseline,
                rate=d.candidate,
                diff=d.diff,
                low=d.low,
                high=d.high,
            )
        )
    return checks


def rate_difference(
    condition: Sequence[float],
    reference: Sequence[float],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = SEED,
) -> tuple[float, float, float]:
    """The difference of two independent 0/1 rates, condition - reference, with a 95% percentile bootstrap.

    The bootstrap mean of a 0/1 sample of size n with rate p is Binomial(n, p) / n, so each group is
    resampled by drawing that directly (seeded).
    """
    a, b = np.asarray(condition, dtype=float), np.asarray(reference, dtype=float)
    rng = np.random.default_rng(seed)
    diffs = rng.binomial(len(a), a.mean(), resamples) / len(a) - rng.binomial(
        len(b), b.mean(), resamples
    ) / len(b)
    tail = (1 - CONFIDENCE) / 2
    low, high = np.quantile(diffs, [tail, 1 - tail])
    return float(a.mean() - b.mean()), float(low), float(high)


def nothing_shown_check(run: Run) -> CounterfactualCheck | str:
    """Purchases when no acceptable product was shown against when one was (premature ends left out).

    Returns the check, or why it cannot be made.
    """
    rows = [r for r in run.rows if r.shown_acceptable is not None and r.outcome != "premature_end"]
    groups: dict[bool, list[float]] = {True: [], False: []}
    for row in rows:
        value = PURCHASES.measure(row)
        if value is not None:
            groups[bool(row.shown_acceptable)].append(value)
    if min(len(groups[True]), len(groups[False])) < MIN_DIALOGUES:
        return (
            f"{run.label}: too few dialogues to compare purchases with and without an acceptable product "
            f"shown ({len(groups[True])} shown, {len(groups[False])} not; {MIN_DIALOGUES} each needed)"
        )
    diff, low, high = rate_difference(groups[False], groups[True])
    return CounterfactualCheck(
        shopper=run.label,
        reaction=PURCHASES.name,
        condition="nothing acceptable shown vs shown",
        expected="lower",
        n=len(groups[True]) + len(groups[False]),
        reference=float(np.mean(groups[True])),
        rate=float(np.mean(groups[False])),
        diff=diff,
        low=low,
        high=high,
    )


def counterfactual(runs: list[Run]) -> Counterfactual:
    """Every counterfactual check the runs allow: styles against honest per shopper, nothing shown per run."""
    result = Counterfactual()
    by_shopper: dict[RunKey, list[Run]] = defaultdict(list)
    for run in runs:
        if salesbot_style(run) != NO_STYLE:
            by_shopper[_shopper_key(run)].append(run)
    for group in by_shopper.values():
        styles = {salesbot_style(run): run for run in group}
        shopper = group[0].key.model
        if len(styles) < 2:
            result.notes.append(
                f"{shopper}: the comparison of salesbot styles needs runs against at least two salesbot "
                f"styles (`-T salesbot=<style>`); these logs have only {next(iter(styles))!r}"
            )
        elif DEFAULT_STYLE not in styles:
            result.notes.append(
                f"{shopper}: salesbot styles are compared with a run against the {DEFAULT_STYLE!r} salesbot; "
                f"these logs have {', '.join(sorted(styles))}"
            )
        else:
            reference = styles[DEFAULT_STYLE]
            for style, run in styles.items():
                if style == DEFAULT_STYLE:
                    continue
                checks = style_checks(reference, run)
                if not checks:
                    result.notes.append(f"{shopper}: {style} and {DEFAULT_STYLE} runs share too few personas")
                result.checks.extend(checks)
        for run in group:
            check = nothing_shown_check(run)
            if isinstance(check, str):
                result.notes.append(check)
            else:
                result.checks.append(check)
    return result


# --- tables ---------------------------------------------------------------------------------------------


def _fmt_p(p: float) -> str:
    return f"{p:.2g}" if p < 0.001 else f"{p:.3f}"


def distribution_table(results: list[RunHumanLikeness]) -> Table:
    """Overall: each shared feature of each run against the human dialogues."""
    table = Table(
        name="human_likeness",
        title="Human-likeness: feature distributions against human shoppers (overall)",
        columns=[
            *RUN_COLUMNS,
            "feature",
            "n",
            "median",
            "human median",
            "KS",
            "MWU p",
            "floor median",
            "floor p95",
            "human-like",
            "measured by (ours / human)",
        ],
        formats={"MWU p": _fmt_p},
        notes=[
            "KS: two-sample Kolmogorov-Smirnov statistic against the 517 human dialogues; MWU p: two-sided "
            "Mann-Whitney U p-value; floor: KS between a random half of the human dialogues resampled to n and "
            f"the other half ({FLOOR_RESAMPLES} seeded resamples); human-like: KS <= floor p95.",
        ],
    )
    for result in results:
        for c in result.in_group(OVERALL):
            table.rows.append(_comparison_cells(result.run, c, with_medians=True))
    return table


def _comparison_cells(run: Run, c: FeatureComparison, with_medians: bool) -> list[Cell]:
    cells: list[Cell] = [*_run_cells(run)]
    if not with_medians:
        cells.append(short_name(c.group))
    cells += [FEATURE_BY_NAME[c.feature].label, c.n]
    if with_medians:
        cells += [c.model_median, c.human_median]
    cells += [c.ks, c.mwu_p, c.floor.median, c.floor.p95, "yes" if c.human_like else "no"]
    if with_medians:
        cells.append(f"{c.method} / {HUMAN_METHODS[c.feature]}")
    return cells


def category_table(results: list[RunHumanLikeness]) -> Table:
    """Per category: each shared feature of each run against all the human dialogues."""
    table = Table(
        name="human_likeness_by_category",
        title="Human-likeness by category (each against all human dialogues)",
        columns=[
            *RUN_COLUMNS,
            "category",
            "feature",
            "n",
            "KS",
            "MWU p",
            "floor median",
            "floor p95",
            "human-like",
        ],
        formats={"MWU p": _fmt_p},
        notes=[
            "The human dialogues' domains are RecQuest's, not these categories: every category is compared "
            "with all 517 human dialogues, at its own n.",
        ],
    )
    for result in results:
        for c in result.comparisons:
            if c.group != OVERALL:
                table.rows.append(_comparison_cells(result.run, c, with_medians=False))
    return table


def _is_flag(feature: Feature) -> bool:
    return feature.name == "budget_first"


def model_only_table(results: list[RunHumanLikeness]) -> Table:
    """The features without a human counterpart: mean and median per run (a yes/no feature: its share)."""
    columns = [*RUN_COLUMNS, "n"]
    for feature in MODEL_ONLY_FEATURES:
        if _is_flag(feature):
            columns.append(f"{feature.label} (share)")
        else:
            columns += [f"{feature.label} mean", f"{feature.label} median"]
    table = Table(
        name="human_likeness_shopper_features",
        title="Shopper features without a human counterpart (overall)",
        columns=columns,
        decimals=2,
        notes=[f"{f.label}: {f.definition}." for f in MODEL_ONLY_FEATURES],
    )
    for result in results:
        cells: list[Cell] = [*_run_cells(result.run), len(result.run.rows)]
        for feature in MODEL_ONLY_FEATURES:
            values = [v for v in result.features.of(feature.name) if not math.isnan(v)]
            if _is_flag(feature):
                cells.append(float(np.mean(values)) if values else None)
            else:
                cells += [float(np.mean(values)), float(np.median(values))] if values else [None, None]
        table.rows.append(cells)
    return table


def counterfactual_table(result: Counterfactual) -> Table:
    """The counterfactual checks: direction, effect size and interval, and whether people move that way."""
    level = round(100 * CONFIDENCE)
    table = Table(
        name="human_likeness_counterfactual",
        title="Counterfactual validity: does the shopper react the way people do?",
        columns=[
            "shopper",
            "reaction",
            "condition",
            "people",
            "n",
            "reference",
            "condition rate",
            "diff",
            f"{level}% CI low",
            f"{level}% CI high",
            "verdict",
        ],
        notes=[
            "Styles: paired by (persona, epoch) against the honest salesbot, bootstrap interval of the paired "
            f"difference ({BOOTSTRAP_RESAMPLES} seeded resamples). Nothing shown: purchase rate of the dialogues "
            "in which no acceptable product was named minus that of the dialogues in which one was (first-turn "
            "decisions left out), independent-samples bootstrap. people: the direction people move in "
            "('-': none stated); verdict from the interval.",
            *result.notes,
        ],
    )
    for check in result.checks:
        table.rows.append(
            [
                check.shopper,
                check.reaction,
                check.condition,
                check.expected or "-",
                check.n,
                check.reference,
                check.rate,
                check.diff,
                check.low,
                check.high,
                check.verdict,
            ]
        )
    return table


@dataclass(frozen=True)
class HumanLikenessSection:
    """The human-likeness section of a report.

    Attributes:
        results: Each run's distribution comparisons.
        counterfactual: The counterfactual checks.
        tables: The section's tables, in report order.
    """

    results: list[RunHumanLikeness]
    counterfactual: Counterfactual
    tables: list[Table]

    def markdown(self) -> str:
        """The section: a heading, a summary line per run, then the tables."""
        lines = ["## Human-likeness", ""]
        lines += [f"- {result.summary()}" for result in self.results]
        lines += [
            "",
            "Feature definitions, the noise floor and the limits of the comparison: docs/human-likeness.md.",
            "",
        ]
        return "\n".join(lines) + "\n" + "\n".join(table.markdown() for table in self.tables)


def human_likeness_section(runs: list[Run]) -> HumanLikenessSection:
    """The human-likeness section for `runs`."""
    results = [human_likeness(run) for run in runs]
    checks = counterfactual(runs)
    tables = [
        distribution_table(results),
        category_table(results),
        model_only_table(results),
        counterfactual_table(checks),
    ]
    return HumanLikenessSection(results=results, counterfactual=checks, tables=tables)
