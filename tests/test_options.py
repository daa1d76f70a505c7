"""Task options: validated before anything heavy, with errors that list the valid values."""

import subprocess
import sys
from pathlib import Path

import pytest
from inspect_ai._util.error import PrerequisiteError

from salessim_inspect.tasks.build import build_task


def _never_load(category):
    raise AssertionError("data was loaded before the options were validated")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("prompt", "chatty", "invalid prompt 'chatty': valid values are: reasoning, basic, human_steering"),
        ("salesbot", "pushy", "valid values are: honest, persuasive, dissuasive, upsell, omission, oracle"),
        ("feasible", "maybe", "valid values are: all, feasible, infeasible"),
        ("images", "sometimes", "invalid images 'sometimes': valid values are: true, false"),
        ("max_turns", 0, "greater than or equal to 1"),
        ("retrieval_k", "four", "invalid retrieval_k"),
        ("max_tool_rounds", -1, "greater than or equal to 0"),
        ("per_category", 0, "greater than or equal to 1"),
        ("retrieval_model", "", "invalid retrieval_model"),
        ("promt", "basic", "unknown option 'promt' \\(did you mean 'prompt'\\?\\)"),
    ],
)
def test_invalid_options_fail_early(option, value, message):
    with pytest.raises(PrerequisiteError) as error:
        build_task(["female_clothing"], load=_never_load, **{option: value})
    assert error.match(message)


def test_a_bad_option_prints_a_few_lines_and_no_traceback(tmp_path):
    """What a user sees from the CLI: the message, not Inspect's ExceptionGroup traceback."""
    inspect = [sys.executable, "-m", "inspect_ai._cli.main"]
    result = subprocess.run(
        [
            *inspect,
            "eval",
            "salessim_inspect/rings",
            "--model",
            "salessim/walk-away",
            "-T",
            "prompt=nonsense",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    output = (result.stdout + result.stderr).strip()
    assert "invalid prompt 'nonsense': valid values are: reasoning, basic, human_steering" in " ".join(
        output.split()
    )
    assert "Traceback" not in output
    assert len(output.splitlines()) <= 10, output


@pytest.mark.parametrize("where", ["repository", "package"])
def test_inspect_lists_the_seven_tasks(where):
    """`inspect list tasks` finds them in the repository root and in the (installed) package folder."""
    import salessim_inspect

    package = Path(salessim_inspect.__file__).parent
    result = subprocess.run(
        [sys.executable, "-m", "inspect_ai._cli.main", "list", "tasks"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=package.parent if where == "repository" else package,
    )
    listed = {line.rsplit("@", 1)[-1] for line in result.stdout.split()}
    assert listed == {"female_clothing", "male_clothing", "rings", "smart_watch", "cars", "games", "salessim"}


def test_unknown_category_lists_the_categories():
    from salessim_inspect.data.loader import load_category

    with pytest.raises(PrerequisiteError, match="valid values are: female_clothing, male_clothing"):
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


def test_the_readme_documents_every_option_with_its_default():
    """The options are defined once in code; the README's table must not drift from them."""
    from salessim_inspect.options import SuiteOptions

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    rows = {
        line.split("|")[1].strip().strip("`"): line for line in readme.splitlines() if line.startswith("| `")
    }
    for name, field in SuiteOptions.model_fields.items():
        assert name in rows, f"README's options table lacks {name!r}"
        default = field.default
        if isinstance(default, bool):
            assert f"`{str(default).lower()}`" in rows[name], name
        elif isinstance(default, int | str) and name != "retrieval_model":
            assert f"`{default}`" in rows[name], name
