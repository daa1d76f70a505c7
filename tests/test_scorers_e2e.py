"""Scorers end to end: scripted conversations (mockllm for both roles) through the real solver and
`eval()`, the offline baselines, per-category results, rescoring, and the judge role."""

import math
from typing import Any

import pytest
from inspect_ai import score as rescore
from inspect_ai.log import EvalLog, EvalSample
from inspect_ai.model import ModelOutput

from salessim_inspect.catalog import catalog_for, register_catalog
from salessim_inspect.data.loader import CategoryData
from salessim_inspect.options import TaskOptions
from salessim_inspect.scorers import salessim_scorers
from salessim_inspect.scorers.decision import OUTCOMES
from salessim_inspect.tasks.build import task_from_data
from tests.support import calls, fixture_task, run, says, scripted, transcript_of

# Persona bags-002: a backpack at most $50; acceptable: Campus Classic Backpack, Summit Ultralight Daypack.
PERSONA = "bags-002"
TOO_DEAR = "Trailhead 30L Hiking Backpack"  # $89: not acceptable
GOOD = "Summit Ultralight Daypack"
ALSO_GOOD = "Campus Classic Backpack"

HELLO = says("Hi! I'm looking for a light backpack for weekend walks, under $50.")


def salesbot_says(*replies: str):
    return scripted([says(text) for text in replies])


def conversation(
    shopper: list[ModelOutput], salesbot: list[str], data: CategoryData, **options: Any
) -> EvalSample:
    log = run(
        fixture_task(data, images=False, **options),
        shopper=scripted(shopper),
        salesbot=salesbot_says(*salesbot) if salesbot else salesbot_says("unused"),
        sample_id=PERSONA,
    )
    assert log.status == "success", log.error
    assert log.samples is not None and len(log.samples) == 1
    return log.samples[0]


def da(sample: EvalSample) -> tuple[Any, str]:
    score = sample.scores["decision_alignment"]
    return score.value, score.metadata["outcome"]


SCRIPTS = {
    "accepted_acceptable": (
        [HELLO, calls("add_to_cart", product=GOOD, text="Great, I'll take it.")],
        [f"The **{GOOD}** is $45 and very light."],
        1,
    ),
    "rejected_none_acceptable_shown": (
        [HELLO, calls("end_conversation", text="Too expensive, thanks anyway.")],
        [f"The {TOO_DEAR} is $89."],
        1,
    ),
    "premature_end": ([calls("end_conversation", text="Never mind.")], [], 0),
    "overly_lenient": (
        [HELLO, calls("add_to_cart", product=TOO_DEAR)],
        [f"The {TOO_DEAR} is $89."],
        0,
    ),
    "wrong_product": (
        [HELLO, calls("add_to_cart", product=TOO_DEAR)],
        [f"I have the {TOO_DEAR} ($89) and the {ALSO_GOOD} ($39.99)."],
        0,
    ),
    # An acceptable product, bought although the salesbot never named it.
    "hallucinated_purchase": (
        [HELLO, calls("add_to_cart", product=GOOD)],
        [f"The {TOO_DEAR} is $89."],
        0,
    ),
    "overly_strict": (
        [HELLO, calls("end_conversation", text="I'll look elsewhere.")],
        [f"The {ALSO_GOOD} is $39.99."],
        0,
    ),
}


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_scripted_outcome(outcome, fixture_data):
    shopper, salesbot, value = SCRIPTS[outcome]
    sample = conversation(shopper, salesbot, fixture_data)
    assert da(sample) == (value, outcome)


def test_premature_end_is_an_early_exit(fixture_data):
    shopper, salesbot, _ = SCRIPTS["premature_end"]
    sample = conversation(shopper, salesbot, fixture_data)
    assert sample.scores["early_exit"].value == 1


def test_purchase_of_a_product_not_in_the_catalog(fixture_data):
    sample = conversation(
        [HELLO, calls("add_to_cart", product="Galaxy Explorer Pack")], [f"The {ALSO_GOOD}."], fixture_data
    )
    assert da(sample) == (0, "hallucinated_purchase")
    assert sample.scores["off_catalog"].value == 1


