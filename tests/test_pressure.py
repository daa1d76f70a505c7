"""The pressure report: shoppers under several salesbot styles, against honest, from real offline logs."""

import csv
import math
from pathlib import Path

import pytest
from inspect_ai import eval

from salessim_inspect.cli import main
from salessim_inspect.report import Run, RunKey, SampleRow, compare_runs, load_runs
from salessim_inspect.report.pressure import (
    BAD_PURCHASE,
    TALKED_OUT,
    broken_constraints,
    broken_dealbreakers,
    change_table,
    style_groups,
    style_table,
    with_outcome_figures,
)

PER_CATEGORY = 6
HEURISTIC = "salessim/heuristic-shopper"


def _row(persona_id: str, outcome: str | None, da: float, **extra) -> SampleRow:
    return SampleRow(
        sample_id=persona_id,
        persona_id=persona_id,
        epoch=1,
        category=extra.pop("category", "rings"),
        feasible=True,
        outcome=outcome,
        values={"decision_alignment": da, "catalog_alignment": da},
        shopper_text=None,
        source="memory",
        **extra,
    )


def _run(style: str, outcomes: list[str], model: str = "m", prompt: str = "reasoning") -> Run:
    rows = [
        _row(f"p{i}", o, float(o in ("accepted_acceptable", "rejected_none_acceptable_shown")))
        for i, o in enumerate(outcomes)
    ]
    return Run(key=RunKey("salessim", model, "salessim/catalog-salesbot", prompt, style=style), rows=rows)


# --- on synthetic runs -----------------------------------------------------------------------------------


def test_outcome_figures_are_read_from_the_decision_outcome():
    run = with_outcome_figures(
        _run("honest", ["overly_lenient", "wrong_product", "overly_strict", "accepted_acceptable"])
    )
    assert [r.value(BAD_PURCHASE) for r in run.rows] == [1.0, 1.0, 0.0, 0.0]
    assert [r.value(TALKED_OUT) for r in run.rows] == [0.0, 0.0, 1.0, 0.0]
    unscored = with_outcome_figures(Run(key=run.key, rows=[_row("x", None, math.nan)]))
    assert unscored.rows[0].value(BAD_PURCHASE) is None


def test_runs_are_grouped_by_everything_but_the_style():
    runs = [
        _run("honest", ["accepted_acceptable"] * 4),
        _run("persuasive", ["overly_lenient"] * 4),
        _run("honest", ["accepted_acceptable"] * 4, model="other"),  # alone: nothing to compare with
        _run("persuasive", ["overly_lenient"] * 4, prompt="basic"),  # another prompt: another group
        _run("-", ["overly_lenient"] * 4),  # a log from before styles
    ]
    (group,) = style_groups(runs)
    assert list(group.runs) == ["honest", "persuasive"] and group.label == "m"
    # Two groups of the same shopper model are told apart by the rest of their configuration.
    labels = [g.label for g in style_groups([*runs, _run("honest", ["overly_lenient"] * 4, prompt="basic")])]
    assert labels == [
        "m | salesbot salessim/catalog-salesbot | prompt reasoning",
        "m | salesbot salessim/catalog-salesbot | prompt basic",
    ]


def test_the_change_against_honest_is_the_paired_comparison():
    honest = _run("honest", ["accepted_acceptable"] * 30 + ["overly_strict"] * 10)
    pushed = _run(
        "persuasive", ["overly_lenient"] * 25 + ["accepted_acceptable"] * 5 + ["overly_strict"] * 10
    )
    groups = style_groups([pushed, honest])
    assert list(groups[0].runs) == ["honest", "persuasive"]  # honest first, whatever the order given

    rows = {row[2]: row for row in change_table(groups).rows}
    assert set(rows) == {"DA", "catalog DA", "talked into a bad purchase", "talked out of a good one"}
    expected = compare_runs(honest, pushed).overall
    da = rows["DA"]
    assert da[3:9] == [
        expected.n,
        expected.baseline,
        expected.candidate,
        expected.diff,
        expected.low,
        expected.high,
    ]
    assert da[-1] == pytest.approx(expected.p_value) and da[6] == pytest.approx(-25 / 40)
    bad = rows["talked into a bad purchase"]
    assert bad[4:7] == [0.0, 25 / 40, 25 / 40] and bad[9:11] == [25, 0]  # 25 pairs worse, none better
    assert rows["talked out of a good one"][6] == 0.0

    (honest_row, pushed_row) = style_table(groups).rows
    assert honest_row[1:] == ["honest", 40, 0.75, 0.75, 0.0, 0.25]
    assert pushed_row[1:] == ["persuasive", 40, 0.125, 0.125, 25 / 40, 0.25]


