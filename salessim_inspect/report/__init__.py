"""Reports and regression checks from SalesSim eval logs (the `salessim report` and `salessim compare`
commands).

- `logs`: reading logs into runs of typed per-sample rows;
- `aggregate`: the figures of a run (rates with confidence intervals, outcome shares, language);
- `tables`, `table`: the paper's three tables as Markdown and CSV;
- `plots`: the PNG plots;
- `compare`: paired comparison of two runs (bootstrap interval, exact McNemar test);
- `render`: writing a report, rendering a comparison for the terminal.
"""

from salessim_inspect.report.compare import Comparison, compare_runs, load_single_run, verdict
from salessim_inspect.report.logs import ReportError, Run, RunKey, SampleRow, load_runs
from salessim_inspect.report.render import Report, render_comparison, write_report

__all__ = [
    "Comparison",
    "Report",
    "ReportError",
    "Run",
    "RunKey",
    "SampleRow",
    "compare_runs",
    "load_runs",
    "load_single_run",
    "render_comparison",
    "verdict",
    "write_report",
]
