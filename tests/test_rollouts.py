"""`salessim rollouts`: logged dialogues exported as chat messages with their reward components."""

import json
from pathlib import Path

import pytest

from salessim_inspect.cli import main
from salessim_inspect.rewards import COMPONENTS, RewardOptions
from salessim_inspect.rewards.rollouts import log_rollouts, write_rollouts
from tests.support import calls, fixture_task, run, says, scripted

GOOD = "Summit Ultralight Daypack"
TOO_DEAR = "Trailhead 30L Hiking Backpack"
WRITTEN_CALL = (
    '<tool_call>\n{"name": "add_to_cart", "arguments": {"product": "the Summit Ultralight"}}\n</tool_call>'
)


@pytest.fixture(scope="module")
def heuristic_log_dir(fixture_data, tmp_path_factory) -> Path:
    """The heuristic shopper on every fixture persona, and an accept-first run beside it."""
    log_dir = tmp_path_factory.mktemp("rollout-logs")
    for shopper in ("salessim/heuristic-shopper", "salessim/accept-first"):
        log = run(fixture_task(fixture_data, images=False), shopper=shopper, log_dir=log_dir)
        assert log.status == "success", log.error
    return log_dir


def test_decision_reward_equals_the_logged_da_score(heuristic_log_dir):
    from inspect_ai.log import list_eval_logs, read_eval_log

    rows = list(log_rollouts([heuristic_log_dir]))
    logged = {}
    for info in list_eval_logs(str(heuristic_log_dir)):
        log = read_eval_log(info)
        for sample in log.samples:
            logged[(log.eval.model, str(sample.id))] = sample.scores["decision_alignment"].value
    assert len(rows) == len(logged) == 6
    for row in rows:
        assert row["rewards"]["decision"] == logged[(row["shopper_model"], row["sample_id"])]
        assert set(row["rewards"]) == set(COMPONENTS)
        assert 0.0 <= row["reward"] <= 1.0


def test_rows_hold_the_shopper_side_as_chat_messages(heuristic_log_dir):
    row = next(
        r for r in log_rollouts([heuristic_log_dir]) if r["shopper_model"].endswith("heuristic-shopper")
    )
    messages = row["messages"]
    assert messages[0]["role"] == "system" and "Dealbreakers" in messages[0]["content"]
    assert messages[1] == {"role": "user", "content": messages[1]["content"]}
    assert messages[1]["content"].startswith("Hello!")
    assert messages[2]["role"] == "assistant" and messages[2]["content"].startswith("Hi!")
    roles = [m["role"] for m in messages]
    assert set(roles) <= {"system", "user", "assistant", "tool"}
    assert row["category"] == "fixture_bags" and row["persona_id"] == row["sample_id"]


def test_a_native_decision_is_a_tool_call_with_its_result(fixture_data, tmp_path):
    log = run(
        fixture_task(fixture_data, images=False),
        shopper=scripted(
            [says("Hi, a backpack under $50?"), calls("add_to_cart", product=GOOD, text="Sold!")]
        ),
        salesbot=scripted([says(f"The **{GOOD}** is $45.")]),
        sample_id="bags-002",
        log_dir=tmp_path,
    )
    (row,) = log_rollouts([tmp_path])
    *_, decision, result = row["messages"]
    assert decision["role"] == "assistant" and decision["content"] == "Sold!"
    (call,) = decision["tool_calls"]
    assert call["function"]["name"] == "add_to_cart"
    assert json.loads(call["function"]["arguments"]) == {"product": GOOD}
    assert result == {
        "role": "tool",
        "tool_call_id": call["id"],
        "name": "add_to_cart",
        "content": "accepted",
    }
    assert row["rewards"]["decision"] == 1.0 and row["rewards"]["format"] == 1.0
    assert log.samples[0].scores["decision_alignment"].value == 1


