"""`salessim compare`: paired regression checks between two runs, and their exit codes."""

import math
from pathlib import Path

import numpy as np
import pytest
from inspect_ai.log import read_eval_log, write_eval_log
from scipy.stats import binomtest

from salessim_inspect.cli import main
from salessim_inspect.report import ReportError, Run, RunKey, SampleRow, compare_runs
from salessim_inspect.report.compare import difference
from tests.test_report import PER_CATEGORY, offline_logs_in


@pytest.fixture(scope="session")
def offline_logs(tmp_path_factory):
    return offline_logs_in(tmp_path_factory)


def _run(
    values: dict[str, list[float]],
    model: str = "m",
    task: str = "salessim",
    metric: str = "decision_alignment",
) -> Run:
    rows = []
    for category, category_values in values.items():
        for i, value in enumerate(category_values):
            rows.append(
                SampleRow(
                    sample_id=f"{category}-{i}",
                    persona_id=f"{category}-{i}",
                    epoch=1,
                    category=category,
                    feasible=True,
                    outcome=None,
                    values={metric: value},
                    shopper_text=None,
                    source="memory",
                )
            )
    return Run(key=RunKey(task=task, model=model, salesbot="s", prompt="reasoning"), rows=rows)


# --- statistics on synthetic runs -------------------------------------------------------------------


def test_mcnemar_is_the_exact_binomial_test_on_discordant_pairs():
    base = np.array([1, 1, 1, 1, 1, 1, 1, 0, 0, 1], dtype=float)
    cand = np.array([0, 0, 0, 0, 0, 0, 1, 1, 0, 1], dtype=float)
    d = difference("overall", base, cand, "higher", 0.05, binary=True)
    assert (d.worse, d.better) == (6, 1)
    assert d.p_value == pytest.approx(binomtest(6, 7, 0.5).pvalue)  # 0.125
    assert d.diff == pytest.approx(-0.5)
    assert d.low <= d.diff <= d.high


def test_identical_runs_do_not_regress():
    values = {"rings": [1, 0, 1, 1, 0], "cars": [0, 0, 1, 1, 1]}
    comparison = compare_runs(_run(values), _run(values, model="m2"))
    assert not comparison.regression
    assert comparison.overall.diff == 0 and (comparison.overall.low, comparison.overall.high) == (0, 0)
    assert comparison.overall.p_value == 1.0


def test_a_clear_drop_regresses_and_max_drop_tolerates_it():
    base = _run({"rings": [1.0] * 30})
    cand = _run({"rings": [1.0] * 15 + [0.0] * 15}, model="worse")
    comparison = compare_runs(base, cand)
    assert comparison.regression
    assert comparison.overall.p_value == pytest.approx(2 * 0.5**15)
    assert not compare_runs(base, cand, max_drop=0.9).regression
    # The other way round it is an improvement, not a regression.
    assert not compare_runs(cand, base).regression


def test_a_small_drop_is_not_significant():
    base = _run({"rings": [1.0] * 30})
    cand = _run({"rings": [1.0] * 27 + [0.0] * 3}, model="worse")
    comparison = compare_runs(base, cand)
    assert comparison.overall.diff == pytest.approx(-0.1)
    assert comparison.overall.p_value == pytest.approx(0.25)
    assert not comparison.regression


def test_lower_is_better_for_error_rates():
    base = _run({"rings": [0.0] * 20}, metric="format_error")
    cand = _run({"rings": [1.0] * 12 + [0.0] * 8}, model="worse", metric="format_error")
    comparison = compare_runs(base, cand, "format_error")
    assert comparison.direction == "lower" and comparison.regression
    assert (comparison.overall.worse, comparison.overall.better) == (12, 0)


def test_continuous_metrics_use_the_bootstrap_only():
    rng = np.random.default_rng(0)
    base_values = list(rng.uniform(2, 3, 40))
    base = _run({"rings": base_values}, metric="crit_constraints")
    cand = _run({"rings": [v - 1.0 for v in base_values]}, model="c", metric="crit_constraints")
    comparison = compare_runs(base, cand, "crit_constraints", direction="higher")
    assert not comparison.binary and comparison.overall.p_value is None
    assert comparison.overall.high == pytest.approx(-1.0)
    assert comparison.regression
    with pytest.raises(ReportError, match="--direction"):
        compare_runs(base, cand, "crit_constraints")


