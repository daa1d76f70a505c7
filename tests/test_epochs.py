"""Metrics stay right when a persona's epochs end differently (any model sampled above temperature 0)."""

import pytest

from tests.support import calls, fixture_task, run, says, scripted

GOOD = "Metro Commuter Laptop Backpack"  # acceptable for bags-001, the first feasible fixture persona


def alternating_shopper():
    """Buys the recommended acceptable product in odd dialogues and walks away from it in even ones."""
    dialogues = 0

    def answer(input, tools, tool_choice, config):
        nonlocal dialogues
        if len(input) == 2:  # system prompt and greeting: a new dialogue begins
            dialogues += 1
            return says("Hi, I need a backpack for my laptop, under $70.")
        if dialogues % 2:
            return calls("add_to_cart", product=GOOD)
        return calls("end_conversation", text="I'll think about it.")

    return scripted(answer)


def metrics(log) -> dict[str, dict[str, float]]:
    merged: dict[str, dict[str, float]] = {}
    for score in log.results.scores:
        merged.setdefault(score.name, {}).update({k: m.value for k, m in score.metrics.items()})
    return merged


def test_epochs_that_differ_keep_outcome_shares_and_groupings_consistent(fixture_data):
    task = fixture_task(fixture_data, feasible="feasible", per_category=1, images=False)
    salesbot = scripted(lambda input, tools, tool_choice, config: says(f"The **{GOOD}** is $64.50."))
    log = run(task, shopper=alternating_shopper(), salesbot=salesbot, epochs=2, max_samples=1)
    assert log.status == "success", log.error
    outcomes = sorted(s.scores["decision_alignment"].metadata["outcome"] for s in log.samples)
    assert outcomes == ["accepted_acceptable", "overly_strict"]  # the two epochs really differ

    results = metrics(log)
    da = results["decision_alignment"]
    assert da["accuracy"] == pytest.approx(0.5)
    # Shares over every epoch's dialogue: one bought, one walked away from an acceptable product.
    assert (da["ok_buy"], da["strict"]) == (pytest.approx(0.5), pytest.approx(0.5))
    assert da["ok_buy"] + da["ok_leave"] == pytest.approx(da["accuracy"])
    assert sum(
        da[name] for name in ("ok_buy", "ok_leave", "premature", "lenient", "wrong", "halluc", "strict")
    ) == (pytest.approx(1.0))
    # Groupings come from sample metadata, so they agree with the overall rate.
    assert da["feasible"] == pytest.approx(0.5) and "infeasible" not in da
    assert da["fixture_bags"] == pytest.approx(0.5)
    assert results["catalog_alignment"]["accuracy"] == pytest.approx(0.5)
    assert results["early_exit"]["mean"] == 0.0
