"""The report's human-likeness section: KS / MWU, the human noise floor, verdicts, counterfactual checks."""

import csv
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import ks_2samp, mannwhitneyu

from salessim_inspect.report import load_runs, write_report
from salessim_inspect.report.human_likeness import (
    MIN_DIALOGUES,
    SHARED_FEATURES,
    compare_feature,
    counterfactual,
    human_floor,
    human_likeness,
    human_values,
    ks_statistic,
    mwu_p_value,
    noise_floor,
    rate_difference,
    salesbot_style,
)
from salessim_inspect.report.human_likeness_plot import plot_path
from salessim_inspect.report.logs import Run, RunKey, SampleRow
from salessim_inspect.scorers.features import FEATURE_BY_NAME
from tests.test_report import PER_CATEGORY, offline_logs_in

# --- KS and Mann-Whitney U --------------------------------------------------------------------------------

FIXED = [
    ([1.0, 2.0, 3.0, 4.0, 5.0], [3.0, 4.0, 5.0, 6.0, 7.0, 8.0]),
    ([0.1, 0.1, 0.1, 0.4, 0.4, 0.9], [0.1, 0.2, 0.4, 0.4, 0.5]),  # ties within and across samples
    ([5.0] * 12, [1.0, 2.0, 5.0, 5.0, 9.0, 9.0, 9.0]),  # a constant sample
    ([2.0, 3.0, 2.0, 8.0, 1.0, 9.0, 4.0, 7.0], [2.5]),  # a single value
]


@pytest.mark.parametrize("a, b", FIXED)
def test_ks_and_mwu_equal_scipy(a, b):
    assert ks_statistic(a, b) == pytest.approx(ks_2samp(a, b).statistic, abs=1e-12)
    assert ks_statistic(b, a) == pytest.approx(ks_statistic(a, b), abs=1e-12)
    assert mwu_p_value(a, b) == pytest.approx(mannwhitneyu(a, b, alternative="two-sided").pvalue, abs=1e-12)


def test_ks_equals_scipy_on_the_human_rows():
    rng = np.random.default_rng(7)
    for feature in SHARED_FEATURES:
        human = human_values(feature.name)
        sample = rng.choice(human, 60)
        assert ks_statistic(sample, human) == pytest.approx(ks_2samp(sample, human).statistic, abs=1e-12)


def test_ks_needs_two_samples():
    with pytest.raises(ValueError, match="non-empty"):
        ks_statistic([], [1.0])


# --- the noise floor --------------------------------------------------------------------------------------


def test_the_human_rows_carry_every_shared_feature():
    for feature in SHARED_FEATURES:
        assert len(human_values(feature.name)) == 517, feature.name
    assert human_values("shopper_turns").min() >= 1


@pytest.mark.parametrize("feature", [f.name for f in SHARED_FEATURES])
def test_noise_floor_contains_the_human_split_half_ks(feature):
    human = human_values(feature)
    half = len(human) // 2
    floor = human_floor(feature, half)
    rng = np.random.default_rng(2024)
    split_half = []
    for _ in range(200):
        order = rng.permutation(len(human))
        split_half.append(ks_statistic(human[order[:half]], human[order[half:]]))
    # One split of the human rows against the other half lies within the floor...
    assert split_half[0] <= floor.p95
    assert floor.median <= floor.p95 < 1.0
    # ... and the floor is a 95th percentile of such splits, not a bound that anything passes.
    above = np.mean(np.array(split_half) > floor.p95)
    assert 0.01 <= above <= 0.12, above


def test_noise_floor_is_seeded_and_shrinks_with_n():
    human = human_values("cpl")
    assert noise_floor(human, 40, resamples=200) == noise_floor(human, 40, resamples=200)
    small, large = noise_floor(human, 20, resamples=300), noise_floor(human, 600, resamples=300)
    assert large.p95 < small.p95
    assert large.n == 600  # beyond half the human rows: resampled with replacement


def test_noise_floor_rejects_too_little_data():
    with pytest.raises(ValueError, match="noise floor"):
        noise_floor([1.0, 2.0], 10)


# --- verdicts on synthetic runs ---------------------------------------------------------------------------


def synthetic_model(n: int, seed: int) -> dict[str, np.ndarray]:
    """n dialogues drawn from the human rows, every shared feature."""
    rng = np.random.default_rng(seed)
    return {f.name: rng.choice(human_values(f.name), n, replace=False) for f in SHARED_FEATURES}


@pytest.mark.parametrize("n", [40, 120])
def test_a_model_drawn_from_the_human_rows_is_human_like_on_every_feature(n):
    model = synthetic_model(n, seed=n)
    for feature, values in model.items():
        comparison = compare_feature(feature, "overall", list(values), "deterministic")
        assert comparison is not None and comparison.human_like, (feature, comparison)
        assert comparison.mwu_p > 0.05


