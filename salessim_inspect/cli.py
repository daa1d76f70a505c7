"""The `salessim` command: data conversion, reports from eval logs, regression checks between runs.

Exit codes: 0 success (for `compare`: no regression), 1 `compare` found a regression, 2 usage or input
error (unreadable or non-SalesSim logs, logs of different tasks, no shared personas, missing scores).
"""

import argparse
import sys
from pathlib import Path

from salessim_inspect.data.loader import DataError


def _convert(args: argparse.Namespace) -> int:
    from salessim_inspect.data.convert import convert

    reports = convert(args.src, args.dest, args.category or None, strict=not args.lenient)
    for category, report in reports.items():
        print(
            f"{category}: wrote {args.dest / category} "
            f"({len(report.normalised)} product name(s) normalised, {len(report.unmapped)} dropped, "
            f"{len(report.missing_images)} image(s) missing)"
        )
        for note in report.notes():
            print(f"  {note}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from salessim_inspect.report import load_runs, write_report

    runs = load_runs(args.logs)
    report = write_report(runs, args.out, paper=args.paper, plots=not args.no_plots)
    print(report.markdown)
    print(f"wrote {len(report.files)} file(s) to {args.out}")
    return 0


def _compare(args: argparse.Namespace) -> int:
    from salessim_inspect.report import compare_runs, load_single_run, render_comparison
    from salessim_inspect.report.pressure import OUTCOME_FIGURES, render_pressure_pair, with_outcome_figures

    baseline = load_single_run(args.baseline, "baseline")
    candidate = load_single_run(args.candidate, "candidate")
    if args.metric in OUTCOME_FIGURES:  # read from the decision outcome, not a score of its own
        baseline, candidate = with_outcome_figures(baseline), with_outcome_figures(candidate)
    comparison = compare_runs(
        baseline,
        candidate,
        args.metric,
        max_drop=args.max_drop,
        alpha=args.alpha,
        direction=args.direction,
    )
    if args.pressure:
        print(render_pressure_pair(baseline, candidate, args.alpha))
    print(render_comparison(comparison), end="")
    return 1 if comparison.regression else 0


def _weights(pairs: list[str] | None) -> dict[str, float] | None:
    if not pairs:
        return None
    weights: dict[str, float] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        try:
            weights[name.strip()] = float(value)
        except ValueError:
            sep = ""
        if not sep:
            raise ValueError(f"--weight {pair!r}: expected COMPONENT=NUMBER, e.g. decision=0.5")
    return weights


def _rollouts(args: argparse.Namespace) -> int:
    from statistics import mean

    from salessim_inspect.rewards import DEFAULT_WEIGHTS, RewardOptions
    from salessim_inspect.rewards.rollouts import log_rollouts, write_rollouts

    weights = _weights(args.weight)
    options = RewardOptions.model_validate(
        {
            **({"weights": {**DEFAULT_WEIGHTS, **weights}} if weights else {}),
            "decision": args.decision,
            **(
                {"linguistic": "classifier", "classifier_path": str(args.classifier)}
                if args.classifier
                else {}
            ),
        }
    )
    rows = list(log_rollouts(args.logs, options))
    count = write_rollouts(rows, args.out)
    by_model: dict[str, list[float]] = {}
    for row in rows:
        by_model.setdefault(row["shopper_model"], []).append(row["reward"])
    for model, rewards in by_model.items():
        print(f"{model}: {len(rewards)} dialogue(s), mean reward {mean(rewards):.3f}")
    print(f"wrote {count} rollout(s) to {args.out}")
    return 0


EXIT_CODES = """exit codes:
  0  success (compare: no significant regression)
  1  compare: the candidate is significantly worse than the baseline by more than --max-drop
  2  usage or input error: unreadable or non-SalesSim logs, logs of different tasks, no shared
     personas, missing scores"""


def _add_report(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report",
        help="the paper's tables (Markdown, CSV) and plots (PNG) from eval logs, and human-likeness",
        description="""Write the paper's three tables (decision alignment; End. and Fmt.; Crit., %Cpl.,
Red. and their human gaps) as Markdown and CSV, print them, and draw PNG plots (decision alignment
by category with 95% intervals; the outcome taxonomy). One row per run: evaluated model, salesbot,
prompt and task options. Logs of different runs are never merged; logs of the same run are combined if
their samples do not overlap. When a shopper ran under several salesbot styles (-T salesbot=), a
pressure section follows: DA and catalog DA per style, the paired change against honest, and what the
wrong purchases broke (docs/salesbots.md). A human-likeness section follows: each run's per-dialogue
feature distributions against 517 human shopper dialogues (KS, Mann-Whitney U, a human-vs-human noise
floor; ECDF plots) and counterfactual checks across salesbot styles (docs/human-likeness.md).""",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("logs", nargs="+", metavar="LOG", help="Inspect log files or directories of logs")
    report.add_argument(
        "--out", type=Path, default=Path("salessim-report"), help="output directory (default: %(default)s)"
    )
    report.add_argument("--paper", action="store_true", help="add the paper's published rows")
    report.add_argument("--no-plots", action="store_true", help="write the tables only")
    report.set_defaults(handler=_report)


def _add_compare(commands: argparse._SubParsersAction) -> None:
    compare = commands.add_parser(
        "compare",
        help="paired regression check of a candidate run against a baseline run",
        description="""Pair the samples of two runs by (persona id, epoch) and report the difference
candidate - baseline per category and overall, with a paired bootstrap interval (10,000 resamples,
fixed seed) and, for 0/1 metrics, an exact McNemar test. The candidate regresses when, overall, the
whole (1 - alpha) interval lies beyond -max-drop in the worse direction and (0/1 metrics) McNemar's
p < alpha.""",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    compare.add_argument("baseline", help="log file (or directory holding one run) of the baseline")
    compare.add_argument("candidate", help="log file (or directory holding one run) of the candidate")
    compare.add_argument(
        "--metric",
        default="decision_alignment",
        help="per-sample score value to compare: decision_alignment (default), catalog_alignment, "
        "early_exit, format_error, no_decision, off_catalog_purchase, bad_purchase and talked_out (read "
        "from the decision outcome), or any other with --direction",
    )
    compare.add_argument(
        "--max-drop",
        type=float,
        default=0.0,
        help="tolerated worsening of the overall mean (default: %(default)s)",
    )
    compare.add_argument(
        "--alpha", type=float, default=0.05, help="significance level (default: %(default)s)"
    )
    compare.add_argument(
        "--direction",
        choices=("higher", "lower"),
        help="which values are better (known for the metrics listed under --metric)",
    )
    compare.add_argument(
        "--pressure",
        action="store_true",
        help="also print the salesbot-pressure figures of the pair (DA, catalog DA, talked into a bad "
        "purchase, talked out of a good one) and the dealbreakers each run's wrong purchases broke",
    )
    compare.set_defaults(handler=_compare)


def _add_rollouts(commands: argparse._SubParsersAction) -> None:
    rollouts = commands.add_parser(
        "rollouts",
        help="export logged dialogues with their UserGRPO rewards as JSONL (for TRL datasets)",
        description="""Write one JSON line per logged dialogue: the shopper's side as chat messages
(system, user = salesbot, assistant with tool calls, tool), the persona id, the category, every reward
component and the total (docs/rewards.md). `datasets.load_dataset("json", data_files=OUT)` reads it.""",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rollouts.add_argument("logs", nargs="+", metavar="LOG", help="Inspect log files or directories of logs")
    rollouts.add_argument(
        "--out", type=Path, default=Path("rollouts.jsonl"), help="output file (default: %(default)s)"
    )
    rollouts.add_argument(
        "--decision",
        choices=("paper", "catalog"),
        default="paper",
        help="decision component: the paper's DA or the catalog DA (default: %(default)s)",
    )
    rollouts.add_argument(
        "--weight",
        action="append",
        metavar="COMPONENT=NUMBER",
        help="weight of a component in the total (repeatable; the others keep their defaults): decision, "
        "reasoning, linguistic, format, response_length, interaction_length",
    )
    rollouts.add_argument(
        "--classifier", type=Path, help="score language with this n-gram classifier instead of the features"
    )
    rollouts.set_defaults(handler=_rollouts)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salessim",
        description="SalesSim tools around Inspect logs and data.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)

    data = commands.add_parser("data", help="work with benchmark data").add_subparsers(
        dest="data_command", required=True
    )
    convert = data.add_parser(
        "convert", help="convert the authors' published layout to this package's layout"
    )
    convert.add_argument("src", type=Path, help="local copy of the SalesSim authors' repository")
    convert.add_argument("dest", type=Path, help="new directory to write <category>/ folders into")
    convert.add_argument(
        "--category", action="append", help="only this category (repeatable; default: all found)"
    )
    convert.add_argument(
        "--lenient",
        action="store_true",
        help="drop acceptable-product names that match no product instead of failing",
    )
    convert.set_defaults(handler=_convert)
    _add_report(commands)
    _add_compare(commands)
    _add_rollouts(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (DataError, ValueError) as exc:
        print(f"salessim: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