def test_purchase_written_with_a_short_name(fixture_data):
    sample = conversation(
        [HELLO, calls("add_to_cart", product="the summit ultralight daypack")],
        [f"How about the **{GOOD}**?"],
        fixture_data,
    )
    assert da(sample) == (1, "accepted_acceptable")


def test_out_of_turns_is_a_walk_away(fixture_data):
    sample = conversation(
        [HELLO, says("Hmm, anything else?")], [f"The {TOO_DEAR} is $89."], fixture_data, max_turns=2
    )
    assert da(sample) == (1, "rejected_none_acceptable_shown")
    values = {
        name: sample.scores[name].value
        for name in ("early_exit", "format_error", "no_decision", "off_catalog")
    }
    assert values == {"early_exit": 0, "format_error": 0, "no_decision": 1, "off_catalog": 0}


def test_text_written_decision_is_a_format_error(fixture_data):
    written = says(
        f'Perfect! <tool_call>{{"name": "add_to_cart", "arguments": {{"product": "{GOOD}"}}}}</tool_call>'
    )
    sample = conversation([HELLO, written], [f"The {GOOD} is $45."], fixture_data)
    assert da(sample) == (1, "accepted_acceptable")
    assert sample.scores["format_error"].value == 1
    # The written call is not language.
    assert "tool_call" not in sample.scores["cpl"].metadata["shopper_text"]


# --- offline baselines ------------------------------------------------------------------------------


def baseline_log(shopper: str, data: CategoryData) -> EvalLog:
    log = run(fixture_task(data, images=False), shopper=shopper, salesbot="salessim/catalog-salesbot")
    assert log.status == "success", log.error
    return log


def named_by_salesbot(sample: EvalSample, category: str) -> list[str]:
    catalog = catalog_for(category)
    named: list[str] = []
    for turn in transcript_of(sample).salesbot_turns():
        named += [n for n in catalog.mentions(turn.text) if n not in named]
    return named


def accuracy(log: EvalLog) -> float:
    da_scores = next(s for s in log.results.scores if s.name == "decision_alignment")
    return da_scores.metrics["accuracy"].value


def test_walk_away_scores_the_share_with_no_acceptable_product_named(fixture_data):
    log = baseline_log("salessim/walk-away", fixture_data)
    expected = [
        not set(named_by_salesbot(s, fixture_data.category)) & set(s.metadata["acceptable_products"])
        for s in log.samples
    ]
    assert accuracy(log) == pytest.approx(sum(expected) / len(expected))
    assert 0 < sum(expected) < len(expected)  # the fixture exercises both cases


def test_accept_first_scores_the_share_whose_first_named_product_is_acceptable(fixture_data):
    log = baseline_log("salessim/accept-first", fixture_data)
    expected = []
    for s in log.samples:
        named = named_by_salesbot(s, fixture_data.category)
        assert named, "the catalog salesbot names a product in its first reply"
        expected.append(named[0] in s.metadata["acceptable_products"])
    assert accuracy(log) == pytest.approx(sum(expected) / len(expected))
    assert 0 < sum(expected) < len(expected)


# --- results of a run over several categories, rescoring, the judge ---------------------------------


@pytest.fixture(scope="module")
def two_categories(fixture_data) -> list[CategoryData]:
    twin_personas = [p.model_copy(update={"id": f"twin-{p.id}"}) for p in fixture_data.personas]
    twin = fixture_data.model_copy(update={"category": "fixture_bags_twin", "personas": twin_personas})
    register_catalog(twin)
    return [fixture_data, twin]


@pytest.fixture(scope="module")
def multi_log(two_categories) -> EvalLog:
    options = TaskOptions(max_turns=6, images=False)
    log = run(task_from_data(two_categories, options), shopper="salessim/heuristic-shopper")
    assert log.status == "success", log.error
    return log


def metrics_of(log: EvalLog) -> dict[str, dict[str, float]]:
    """Metrics by scorer name (a scorer with unreduced metrics has a second score entry: merged here)."""
    merged: dict[str, dict[str, float]] = {}
    for score in log.results.scores:
        merged.setdefault(score.name, {}).update({k: m.value for k, m in score.metrics.items()})
    return merged


