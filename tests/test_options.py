"""Task options: validated before anything heavy, with errors that list the valid values."""

import pytest

from salessim_inspect.tasks.build import build_task


def _never_load(category):
    raise AssertionError("data was loaded before the options were validated")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("prompt", "chatty", "valid values are: reasoning, basic, human_steering"),
        ("feasible", "maybe", "valid values are: all, feasible, infeasible"),
        ("images", "yes", "valid values are: true, false"),
        ("act_on_text_tool_calls", 1, "valid values are: true, false"),
        ("max_turns", 0, "at least 1"),
        ("max_turns", True, "at least 1"),
        ("retrieval_k", "4", "at least 1"),
        ("max_tool_rounds", -1, "at least 0"),
        ("per_category", 0, "at least 1"),
        ("retrieval_model", "", "sentence-transformers model name"),
    ],
)
def test_invalid_options_fail_early(option, value, message):
    with pytest.raises(ValueError, match=message):
        build_task(["female_clothing"], load=_never_load, **{option: value})


def test_unknown_category_lists_the_categories():
    from salessim_inspect.data.loader import load_category

    with pytest.raises(ValueError, match="valid values are: female_clothing, male_clothing"):
        build_task(["shoes"], load=load_category)


def test_options_reach_the_task(fixture_data):
    task = build_task(
        [fixture_data.category], load=lambda _: fixture_data, feasible="infeasible", max_turns=3
    )
    assert [s.id for s in task.dataset] == ["bags-003"]
    assert task.metadata["options"]["max_turns"] == 3
    assert task.metadata["retrieval_model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert task.metadata["salesbot_default"] == "salessim/catalog-salesbot"


def test_samples_carry_the_persona(fixture_data):
    task = build_task(
        [fixture_data.category], load=lambda _: fixture_data, feasible="feasible", per_category=1
    )
    (sample,) = list(task.dataset)
    assert sample.id == "bags-001"
    metadata = sample.metadata
    assert metadata["category"] == "fixture_bags" and metadata["persona_id"] == "bags-001"
    assert metadata["acceptable_products"] == ["Metro Commuter Laptop Backpack"]
    assert (
        metadata["feasible"] is True and metadata["product_type"] == "backpack" and metadata["budget"] == 70
    )
    assert metadata["persona"]["constraints"][0]["attribute"] == "product_type"
