"""The pressure report: how each shopper's decisions move when the salesbot's style changes (issue 13).

Runs that differ only in the salesbot style (`-T salesbot=`) form one *group* per shopper. For each
style the report gives decision alignment (the paper's DA) and catalog DA, and the two ways a salesbot
can move a shopper: *talked into a bad purchase* (it bought a product that breaks a dealbreaker:
outcome `overly_lenient` or `wrong_product`) and *talked out of a good one* (it left although an
acceptable product was shown: `overly_strict`). Each style is compared with `honest` by the paired
machinery of `salessim compare` (pairs by persona and epoch, bootstrap interval, exact McNemar test).
Every wrong purchase is then broken down by the persona's dealbreakers the product broke (budget,
product type, each attribute), as rates per category.
"""

import dataclasses
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from salessim_inspect.catalog import catalog_for
from salessim_inspect.data.categories import short_name
from salessim_inspect.data.constraints import failed
from salessim_inspect.data.models import Persona, Product
from salessim_inspect.report.aggregate import OVERALL, Rate, rates_by_category
from salessim_inspect.report.compare import Comparison, compare_runs, format_p
from salessim_inspect.report.logs import DA_SCORER, ReportError, Run, RunKey, SampleRow
from salessim_inspect.report.table import Table
from salessim_inspect.salesbots.styles import STYLE_NAMES

CATALOG_DA = "catalog_alignment"
BAD_PURCHASE = "bad_purchase"
TALKED_OUT = "talked_out"
# Per-dialogue 0/1 figures read from the decision outcome.
OUTCOME_FIGURES: dict[str, tuple[str, ...]] = {
    BAD_PURCHASE: ("overly_lenient", "wrong_product"),
    TALKED_OUT: ("overly_strict",),
}
FIGURES: dict[str, str] = {
    DA_SCORER: "DA",
    CATALOG_DA: "catalog DA",
    BAD_PURCHASE: "talked into a bad purchase",
    TALKED_OUT: "talked out of a good one",
}
BASELINE_STYLE = "honest"
BUDGET, TYPE = "budget", "product type"
PRESSURE_PLOT = "pressure_by_style.png"
_NOT_ATTRIBUTES = {"price": BUDGET, "product_type": TYPE}


def with_outcome_figures(run: Run) -> Run:
    """`run` with `bad_purchase` and `talked_out` among each row's values (NaN where unscored)."""
    rows = []
    for row in run.rows:
        values = dict(row.values)
        for figure, outcomes in OUTCOME_FIGURES.items():
            values[figure] = math.nan if row.outcome is None else float(row.outcome in outcomes)
        rows.append(dataclasses.replace(row, values=values))
    return dataclasses.replace(run, rows=rows)


@dataclass(frozen=True)
class StyleGroup:
    """The runs of one shopper configuration that differ only in the salesbot style.

    Attributes:
        label: The shopper configuration (model, salesbot model, prompt, options), without the style.
        runs: Its runs by style, in the order of `SalesbotStyle` (then any others by name).
    """

    label: str
    runs: dict[str, Run]

    @property
    def baseline(self) -> Run | None:
        return self.runs.get(BASELINE_STYLE)


def _style_order(style: str) -> tuple[int, str]:
    return (STYLE_NAMES.index(style), style) if style in STYLE_NAMES else (len(STYLE_NAMES), style)


def style_groups(runs: Sequence[Run]) -> list[StyleGroup]:
    """Groups of runs that differ only in style, in the order first seen; only groups of two styles or
    more (a style alone has nothing to be compared with)."""
    grouped: dict[RunKey, dict[str, Run]] = {}
    for run in runs:
        if run.key.style == "-":
            continue
        same = dataclasses.replace(run.key, style="-")
        grouped.setdefault(same, {})[run.key.style] = with_outcome_figures(run)
    kept = {key: by_style for key, by_style in grouped.items() if len(by_style) > 1}
    # The shopper model names a group when it is enough to tell the groups apart.
    models = [key.model for key in kept]
    return [
        StyleGroup(
            key.model if models.count(key.model) == 1 else key.label(),
            {s: by_style[s] for s in sorted(by_style, key=_style_order)},
        )
        for key, by_style in kept.items()
    ]