def test_unscored_pairs_are_left_out_and_counted():
    base = _run({"rings": [1.0, 1.0, math.nan]})
    cand = _run({"rings": [1.0, 0.0, 1.0]}, model="c")
    comparison = compare_runs(base, cand)
    assert comparison.overall.n == 2 and comparison.unpaired == 1


def test_input_errors():
    base = _run({"rings": [1.0, 0.0]})
    with pytest.raises(ReportError, match="different tasks"):
        compare_runs(base, _run({"rings": [1.0, 0.0]}, task="rings"))
    with pytest.raises(ReportError, match="share no"):
        compare_runs(base, _run({"cars": [1.0, 0.0]}))
    with pytest.raises(ReportError, match="no 'format_error' scores"):
        compare_runs(base, _run({"rings": [1.0, 0.0]}), "format_error")


# --- the command on logs of the offline agents ------------------------------------------------------


def test_identical_runs_pass(offline_logs, tmp_path, capsys):
    copy = tmp_path / "again.eval"
    copy.write_bytes(offline_logs.heuristic.read_bytes())
    assert main(["compare", str(offline_logs.heuristic), str(copy)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("OK: no significant regression (+0.000")
    assert f"| overall | {6 * PER_CATEGORY:3d} |" in out


def test_planted_regression_fails_with_exit_code_1(offline_logs, capsys):
    code = main(["compare", str(offline_logs.heuristic), str(offline_logs.accept_first)])
    out = capsys.readouterr().out
    assert code == 1, out
    verdict = out.splitlines()[-1]
    assert verdict.startswith("REGRESSION: candidate is significantly worse (-")
    assert "McNemar p=" in verdict and "decision_alignment" in verdict
    assert "baseline:  salessim/heuristic-shopper" in out
    assert "candidate: salessim/accept-first" in out
    # Every category is a row of the table, then overall.
    rows = [line.split("|")[1].strip() for line in out.splitlines() if line.startswith("| ")][1:]
    assert rows == ["female", "male", "rings", "watch", "cars", "games", "overall"]
    # Within a tolerance larger than the drop, it passes.
    assert (
        main(["compare", str(offline_logs.heuristic), str(offline_logs.accept_first), "--max-drop", "0.9"])
        == 0
    )
    # The tool-use rates of the two agents do not differ.
    assert (
        main(
            [
                "compare",
                str(offline_logs.heuristic),
                str(offline_logs.accept_first),
                "--metric",
                "format_error",
            ]
        )
        == 0
    )


def _rewritten(source: Path, target: Path, change) -> Path:
    log = read_eval_log(str(source))
    change(log)
    write_eval_log(log, str(target))
    return target


def test_logs_of_different_tasks_exit_with_2(offline_logs, tmp_path, capsys):
    def rename(log):
        log.eval.task = "rings"

    other = _rewritten(offline_logs.accept_first, tmp_path / "rings.eval", rename)
    assert main(["compare", str(offline_logs.heuristic), str(other)]) == 2
    assert "different tasks" in capsys.readouterr().err


def test_no_shared_personas_exit_with_2(offline_logs, tmp_path, capsys):
    def rename_personas(log):
        for sample in log.samples:
            sample.metadata["persona_id"] = f"other-{sample.metadata['persona_id']}"

    other = _rewritten(offline_logs.accept_first, tmp_path / "others.eval", rename_personas)
    assert main(["compare", str(offline_logs.heuristic), str(other)]) == 2
    assert "share no (persona id, epoch)" in capsys.readouterr().err


def test_missing_scores_exit_with_2(offline_logs, tmp_path, capsys):
    assert (
        main(["compare", str(offline_logs.heuristic), str(offline_logs.accept_first), "--metric", "nope"])
        == 2
    )
    assert "no 'nope' scores" in capsys.readouterr().err

    def unscore(log):
        for sample in log.samples:
            sample.scores = {k: v for k, v in sample.scores.items() if k != "decision_alignment"}

    bare = _rewritten(offline_logs.accept_first, tmp_path / "bare.eval", unscore)
    assert main(["compare", str(offline_logs.heuristic), str(bare)]) == 2
    assert "no 'decision_alignment' scores" in capsys.readouterr().err


def test_a_directory_with_two_runs_is_refused(offline_logs, capsys):
    assert main(["compare", str(offline_logs.root), str(offline_logs.accept_first)]) == 2
    assert "holds 2 different runs" in capsys.readouterr().err


def test_usage_errors_exit_with_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["compare", "only-one"])
    assert exit_info.value.code == 2