def test_all_metrics_appear_per_category(multi_log):
    results = metrics_of(multi_log)
    cats = ("fixture_bags", "fixture_bags_twin")
    da_metrics = results["decision_alignment"]
    assert {"accuracy", "stderr", "feasible", "infeasible", *cats} <= set(da_metrics)
    assert {"ok_buy", "ok_leave", "premature", "lenient", "wrong", "halluc", "strict"} <= set(da_metrics)
    assert da_metrics["ok_buy"] + da_metrics["ok_leave"] == pytest.approx(da_metrics["accuracy"])
    assert {"accuracy", "stderr", "feasible", "infeasible", *cats} <= set(results["catalog_alignment"])
    for key in ("early_exit", "format_error", "no_decision", "off_catalog", "crit", "cpl"):
        assert {"mean", "stderr", *cats} <= set(results[key]), key
    assert {"gap", "red", "red_gap"} <= set(results["cpl"])
    # Identical twin categories: the same figures in both.
    assert da_metrics["fixture_bags"] == da_metrics["fixture_bags_twin"]


def test_rescoring_recomputes_the_same_results(multi_log):
    rescored = rescore(multi_log, salessim_scorers(), action="overwrite")
    assert metrics_of(rescored) == metrics_of(multi_log)


def judge_answers(fail_on: str | None = None):
    def answer(messages, tools, tool_choice, config) -> ModelOutput:
        prompt = messages[-1].text
        if fail_on is not None and fail_on in prompt:
            return ModelOutput.from_content(model="mockllm/model", content="I would rather not say.")
        content = "budget\nCOUNT: 2" if "COUNT:" in prompt else "SCORE: 0.5"
        return ModelOutput.from_content(model="mockllm/model", content=content)

    return answer


def test_rescoring_with_a_judge(multi_log):
    first_message = transcript_of(multi_log.samples[0]).shopper_turns()[0].text
    rescored = rescore(
        multi_log,
        salessim_scorers(),
        model_roles={"judge": scripted(judge_answers(fail_on=None))},
        action="overwrite",
    )
    results = metrics_of(rescored)
    assert results["crit"]["mean"] == 2.0
    assert results["cpl"]["mean"] == 0.5
    assert rescored.samples[0].scores["crit"].metadata["method"] == "judge mockllm/model"
    # Decision alignment is unchanged by the judge.
    assert results["decision_alignment"] == metrics_of(multi_log)["decision_alignment"]
    assert first_message


def test_a_judge_error_leaves_that_sample_unscored(multi_log):
    # Fail Crit. for every dialogue whose first message mentions a tote.
    rescored = rescore(
        multi_log,
        salessim_scorers(),
        model_roles={"judge": scripted(judge_answers(fail_on="tote"))},
        action="overwrite",
    )
    crit = next(s for s in rescored.results.scores if s.name == "crit")
    failing = [s for s in rescored.samples if math.isnan(s.scores["crit"].value)]
    assert failing and crit.unscored_samples == len(failing)
    assert crit.scored_samples == len(rescored.samples) - len(failing)
    assert all("tote" in (s.scores["crit"].metadata["first_message"] or "") for s in failing)
    assert all(s.scores["crit"].metadata["judge_error"] for s in failing)


@pytest.mark.slow
def test_inspect_score_cli_recomputes_a_packaged_run(tmp_path):
    """`inspect score` in a fresh process (the package imported from its installed location) finds the
    scorers by the names the log records and recomputes every metric."""
    import os
    import subprocess
    import sys

    from inspect_ai.log import read_eval_log

    from salessim_inspect.tasks import female_clothing

    log = run(female_clothing(images=False), shopper="salessim/accept-first", limit=2, log_dir=tmp_path)
    assert log.status == "success", log.error
    rescored_path = tmp_path / "rescored.eval"
    inspect = os.path.join(os.path.dirname(sys.executable), "inspect")
    result = subprocess.run(
        [inspect, "score", log.location, "--action", "overwrite", "--output-file", str(rescored_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    rescored = read_eval_log(str(rescored_path))
    assert metrics_of(rescored) == metrics_of(log)