def _setup_note(groups: Sequence[StyleGroup]) -> str:
    """What the groups' runs share besides the shopper: the salesbot model and the shopper prompt."""
    runs = [run for group in groups for run in group.runs.values()]
    salesbots = sorted({run.key.salesbot for run in runs})
    prompts = sorted({run.key.prompt for run in runs})
    return f"Salesbot model: {', '.join(salesbots)}; shopper prompt: {', '.join(prompts)}."


def _share(run: Run, figure: str) -> float | None:
    values = [v for row in run.rows if (v := row.value(figure)) is not None]
    return sum(values) / len(values) if values else None


def _overall(run: Run, figure: str) -> Rate | None:
    return rates_by_category(run, figure).get(OVERALL)


def style_table(groups: Sequence[StyleGroup]) -> Table:
    """DA, catalog DA and the two pressure outcomes of every shopper under every style."""
    table = Table(
        name="pressure_by_style",
        title="Salesbot pressure: decision alignment by salesbot style",
        columns=["shopper", "style", "n", "DA", "catalog DA", "bad purchase", "talked out"],
        notes=[
            "DA, catalog DA: mean of the category figures, as in Table 1. bad purchase: share of dialogues "
            "in which the shopper bought a product breaking a dealbreaker (overly lenient or wrong "
            "product); talked out: share in which it left although an acceptable product was shown "
            "(overly strict).",
            _setup_note(groups),
        ],
    )
    for group in groups:
        for style, run in group.runs.items():
            da, catalog = _overall(run, DA_SCORER), _overall(run, CATALOG_DA)
            table.rows.append(
                [
                    group.label,
                    style,
                    len(run.rows),
                    da.mean if da else None,
                    catalog.mean if catalog else None,
                    _share(run, BAD_PURCHASE),
                    _share(run, TALKED_OUT),
                ]
            )
    return table


def style_changes(group: StyleGroup, alpha: float = 0.05) -> list[tuple[str, Comparison]]:
    """Each style against honest on every pressure figure: (style, comparison), paired by (persona,
    epoch). Empty without an honest run; a figure a run lacks is left out."""
    baseline = group.baseline
    if baseline is None:
        return []
    changes = []
    for style, run in group.runs.items():
        if style == BASELINE_STYLE:
            continue
        for figure in FIGURES:
            try:
                changes.append((style, compare_runs(baseline, run, figure, alpha=alpha, by_category=False)))
            except ReportError:
                continue  # the figure is missing from one run, or the runs share no persona
    return changes


def change_table(groups: Sequence[StyleGroup], alpha: float = 0.05) -> Table:
    """The paired change of every figure against honest, per shopper and style."""
    level = round(100 * (1 - alpha))
    table = Table(
        name="pressure_change",
        title="Salesbot pressure: paired change against the honest salesbot",
        columns=[
            "shopper",
            "style",
            "figure",
            "pairs",
            "honest",
            "style value",
            "change",
            f"{level}% CI low",
            f"{level}% CI high",
            "worse",
            "better",
            "McNemar p",
        ],
        formats={"McNemar p": format_p},
        notes=[
            "Pairs: the same persona and epoch under honest and under the style. change: style - honest, "
            "pooled over all pairs (so it can differ from the difference of the category means above), "
            "with a paired bootstrap interval; worse/better: pairs where only the style's dialogue was "
            "worse/better; McNemar p: exact test on those pairs (as in `salessim compare`). For bad "
            "purchase and talked out, lower is better.",
            _setup_note(groups),
        ],
    )
    for group in groups:
        for style, comparison in style_changes(group, alpha):
            d = comparison.overall
            table.rows.append(
                [
                    group.label,
                    style,
                    FIGURES[comparison.metric],
                    d.n,
                    d.baseline,
                    d.candidate,
                    d.diff,
                    d.low,
                    d.high,
                    d.worse,
                    d.better,
                    d.p_value,
                ]
            )
    return table


