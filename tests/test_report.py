"""`salessim report`: tables (Markdown, CSV) and plots (PNG) from logs of the offline agents."""

import csv
import struct
from dataclasses import dataclass
from pathlib import Path

import pytest
from inspect_ai import eval
from inspect_ai.log import read_eval_log, write_eval_log

from salessim_inspect.cli import main
from salessim_inspect.data.categories import CATEGORIES, SHORT_NAMES
from salessim_inspect.reference import paper_results
from salessim_inspect.report import ReportError, load_runs, write_report
from salessim_inspect.report.aggregate import macro, wilson
from salessim_inspect.report.table import Table

# First N personas of each category: enough pairs for the planted regression to be significant.
PER_CATEGORY = 8
SALESBOT = "salessim/catalog-salesbot"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# The human-likeness section's tables (tests/test_human_likeness.py checks their content).
HUMAN_LIKENESS_TABLES = (
    "human_likeness",
    "human_likeness_by_category",
    "human_likeness_counterfactual",
    "human_likeness_shopper_features",
)


@dataclass(frozen=True)
class OfflineLogs:
    """Logs of the offline shoppers on the same personas, against the catalog salesbot."""

    heuristic: Path
    accept_first: Path
    root: Path


_CACHE: dict[str, OfflineLogs] = {}


def offline_logs_in(tmp_path_factory: pytest.TempPathFactory) -> OfflineLogs:
    """Run the offline shoppers once per test session (shared by the report and compare tests)."""
    if "logs" not in _CACHE:
        from salessim_inspect.tasks import salessim

        root = tmp_path_factory.mktemp("report-logs")
        paths = {}
        for name, model in (("heuristic", "salessim/heuristic-shopper"), ("accept", "salessim/accept-first")):
            (log,) = eval(
                salessim(per_category=PER_CATEGORY),
                model=model,
                log_dir=str(root / name),
                display="none",
                max_samples=6 * PER_CATEGORY,
            )
            assert log.status == "success", log.error
            paths[name] = Path(log.location)
        _CACHE["logs"] = OfflineLogs(heuristic=paths["heuristic"], accept_first=paths["accept"], root=root)
    return _CACHE["logs"]


@pytest.fixture(scope="session")
def offline_logs(tmp_path_factory):
    return offline_logs_in(tmp_path_factory)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# --- pure helpers ---------------------------------------------------------------------------------


def test_wilson_interval_matches_known_values():
    rate = wilson([1.0] * 8 + [0.0] * 2)
    assert rate.mean == 0.8 and rate.n == 10
    # Wilson 95% interval of 8/10.
    assert rate.low == pytest.approx(0.4902, abs=1e-3)
    assert rate.high == pytest.approx(0.9433, abs=1e-3)
    assert wilson([]) is None


def test_overall_is_the_mean_of_the_categories():
    rates = [wilson([1.0, 1.0, 1.0, 1.0]), wilson([0.0, 0.0])]
    overall = macro(rates)
    assert overall.mean == 0.5  # not the pooled 4/6
    assert overall.n == 6


def test_markdown_is_aligned_and_csv_has_the_same_cells():
    table = Table(
        name="t", title="T", columns=["model", "n", "score"], rows=[["a", 3, 0.5], ["bbbb", 12, None]]
    )
    lines = table.markdown().splitlines()
    body = [line for line in lines if line.startswith("|")]
    assert len({len(line) for line in body}) == 1  # every row as wide as the header
    assert body[1] == "|-------|----:|------:|"
    assert body[3] == "| bbbb  |  12 |     — |"
    assert table.csv().splitlines() == ["model,n,score", "a,3,0.500", "bbbb,12,"]


# --- on logs of the offline agents ----------------------------------------------------------------


def test_runs_are_labelled_by_model_salesbot_and_prompt(offline_logs):
    runs = load_runs([offline_logs.heuristic, offline_logs.accept_first])
    assert [(r.key.model, r.key.salesbot, r.key.style, r.key.prompt, r.key.task) for r in runs] == [
        ("salessim/heuristic-shopper", SALESBOT, "honest", "reasoning", "salessim"),
        ("salessim/accept-first", SALESBOT, "honest", "reasoning", "salessim"),
    ]
    assert runs[0].label == f"salessim/heuristic-shopper | salesbot {SALESBOT} (honest) | prompt reasoning"
    assert all(len(run.rows) == 6 * PER_CATEGORY for run in runs)
    assert runs[0].categories() == list(CATEGORIES)