def test_a_model_with_every_dialogue_the_same_length_is_not_human_like():
    model = synthetic_model(120, seed=3)
    typical = float(np.median(human_values("shopper_turns")))
    model["shopper_turns"] = np.full(120, typical)  # every dialogue exactly the human median length
    verdicts = {f: compare_feature(f, "overall", list(v), "deterministic") for f, v in model.items()}
    assert not verdicts["shopper_turns"].human_like
    assert verdicts["shopper_turns"].ks > 2 * verdicts["shopper_turns"].floor.p95
    assert not all(c.human_like for c in verdicts.values())
    # Its mean is close to people's: only the distribution tells it apart.
    assert abs(typical - human_values("shopper_turns").mean()) < 1.5


def test_too_few_dialogues_are_not_compared():
    assert compare_feature("cpl", "overall", [0.5] * (MIN_DIALOGUES - 1), "deterministic") is None


def row(
    i: int,
    *,
    category: str = "rings",
    action: str | None = "add_to_cart",
    shown: bool | None = True,
    features: dict | None = None,
    text: str | None = None,
    outcome: str = "accepted_acceptable",
) -> SampleRow:
    return SampleRow(
        sample_id=f"p{i}",
        persona_id=f"p{i}",
        epoch=1,
        category=category,
        feasible=True,
        outcome=outcome,
        values={},
        shopper_text=text,
        source="synthetic",
        action=action,
        shown_acceptable=shown,
        features=features,
    )


def make_run(rows: list[SampleRow], model: str = "lab/shopper", style: str = "honest", **options: str) -> Run:
    key = RunKey(
        task="salessim",
        model=model,
        salesbot="salessim/catalog-salesbot",
        prompt="reasoning",
        options=tuple(options.items()),
        style=style,
    )
    return Run(key=key, rows=rows, sources=["synthetic"])


def test_a_run_of_human_rows_is_human_like_through_the_logged_features():
    model = synthetic_model(90, seed=11)
    rows = [
        row(
            i,
            category=("rings", "cars")[i % 2],
            features={
                "shopper_turns": int(model["shopper_turns"][i]),
                "cpl": float(model["cpl"][i]),
                "crit": float(model["crit"][i]),
                "methods": {"crit": "judge", "cpl": "judge"},
            },
        )
        for i in range(90)
    ]
    result = human_likeness(make_run(rows))
    overall = result.in_group("overall")
    # No shopper text in these rows: Red. has no values and is not compared.
    assert [c.feature for c in overall] == ["shopper_turns", "cpl", "crit"]
    assert all(c.human_like for c in overall)
    assert {c.group for c in result.comparisons} == {"overall", "rings", "cars"}
    assert all(c.n == 45 for c in result.comparisons if c.group != "overall")
    assert result.features.methods["cpl"] == "judge"
    assert "3 of 3 features human-like overall" in result.summary()


def test_runs_without_logged_features_say_so():
    rows = [row(i, text=f"I want a ring number {i} with {'gold ' * (i % 3)}band") for i in range(8)]
    result = human_likeness(make_run(rows))
    assert [c.feature for c in result.in_group("overall")] == ["red"]
    assert "8 dialogue(s) without logged features" in result.summary()


# --- counterfactual validity ------------------------------------------------------------------------------


def runs_against_styles(purchases: dict[str, int], n: int = 60) -> list[Run]:
    """One shopper against several styles: under each, the first `purchases[style]` personas buy."""
    return [
        make_run(
            [row(i, action="add_to_cart" if i < bought else "end_conversation") for i in range(n)],
            style=style,
        )
        for style, bought in purchases.items()
    ]


def test_salesbot_style_comes_from_the_run_key():
    honest, dissuasive = runs_against_styles({"honest": 10, "dissuasive": 5})
    assert salesbot_style(honest) == "honest"
    assert salesbot_style(dissuasive) == "dissuasive"


def test_runs_from_before_salesbot_styles_are_not_compared():
    old = make_run([row(i, action="add_to_cart") for i in range(60)], style="-")
    (honest,) = runs_against_styles({"honest": 20})
    result = counterfactual([old, honest])
    assert not [c for c in result.checks if "vs" in c.condition and "shown" not in c.condition]


def test_a_shopper_that_buys_less_from_a_dissuasive_salesbot_reacts_as_people_do():
    result = counterfactual(runs_against_styles({"honest": 45, "dissuasive": 20, "persuasive": 44}))
    checks = {(c.condition, c.reaction): c for c in result.checks}
    purchases = checks[("dissuasive vs honest", "purchases")]
    assert (purchases.reference, purchases.rate) == (45 / 60, 20 / 60)
    assert purchases.diff == pytest.approx(-25 / 60)
    assert purchases.low <= purchases.diff <= purchases.high < 0
    assert purchases.verdict == "as people do"
    assert checks[("dissuasive vs honest", "walk-aways")].verdict == "as people do"
    # No direction is stated for a persuasive salesbot: the change is reported without a verdict.
    assert checks[("persuasive vs honest", "purchases")].verdict == "-"


