"""The human-likeness plots: for each feature shared with the human rows, human and run ECDFs overlaid."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from salessim_inspect.report.aggregate import OVERALL  # noqa: E402
from salessim_inspect.report.human_likeness import (  # noqa: E402
    SHARED_FEATURES,
    RunHumanLikeness,
    human_values,
)
from salessim_inspect.scorers.features import Feature  # noqa: E402

PLOT_PREFIX = "human_likeness_ecdf_"
_LINE_STYLES = ("-", "--", ":", "-.")


def plot_path(out: Path, feature: Feature) -> Path:
    """Where the plot of a feature goes under `out`."""
    return out / f"{PLOT_PREFIX}{feature.name}.png"


def _label(result: RunHumanLikeness, feature: str) -> str:
    model, *rest = result.run.label.split(" | ")
    text = model + (f" ({result.run.distinction})" if result.run.distinction else "")
    found = [c for c in result.in_group(OVERALL) if c.feature == feature]
    if found:
        c = found[0]
        verdict = "human-like" if c.human_like else "not human-like"
        text += f"\nKS {c.ks:.2f}, floor p95 {c.floor.p95:.2f}: {verdict} (n={c.n})"
    return text


def plot_feature(results: list[RunHumanLikeness], feature: Feature, path: Path) -> Path | None:
    """Empirical CDFs of one feature: the human dialogues and each run overall (None: no run has values)."""
    series = [(r, [v for v in r.features.of(feature.name) if not np.isnan(v)]) for r in results]
    series = [(r, v) for r, v in series if v]
    if not series:
        return None
    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    human = human_values(feature.name)
    ax.ecdf(human, color="black", linewidth=2.2, label=f"human shoppers (RecQuest, n={len(human)})")
    for i, (result, values) in enumerate(series):
        # Line styles cycle too: scripted shoppers often share a distribution, and one line would hide another.
        style = _LINE_STYLES[i % len(_LINE_STYLES)]
        ax.ecdf(values, linewidth=1.6, linestyle=style, label=_label(result, feature.name))
    ax.set_xlabel(f"{feature.label}: {feature.definition}")
    ax.set_ylabel("share of dialogues at or below")
    ax.set_ylim(0, 1.02)
    ax.set_title(f"{feature.label}: run and human distributions")
    ax.grid(alpha=0.3)
    ax.legend(fontsize="x-small", loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=1, frameon=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(fig)
    return path


def human_likeness_plots(results: list[RunHumanLikeness], out: Path) -> list[Path]:
    """One ECDF plot per shared feature, written under `out`."""
    paths = [plot_feature(results, feature, plot_path(out, feature)) for feature in SHARED_FEATURES]
    return [path for path in paths if path is not None]