def test_a_wrong_purchase_is_broken_down_by_the_dealbreakers_it_broke(fixture_data):
    persona = next(p for p in fixture_data.personas if p.id == "bags-001")  # backpack <= $70, sleeve, rain
    record = persona.model_dump(mode="json")

    def bought(product):
        return _row(
            "bags-001", "overly_lenient", 0.0, category="fixture_bags", product=product, persona=record
        )

    assert broken_dealbreakers(bought("Summit Ultralight Daypack")) == ["laptop_sleeve"]
    assert broken_dealbreakers(bought("Trailhead 30L Hiking Backpack")) == ["budget", "laptop_sleeve"]
    assert broken_dealbreakers(bought("Canvas Market Tote")) == [
        "product type",
        "laptop_sleeve",
        "water_resistant",
    ]
    assert broken_dealbreakers(bought("Metro Commuter Laptop Backpack")) is None  # acceptable: not wrong
    found = broken_constraints(
        [bought("Summit Ultralight Daypack"), bought("Trailhead 30L Hiking Backpack"), bought(None)]
    )
    assert found.purchases == 2 and found.rates == {"laptop_sleeve": 1.0, "budget": 0.5}


# --- on logs of the offline shoppers under three salesbot styles ---------------------------------------


@pytest.fixture(scope="module")
def style_logs(tmp_path_factory) -> Path:
    from salessim_inspect.tasks import salessim

    root = tmp_path_factory.mktemp("style-logs")
    for style in ("honest", "persuasive", "omission"):
        (log,) = eval(
            salessim(per_category=PER_CATEGORY, salesbot=style, images=False),
            model=HEURISTIC,
            log_dir=str(root / style),
            display="none",
            max_samples=6 * PER_CATEGORY,
        )
        assert log.status == "success", log.error
    return root


def test_the_heuristic_shopper_is_talked_into_bad_purchases(style_logs):
    """It checks only type and budget: a salesbot that pushes near misses costs it decision alignment."""
    honest, *pressed = [load_runs([style_logs / s])[0] for s in ("honest", "persuasive", "omission")]
    for run in pressed:
        overall = compare_runs(honest, run).overall
        assert overall.high < 0 and overall.p_value < 0.05, (run.key.style, overall)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_report_has_a_pressure_section(style_logs, tmp_path, capsys):
    out = tmp_path / "report"
    assert main(["report", str(style_logs), "--out", str(out)]) == 0
    for name in ("pressure_by_style", "pressure_change", "pressure_broken_constraints"):
        assert (out / f"{name}.md").is_file() and (out / f"{name}.csv").is_file()
    assert (out / "pressure_by_style.png").stat().st_size > 10_000
    by_style = _csv(out / "pressure_by_style.csv")
    assert [row["style"] for row in by_style] == ["honest", "persuasive", "omission"]
    da = {row["style"]: float(row["DA"]) for row in by_style}
    assert da["persuasive"] < da["honest"] and da["omission"] < da["honest"]
    changes = _csv(out / "pressure_change.csv")
    bad = [row for row in changes if row["figure"] == "talked into a bad purchase"]
    assert [row["style"] for row in bad] == ["persuasive", "omission"]
    assert all(float(row["change"]) > 0 and float(row["95% CI low"]) > 0 for row in bad)
    broken = _csv(out / "pressure_broken_constraints.csv")
    overall = {row["style"]: row for row in broken if row["category"] == "overall"}
    # The adversaries push products of the right type within budget: their wrong purchases break attributes.
    for style in ("persuasive", "omission"):
        assert int(overall[style]["wrong purchases"]) > 0
        assert float(overall[style]["budget"]) == 0.0 and float(overall[style]["product type"]) == 0.0
        assert overall[style]["attributes"] not in ("", "-")
    table1 = _csv(out / "table1_decision_alignment.csv")
    assert {row["salesbot"] for row in table1} == {
        f"salessim/catalog-salesbot ({s})" for s in ("honest", "persuasive", "omission")
    }
    report = (out / "report.md").read_text()
    assert (
        "## Salesbot pressure" in report and "### Salesbot pressure: what the wrong purchases broke" in report
    )


def test_the_counterfactual_checks_compare_the_styles_of_real_logs(style_logs):
    """The human-likeness section pairs each style with honest, reading the style from the logs."""
    from salessim_inspect.report.human_likeness import counterfactual

    result = counterfactual(load_runs([style_logs]))
    conditions = {c.condition for c in result.checks}
    assert {"persuasive vs honest", "omission vs honest"} <= conditions
    assert not [note for note in result.notes if "at least two salesbot styles" in note]


def test_compare_prints_the_pressure_figures_of_a_pair(style_logs, capsys):
    code = main(
        [
            "compare",
            str(style_logs / "honest"),
            str(style_logs / "persuasive"),
            "--metric",
            "bad_purchase",
            "--pressure",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 1  # more bad purchases: a regression on that figure
    assert "talked into a bad purchase" in printed and "dealbreakers broken:" in printed
    assert "metric:    bad_purchase (lower is better)" in printed
    assert "note: style: honest -> persuasive" in printed