def test_a_shopper_that_buys_more_from_a_dissuasive_salesbot_reacts_the_opposite_way():
    result = counterfactual(runs_against_styles({"honest": 20, "dissuasive": 45}))
    (purchases,) = [
        c for c in result.checks if c.condition == "dissuasive vs honest" and c.reaction == "purchases"
    ]
    assert purchases.verdict == "opposite to people"


def test_a_shopper_that_ignores_the_salesbot_shows_no_clear_change():
    result = counterfactual(runs_against_styles({"honest": 30, "dissuasive": 30, "oracle": 30}))
    verdicts = {c.verdict for c in result.checks if c.condition != "nothing acceptable shown vs shown"}
    assert verdicts == {"no clear change"}


def test_one_style_needs_runs_against_at_least_two():
    result = counterfactual(runs_against_styles({"honest": 30}))
    assert not [c for c in result.checks if "vs honest" in c.condition]
    assert any("needs runs against at least two salesbot styles" in note for note in result.notes)


def test_other_shoppers_and_options_are_not_compared_with_each_other():
    a = runs_against_styles({"honest": 45})[0]
    b = make_run(
        [row(i, action="end_conversation") for i in range(60)], model="lab/other", style="dissuasive"
    )
    result = counterfactual([a, b])
    assert not [c for c in result.checks if "vs" in c.condition and "shown" not in c.condition]
    assert len([n for n in result.notes if "at least two salesbot styles" in n]) == 2


def test_buying_less_when_nothing_acceptable_is_shown():
    rows = [row(i, shown=True, action="add_to_cart") for i in range(30)]
    rows += [
        row(100 + i, shown=False, action="add_to_cart" if i < 5 else "end_conversation") for i in range(30)
    ]
    rows.append(row(999, shown=False, action="end_conversation", outcome="premature_end"))  # left out
    (check,) = [c for c in counterfactual([make_run(rows)]).checks if c.condition.startswith("nothing")]
    assert (check.n, check.reference, check.rate) == (60, 1.0, pytest.approx(5 / 30))
    assert check.high < 0 and check.verdict == "as people do"


def test_rate_difference_is_seeded_and_brackets_the_difference():
    a, b = [1.0] * 12 + [0.0] * 28, [1.0] * 30 + [0.0] * 10
    first, second = rate_difference(a, b), rate_difference(a, b)
    assert first == second
    diff, low, high = first
    assert diff == pytest.approx(0.3 - 0.75)
    assert low < diff < high < 0


# --- the report section on offline logs -------------------------------------------------------------------


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_report_renders_the_section_for_the_offline_shoppers(tmp_path_factory, tmp_path):
    logs = offline_logs_in(tmp_path_factory)
    runs = load_runs([logs.heuristic, logs.accept_first])
    assert all(r.features is not None and r.action is not None for run in runs for r in run.rows)
    report = write_report(runs, tmp_path / "report")
    assert [t.name for t in report.human_likeness] == [
        "human_likeness",
        "human_likeness_by_category",
        "human_likeness_shopper_features",
        "human_likeness_counterfactual",
    ]
    assert "## Human-likeness" in report.markdown
    for feature in SHARED_FEATURES:
        assert plot_path(tmp_path / "report", feature) in report.files

    overall = _csv(tmp_path / "report" / "human_likeness.csv")
    assert len(overall) == 2 * len(SHARED_FEATURES)
    labels = {FEATURE_BY_NAME[f.name].label for f in SHARED_FEATURES}
    assert {r["feature"] for r in overall} == labels
    turns = {r["model"]: r for r in overall if r["feature"] == "shopper turns"}
    # Scripted shoppers: two or three turns each, against people's 1 to 27.
    for r in turns.values():
        assert r["n"] == str(6 * PER_CATEGORY) and r["human-like"] == "no"
        assert float(r["KS"]) > float(r["floor p95"])
    cpl = [r for r in overall if r["feature"] == "%Cpl."]
    assert all(r["measured by (ours / human)"] == "deterministic / judge" for r in cpl)

    counterfactual_rows = _csv(tmp_path / "report" / "human_likeness_counterfactual.csv")
    by_shopper = {r["shopper"].split(" | ")[0]: r for r in counterfactual_rows}
    # The heuristic shopper buys less when nothing acceptable was shown; accept-first buys regardless.
    assert by_shopper["salessim/heuristic-shopper"]["verdict"] == "as people do"
    assert by_shopper["salessim/accept-first"]["verdict"] != "as people do"
    markdown = (tmp_path / "report" / "human_likeness_counterfactual.md").read_text(encoding="utf-8")
    assert "needs runs against at least two salesbot styles" in markdown