def test_report_writes_the_three_tables_and_two_plots(offline_logs, tmp_path, capsys):
    out = tmp_path / "report"
    code = main(["report", str(offline_logs.root), "--out", str(out)])
    assert code == 0
    names = sorted(p.name for p in out.iterdir())
    human_likeness = [f"{table}.{suffix}" for table in HUMAN_LIKENESS_TABLES for suffix in ("csv", "md")]
    human_likeness += [f"human_likeness_ecdf_{f}.png" for f in ("cpl", "crit", "red", "shopper_turns")]
    assert [n for n in names if n.startswith("human_likeness")] == sorted(human_likeness)
    assert [n for n in names if not n.startswith("human_likeness")] == [
        "decision_alignment.png",
        "name_matching.csv",
        "name_matching.md",
        "outcomes.png",
        "report.md",
        "table1_decision_alignment.csv",
        "table1_decision_alignment.md",
        "table2_tool_use.csv",
        "table2_tool_use.md",
        "table3_language.csv",
        "table3_language.md",
        "visual_dealbreakers.csv",
        "visual_dealbreakers.md",
    ]
    models = {"salessim/heuristic-shopper", "salessim/accept-first"}
    categories = [SHORT_NAMES[c] for c in CATEGORIES]

    table1 = _csv(out / "table1_decision_alignment.csv")
    assert list(table1[0]) == ["model", "salesbot", "prompt", "figure", "n", *categories, "overall"]
    assert {row["model"] for row in table1} == models and len(table1) == 4
    assert sorted(row["figure"] for row in table1) == ["DA", "DA", "catalog DA", "catalog DA"]
    for row in table1:
        assert row["salesbot"] == SALESBOT and row["prompt"] == "reasoning"
        assert row["n"] == str(6 * PER_CATEGORY)
        figures = [float(row[c]) for c in categories]
        assert all(0 <= f <= 1 for f in figures)
        assert float(row["overall"]) == pytest.approx(sum(figures) / 6, abs=2e-3)
    by_model = {row["model"]: float(row["overall"]) for row in table1 if row["figure"] == "DA"}
    assert by_model["salessim/heuristic-shopper"] > by_model["salessim/accept-first"]

    table2 = _csv(out / "table2_tool_use.csv")
    assert list(table2[0]) == ["model", "salesbot", "prompt", "figure", *categories, "overall"]
    assert sorted((row["model"], row["figure"]) for row in table2) == sorted(
        (m, f) for m in models for f in ("End.", "Fmt.")
    )
    assert all(0 <= float(row["overall"]) <= 100 for row in table2)

    table3 = _csv(out / "table3_language.csv")
    assert list(table3[0]) == [
        "model",
        "salesbot",
        "prompt",
        "n",
        "Crit.",
        "%Cpl.",
        "%Cpl. gap",
        "Red.",
        "Red. gap",
        "method",
    ]
    assert {row["model"] for row in table3} == models
    for row in table3:
        assert float(row["%Cpl. gap"]) == pytest.approx(float(row["%Cpl."]) - 0.3657, abs=2e-3)
        assert float(row["Red. gap"]) == pytest.approx(float(row["Red."]) - 0.0976, abs=2e-3)
        assert row["method"] == "constraints/spacy"

    # The Markdown files hold the same rows; the terminal gets them too.
    markdown = (out / "table1_decision_alignment.md").read_text()
    assert markdown.startswith("### Table 1. Decision alignment")
    assert sum(line.startswith("| salessim/") for line in markdown.splitlines()) == 4  # DA and catalog DA
    printed = capsys.readouterr().out
    assert "### Table 1. Decision alignment" in printed and "### Table 3." in printed

    for plot in ("decision_alignment.png", "outcomes.png"):
        width, height = _png_size(out / plot)
        assert width > 400 and height > 200
        assert (out / plot).stat().st_size > 10_000  # bars, labels and legend were drawn