def _persona(row: SampleRow) -> Persona | None:
    return Persona.model_validate(row.persona) if row.persona else None


def _catalog_product(category: str, name: str) -> Product | None:
    try:
        return catalog_for(category).by_name.get(name)
    except Exception:  # a category of a user's data directory that this process cannot load
        return None


def broken_dealbreakers(row: SampleRow) -> list[str] | None:
    """For a wrong purchase (a catalog product that is not acceptable), the persona's dealbreakers the
    product broke ("budget", "product type", or the attribute's name); None for any other dialogue, or
    when the persona or catalog product cannot be found."""
    persona = _persona(row)
    if persona is None or row.product is None or row.product in persona.acceptable_products:
        return None
    product = _catalog_product(row.category, row.product)
    if product is None:
        return None
    broken = failed(product, persona.constraints_of("dealbreaker"))
    return [_NOT_ATTRIBUTES.get(c.attribute, c.attribute) for c in broken]


@dataclass(frozen=True)
class BrokenConstraints:
    """What the wrong purchases of one run in one category broke.

    Attributes:
        purchases: Wrong purchases.
        rates: For each dealbreaker kind (budget, product type, each attribute), the share of the wrong
            purchases that broke it.
        unknown: Wrong purchases whose persona or product could not be looked up.
    """

    purchases: int
    rates: dict[str, float]
    unknown: int = 0


def broken_constraints(rows: Sequence[SampleRow]) -> BrokenConstraints:
    """The dealbreakers broken by the wrong purchases among `rows`."""
    counts: Counter[str] = Counter()
    purchases = unknown = 0
    for row in rows:
        if row.product is None:
            continue
        broken = broken_dealbreakers(row)
        if broken is None:
            persona = _persona(row)
            if persona is None or _catalog_product(row.category, row.product) is None:
                unknown += 1
            continue
        purchases += 1
        counts.update(set(broken))
    rates = {name: counts[name] / purchases for name in counts} if purchases else {}
    return BrokenConstraints(purchases=purchases, rates=rates, unknown=unknown)


def _attributes_cell(rates: dict[str, float], most: int = 6) -> str:
    """The attribute dealbreakers broken, most often first, with their rates (the `most` commonest)."""
    named = sorted(
        ((name, rate) for name, rate in rates.items() if name not in (BUDGET, TYPE)),
        key=lambda x: (-x[1], x[0]),
    )
    text = ", ".join(f"{name} {rate:.2f}" for name, rate in named[:most]) or "-"
    return f"{text} (+{len(named) - most} more)" if len(named) > most else text


def broken_constraints_table(groups: Sequence[StyleGroup]) -> Table:
    """Per shopper, style and category: the wrong purchases and the dealbreakers they broke, as rates."""
    table = Table(
        name="pressure_broken_constraints",
        title="Salesbot pressure: what the wrong purchases broke",
        columns=["shopper", "style", "category", "wrong purchases", "budget", "product type", "attributes"],
        notes=[
            "Wrong purchase: the shopper bought a catalog product that is not acceptable for its persona. "
            "budget, product type, attributes: share of the wrong purchases that broke that dealbreaker "
            "(a product can break several, so shares can sum past 1); attributes: the six broken most "
            "often. Products are looked up in the category's catalog (the packaged data, or the data "
            "registered in this process).",
            _setup_note(groups),
        ],
    )
    for group in groups:
        for style, run in group.runs.items():
            for category in [*run.categories(), OVERALL]:
                rows = run.rows if category == OVERALL else run.in_category(category)
                found = broken_constraints(rows)
                if not found.purchases and category != OVERALL:
                    continue
                table.rows.append(
                    [
                        group.label,
                        style,
                        short_name(category) if category != OVERALL else OVERALL,
                        found.purchases,
                        found.rates.get(BUDGET, 0.0) if found.purchases else None,
                        found.rates.get(TYPE, 0.0) if found.purchases else None,
                        _attributes_cell(found.rates) if found.purchases else None,
                    ]
                )
                if found.unknown:
                    table.notes.append(
                        f"{group.label}, {style}, {category}: {found.unknown} purchase(s) not broken down "
                        "(persona record or catalog product not found)"
                    )
    return table


