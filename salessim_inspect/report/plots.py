"""PNG plots of runs: decision alignment by category with 95% intervals, and the outcome taxonomy."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from salessim_inspect.report.aggregate import OVERALL, outcome_shares, rates_by_category  # noqa: E402
from salessim_inspect.report.logs import Run  # noqa: E402
from salessim_inspect.report.tables import categories_of, short_name  # noqa: E402
from salessim_inspect.scorers.decision import ALIGNED, OUTCOMES  # noqa: E402

DA_PLOT = "decision_alignment.png"
OUTCOME_PLOT = "outcomes.png"
# Aligned outcomes in greens, misaligned ones in warm colours.
_OUTCOME_COLOURS = {
    "accepted_acceptable": "#1a9850",
    "rejected_none_acceptable_shown": "#91cf60",
    "premature_end": "#762a83",
    "overly_lenient": "#d73027",
    "wrong_product": "#fc8d59",
    "hallucinated_purchase": "#fee08b",
    "overly_strict": "#4575b4",
}


def _labels(runs: list[Run]) -> list[str]:
    """Run labels on two lines: the model, then the salesbot, prompt and anything else."""
    labels = []
    for run in runs:
        model, *rest = run.label.split(" | ")
        labels.append(model + ("\n" + ", ".join(rest) if rest else ""))
    return labels


def plot_decision_alignment(runs: list[Run], path: Path) -> Path:
    """Grouped bars: decision alignment per category and overall, one bar per run, 95% intervals."""
    groups = [*categories_of(runs), OVERALL]
    width = 0.8 / max(1, len(runs))
    x = np.arange(len(groups))
    fig, ax = plt.subplots(figsize=(max(7.0, 1.2 * len(groups) * max(1, len(runs)) ** 0.5), 4.8))
    for i, (run, label) in enumerate(zip(runs, _labels(runs))):
        rates = rates_by_category(run)
        means = np.array([rates[g].mean if g in rates else np.nan for g in groups])
        low = np.array([rates[g].mean - rates[g].low if g in rates else 0.0 for g in groups])
        high = np.array([rates[g].high - rates[g].mean if g in rates else 0.0 for g in groups])
        ax.bar(
            x + (i - (len(runs) - 1) / 2) * width,
            means,
            width,
            yerr=np.vstack([low, high]),
            capsize=3,
            label=label,
        )
    ax.set_xticks(x, [short_name(g) for g in groups])
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("decision alignment")
    ax.set_title("Decision alignment by category (95% CI: Wilson per category, normal overall)")
    ax.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=1, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    return _save(fig, path)


def plot_outcomes(runs: list[Run], path: Path) -> Path:
    """Stacked horizontal bars: the share of each decision outcome, one bar per run."""
    labels = _labels(runs)
    fig, ax = plt.subplots(figsize=(9.0, 1.2 + 0.6 * len(runs)))
    left = np.zeros(len(runs))
    shares = [outcome_shares(run) for run in runs]
    for outcome in OUTCOMES:
        values = np.array([s[outcome] for s in shares])
        tag = "aligned" if outcome in ALIGNED else "misaligned"
        ax.barh(
            labels,
            values,
            left=left,
            color=_OUTCOME_COLOURS[outcome],
            label=f"{outcome} ({tag})",
            edgecolor="white",
            linewidth=0.5,
        )
        left += values
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of dialogues")
    ax.set_title("Decision outcomes")
    ax.invert_yaxis()
    ax.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=2, frameon=False)
    return _save(fig, path)


def _save(fig: plt.Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(fig)
    return path


def report_plots(runs: list[Run], out: Path) -> list[Path]:
    """Both plots of `runs`, written under `out`."""
    return [plot_decision_alignment(runs, out / DA_PLOT), plot_outcomes(runs, out / OUTCOME_PLOT)]