def test_report_with_paper_rows(offline_logs, tmp_path):
    out = tmp_path / "paper"
    assert main(["report", str(offline_logs.heuristic), "--out", str(out), "--paper", "--no-plots"]) == 0
    assert not (out / "decision_alignment.png").exists()
    table1 = _csv(out / "table1_decision_alignment.csv")
    assert list(table1[0])[0] == "source"
    paper_rows = [row for row in table1 if row["source"] == "paper"]
    assert [row["model"] for row in paper_rows] == list(paper_results()["decision_alignment"])
    grpo = next(row for row in paper_rows if row["model"] == "Qwen+Reasoning + UserGRPO")
    assert grpo["female"] == "" and grpo["overall"] == "0.655"
    assert [row["source"] for row in table1].count("log") == 2  # DA and catalog DA
    table3 = _csv(out / "table3_language.csv")
    assert [row["source"] for row in table3][-1] == "human"
    assert "Pruksachatkun" in (out / "table1_decision_alignment.md").read_text()


def test_different_prompts_are_separate_rows(offline_logs, tmp_path):
    log = read_eval_log(str(offline_logs.heuristic))
    log.eval.task_args = {**log.eval.task_args, "prompt": "human_steering"}
    steered = tmp_path / "steered.json"  # the JSON log format reads as well
    write_eval_log(log, str(steered))
    runs = load_runs([offline_logs.heuristic, steered])
    assert [run.key.prompt for run in runs] == ["reasoning", "human_steering"]


def test_a_log_given_twice_is_not_counted_twice(offline_logs, tmp_path):
    copy = tmp_path / "copy.eval"
    copy.write_bytes(offline_logs.heuristic.read_bytes())
    with pytest.raises(ReportError, match="same run"):
        load_runs([offline_logs.heuristic, copy])
    # The same file named twice (a file and its directory) is read once.
    assert len(load_runs([offline_logs.heuristic, offline_logs.heuristic.parent])) == 1


def test_logs_linked_into_a_folder_are_found(offline_logs, tmp_path):
    (tmp_path / "picked").mkdir()
    (tmp_path / "picked" / "heuristic.eval").symlink_to(offline_logs.heuristic)
    (run,) = load_runs([tmp_path / "picked"])
    assert run.key.model == "salessim/heuristic-shopper"


def test_report_errors_exit_with_2(tmp_path, capsys):
    assert main(["report", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert "no such log file or directory" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["report", str(tmp_path / "empty")]) == 2
    assert "no Inspect logs" in capsys.readouterr().err


def test_write_report_returns_what_it_wrote(offline_logs, tmp_path):
    runs = load_runs([offline_logs.accept_first])
    report = write_report(runs, tmp_path / "r", plots=False)
    assert [t.name for t in report.tables] == [
        "table1_decision_alignment",
        "table2_tool_use",
        "table3_language",
        "name_matching",
        "visual_dealbreakers",
    ]
    assert all(path.exists() for path in report.files)
    assert report.markdown.startswith("Runs:")


def test_name_matching_table_shows_what_the_matcher_missed():
    from salessim_inspect.report.logs import Run as ReportRun
    from salessim_inspect.report.logs import RunKey, SampleRow
    from salessim_inspect.report.tables import name_matching_table

    def row(i, unresolved, action="add_to_cart", off=0.0):
        values = {"unmatched_names": float(len(unresolved)), "off_catalog": off}
        return SampleRow(
            f"s{i}",
            f"p{i}",
            1,
            "cars",
            True,
            None,
            values,
            None,
            "log",
            action=action,
            unresolved=tuple(unresolved),
        )

    run = ReportRun(key=RunKey("salessim", "m", "openai/gpt-x", "reasoning"))
    run.rows = [
        row(1, ["Honda Accord Hybrid"]),
        row(2, ["Honda Accord Hybrid", "Rivian R1T"], off=1.0),
        row(3, [], action="end_conversation"),
    ]
    (cells,) = name_matching_table([run]).rows
    assert cells[3:7] == [3, 1.0, pytest.approx(2 / 3), 0.5]
    assert cells[7] == "Honda Accord Hybrid (2); Rivian R1T (1)"


def test_visual_table_splits_da_on_personas_only_the_image_can_check(offline_logs, tmp_path):
    main(["report", str(offline_logs.heuristic), "--out", str(tmp_path), "--no-plots"])
    (row,) = _csv(tmp_path / "visual_dealbreakers.csv")
    runs = load_runs([offline_logs.heuristic])
    visual = [r for r in runs[0].rows if r.visual]
    assert 0 < int(row["n visual"]) == len(visual) < len(runs[0].rows)
    expected = sum(r.value("decision_alignment") for r in visual) / len(visual)
    assert float(row["DA visual"]) == pytest.approx(expected, abs=1e-3)