def test_a_decision_typed_as_text_stays_in_the_text_and_costs_format(fixture_data, tmp_path):
    long_reply = (
        "Thanks! Let me weigh these up:\n\n"
        f"- **{TOO_DEAR}**: $89, that's over my $50 budget.\n"
        "- **Summit Ultralight**: $45, nylon, light. That works.\n\n"
        f"I'll go with the Summit.\n{WRITTEN_CALL}"
    )
    run(
        fixture_task(fixture_data, images=False),
        shopper=scripted([says("hey, need a cheap backpack for walks"), says(long_reply)]),
        salesbot=scripted([says(f"I have the {TOO_DEAR} ($89) and the {GOOD} ($45).")]),
        sample_id="bags-002",
        log_dir=tmp_path,
    )
    (row,) = log_rollouts([tmp_path])
    last = row["messages"][-1]
    assert last["role"] == "assistant" and last["tool_calls"] is None
    assert "<tool_call>" in last["content"]  # what the model wrote, for training data
    assert row["rewards"]["format"] == 0.5  # one of two shopper turns malformed
    assert row["outcome"] == "accepted_acceptable"


def test_the_cli_writes_jsonl_and_reports_means(heuristic_log_dir, tmp_path, capsys):
    out = tmp_path / "rollouts.jsonl"
    code = main(["rollouts", str(heuristic_log_dir), "--out", str(out), "--decision", "catalog"])
    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    assert all(
        set(json.loads(line)) >= {"messages", "rewards", "reward", "persona_id", "category"} for line in lines
    )
    printed = capsys.readouterr().out
    assert "salessim/heuristic-shopper: 3 dialogue(s), mean reward" in printed


def test_the_cli_weights_override_only_the_named_components(heuristic_log_dir, tmp_path):
    out = tmp_path / "decision-only.jsonl"
    args = ["rollouts", str(heuristic_log_dir), "--out", str(out)]
    weights = [w for c in COMPONENTS if c != "decision" for w in ("--weight", f"{c}=0")]
    assert main([*args, *weights]) == 0
    for line in out.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["reward"] == row["rewards"]["decision"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--weight", "decision"], "expected COMPONENT=NUMBER"),
        (["--weight", "charm=1"], "unknown reward component"),
    ],
)
def test_the_cli_refuses_bad_weights(heuristic_log_dir, tmp_path, capsys, args, message):
    assert main(["rollouts", str(heuristic_log_dir), "--out", str(tmp_path / "x.jsonl"), *args]) == 2
    assert message in capsys.readouterr().err


def test_the_cli_refuses_a_folder_without_logs(tmp_path, capsys):
    assert main(["rollouts", str(tmp_path), "--out", str(tmp_path / "x.jsonl")]) == 2
    assert "no Inspect logs" in capsys.readouterr().err


def test_datasets_reads_the_export(heuristic_log_dir, tmp_path):
    datasets = pytest.importorskip("datasets", reason="datasets comes with the grpo extra")
    out = tmp_path / "rollouts.jsonl"
    write_rollouts(log_rollouts([heuristic_log_dir], RewardOptions()), out)
    table = datasets.load_dataset("json", data_files=str(out), split="train")
    assert table.num_rows == 6
    assert {"messages", "rewards", "reward", "persona_id", "category", "outcome"} <= set(table.column_names)
    first = table[0]
    assert first["messages"][0]["role"] == "system"
    assert set(first["rewards"]) == set(COMPONENTS)


def test_the_system_prompt_is_rebuilt_when_the_log_lacks_it(heuristic_log_dir):
    from inspect_ai.log import list_eval_logs, read_eval_log

    from salessim_inspect.rewards.rollouts import shopper_chat
    from salessim_inspect.transcript import Transcript

    log = read_eval_log(list_eval_logs(str(heuristic_log_dir))[0])
    sample = log.samples[0]
    transcript = Transcript.from_store(sample.store)
    logged = shopper_chat(log, sample, transcript)[0]["content"]
    rebuilt = shopper_chat(log, sample.model_copy(update={"messages": []}), transcript)[0]["content"]
    assert rebuilt == logged