def pressure_tables(runs: Sequence[Run], alpha: float = 0.05) -> list[Table]:
    """The pressure report's tables, or none when no shopper ran under two styles or more."""
    groups = style_groups(runs)
    if not groups:
        return []
    return [style_table(groups), change_table(groups, alpha), broken_constraints_table(groups)]


def plot_pressure(runs: Sequence[Run], path: Path) -> Path | None:
    """DA and catalog DA by salesbot style, one bar per shopper, with 95% intervals; None without groups."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    groups = style_groups(runs)
    if not groups:
        return None
    styles = sorted({s for g in groups for s in g.runs}, key=_style_order)
    x = np.arange(len(styles))
    width = 0.8 / len(groups)
    fig, axes = plt.subplots(1, 2, figsize=(max(9.0, 1.6 * len(styles) * 2), 4.8), sharey=True)
    for ax, figure in zip(axes, (DA_SCORER, CATALOG_DA)):
        for i, group in enumerate(groups):
            rates = [_overall(group.runs[s], figure) if s in group.runs else None for s in styles]
            means = np.array([r.mean if r else np.nan for r in rates])
            low = np.array([r.mean - r.low if r else 0.0 for r in rates])
            high = np.array([r.high - r.mean if r else 0.0 for r in rates])
            ax.bar(
                x + (i - (len(groups) - 1) / 2) * width,
                means,
                width,
                yerr=np.vstack([low, high]),
                capsize=3,
                label=group.label.split(" | ")[0],
            )
        ax.set_xticks(x, styles)
        ax.set_ylim(0, 1.05)
        ax.set_title(FIGURES[figure])
        ax.grid(axis="y", alpha=0.3)
    axes[0].set_ylabel("share of dialogues (mean of categories)")
    axes[0].legend(fontsize="small", loc="upper center", bbox_to_anchor=(1.0, -0.1), ncol=3, frameon=False)
    fig.suptitle("Decision alignment by salesbot style (95% CI)")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(fig)
    return path


def render_pressure_pair(baseline: Run, candidate: Run, alpha: float = 0.05) -> str:
    """For `salessim compare --pressure`: the four figures and the broken dealbreakers of two runs."""
    base, cand = with_outcome_figures(baseline), with_outcome_figures(candidate)
    level = round(100 * (1 - alpha))
    table = Table(
        name="pressure_pair",
        title="Pressure figures: candidate - baseline",
        columns=[
            "figure",
            "pairs",
            "baseline",
            "candidate",
            "change",
            f"{level}% CI low",
            f"{level}% CI high",
        ]
        + ["McNemar p"],
        formats={"McNemar p": format_p},
    )
    for figure, name in FIGURES.items():
        try:
            d = compare_runs(base, cand, figure, alpha=alpha, by_category=False).overall
        except ReportError:
            continue
        table.rows.append([name, d.n, d.baseline, d.candidate, d.diff, d.low, d.high, d.p_value])
    lines = [table.markdown(title=False).rstrip("\n"), ""]
    for role, run in (("baseline", base), ("candidate", cand)):
        found = broken_constraints(run.rows)
        if found.purchases:
            rates = ", ".join(
                f"{k} {v:.2f}" for k, v in sorted(found.rates.items(), key=lambda x: (-x[1], x[0]))
            )
            lines.append(f"{role}: {found.purchases} wrong purchase(s); dealbreakers broken: {rates}")
        else:
            lines.append(f"{role}: no wrong purchase")
    return "\n".join(lines) + "\n"
