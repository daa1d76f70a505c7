"""Writing a report to disk, and rendering a comparison for the terminal."""

from dataclasses import dataclass, field
from pathlib import Path

from salessim_inspect.report.compare import Comparison, format_p, verdict
from salessim_inspect.report.human_likeness import human_likeness_section
from salessim_inspect.report.human_likeness_plot import human_likeness_plots
from salessim_inspect.report.logs import Run
from salessim_inspect.report.plots import report_plots
from salessim_inspect.report.pressure import PRESSURE_PLOT, plot_pressure, pressure_tables
from salessim_inspect.report.table import Table
from salessim_inspect.report.tables import report_tables, short_name

REPORT_MARKDOWN = "report.md"
PRESSURE_HEADING = """## Salesbot pressure

The same shoppers under several salesbot styles (`-T salesbot=`); see docs/salesbots.md.
"""


@dataclass(frozen=True)
class Report:
    """What `write_report` wrote.

    Attributes:
        tables: The three tables, then the pressure tables when a shopper ran under several salesbot styles.
        markdown: The whole report as Markdown (also in `report.md`).
        files: Every file written.
        human_likeness: The tables of the human-likeness section.
    """

    tables: list[Table]
    markdown: str
    files: list[Path]
    human_likeness: list[Table] = field(default_factory=list)


def _runs_section(runs: list[Run]) -> str:
    lines = ["Runs:", ""]
    for i, run in enumerate(runs, 1):
        logs = ", ".join(Path(source).name for source in run.sources)
        lines.append(f"{i}. {run.label}: {len(run.rows)} dialogue(s) from {logs}")
    warnings = [w for run in runs for w in run.warnings]
    if warnings:
        lines += ["", *(f"warning: {w}" for w in warnings)]
    return "\n".join(lines) + "\n"


def write_report(runs: list[Run], out: Path, *, paper: bool = False, plots: bool = True) -> Report:
    """The tables as `.md` and `.csv` (the paper's three, the checks, the pressure section when a shopper ran
    under several salesbot styles, the human-likeness section), `report.md` with all of them, and the plots.

    Args:
        runs: The runs to report, in row order.
        out: Directory to write into (created if needed).
        paper: Add the paper's published rows below the runs' rows.
        plots: Also draw the PNG plots.
    """
    out.mkdir(parents=True, exist_ok=True)
    paper_tables = report_tables(runs, paper)
    pressure = pressure_tables(runs)
    tables = paper_tables + pressure
    section = human_likeness_section(runs)
    files: list[Path] = []
    for table in [*tables, *section.tables]:
        for suffix, text in ((".md", table.markdown()), (".csv", table.csv())):
            path = out / f"{table.name}{suffix}"
            path.write_text(text, encoding="utf-8")
            files.append(path)
    sections = [_runs_section(runs), *(table.markdown() for table in paper_tables)]
    if pressure:
        sections += [PRESSURE_HEADING, *(table.markdown() for table in pressure)]
    markdown = "\n".join([*sections, section.markdown()])
    (out / REPORT_MARKDOWN).write_text(markdown, encoding="utf-8")
    files.append(out / REPORT_MARKDOWN)
    if plots:
        files.extend(report_plots(runs, out))
        if pressure:
            files.append(plot_pressure(runs, out / PRESSURE_PLOT))
        files.extend(human_likeness_plots(section.results, out))
    return Report(tables=tables, markdown=markdown, files=files, human_likeness=section.tables)


def comparison_table(comparison: Comparison) -> Table:
    """The per-category and overall differences as a table."""
    level = round(100 * (1 - comparison.alpha))
    columns = ["group", "n", "baseline", "candidate", "diff", f"{level}% CI low", f"{level}% CI high"]
    if comparison.binary:
        columns += ["worse", "better", "McNemar p"]
    columns.append("flag")
    table = Table(
        name="comparison",
        title=f"{comparison.metric}: candidate - baseline",
        columns=columns,
        formats={"McNemar p": format_p},
    )
    for d in comparison.differences:
        cells = [short_name(d.group), d.n, d.baseline, d.candidate, d.diff, d.low, d.high]
        if comparison.binary:
            cells += [d.worse, d.better, d.p_value]
        cells.append("worse" if comparison.significantly_worse(d) else "")
        table.rows.append(cells)
    return table


def render_comparison(comparison: Comparison) -> str:
    """The comparison for the terminal: the two runs, the table, notes, and the verdict last."""
    better = "higher" if comparison.direction == "higher" else "lower"
    lines = [
        f"baseline:  {comparison.baseline.label} ({len(comparison.baseline.rows)} samples)",
        f"candidate: {comparison.candidate.label} ({len(comparison.candidate.rows)} samples)",
        f"metric:    {comparison.metric} ({better} is better); pairs by (persona id, epoch)",
        "",
        comparison_table(comparison).markdown(title=False).rstrip("\n"),
        "",
    ]
    notes = list(comparison.notes)
    if comparison.unpaired:
        notes.append(f"{comparison.unpaired} pair(s) without a value on one side left out")
    notes.append(
        "flag 'worse': significantly worse by more than max drop in that group; only 'overall' decides"
    )
    lines += [f"note: {note}" for note in notes]
    lines.append(verdict(comparison))
    return "\n".join(lines) + "\n"
