"""End-to-end evals of the packaged tasks on the offline agents: every category, no API keys, no downloads."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from inspect_ai import eval
from inspect_ai.log import read_eval_log

import salessim_inspect.tasks as category_tasks
from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.data.loader import PACKAGE_DATA
from salessim_inspect.tasks import salessim
from salessim_inspect.transcript import Transcript

pytestmark = pytest.mark.slow

MISSING = [c for c in CATEGORIES if not (PACKAGE_DATA / c / "personas.jsonl").is_file()]


def _check(log, shopper: str):
    assert log.status == "success", log.error
    for sample in log.samples:
        assert sample.error is None
        transcript = Transcript.from_store(sample.store)
        assert (
            transcript.shopper_model == shopper and transcript.salesbot_model == "salessim/catalog-salesbot"
        )
        assert transcript.ended_by in ("decision", "max_turns")
        assert len(transcript.turns) >= 2
        assert [m.role for m in sample.messages[:2]] == ["system", "user"]


@pytest.mark.skipif(bool(MISSING), reason=f"packaged data missing for {MISSING}")
@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_runs_offline(category):
    task = getattr(category_tasks, category)(max_turns=8)
    (log,) = eval(task, model="salessim/heuristic-shopper", limit=2, display="none")
    _check(log, "salessim/heuristic-shopper")
    assert all(s.metadata["category"] == category for s in log.samples)


@pytest.mark.skipif(bool(MISSING), reason=f"packaged data missing for {MISSING}")
@pytest.mark.parametrize("shopper", ["salessim/accept-first", "salessim/walk-away"])
def test_all_categories_with_the_baseline_shoppers(shopper):
    (log,) = eval(salessim(per_category=1, max_turns=4), model=shopper, display="none")
    _check(log, shopper)
    assert sorted(s.metadata["category"] for s in log.samples) == sorted(CATEGORIES)
    decisions = [Transcript.from_store(s.store).decision for s in log.samples]
    if shopper == "salessim/walk-away":
        assert all(d is not None and d.action == "end_conversation" and d.turn == 1 for d in decisions)


@pytest.mark.skipif(bool(MISSING), reason=f"packaged data missing for {MISSING}")
def test_the_installed_entry_point_runs_a_category_from_the_command_line(tmp_path):
    # A fresh process outside the repository: only the installed entry point can resolve the task name.
    inspect_cli = Path(sys.executable).with_name("inspect")
    result = subprocess.run(
        [
            str(inspect_cli),
            "eval",
            "salessim_inspect/rings",
            "--model",
            "salessim/walk-away",
            "--limit",
            "1",
            "--log-dir",
            str(tmp_path / "logs"),
            "--display",
            "none",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (log_file,) = (tmp_path / "logs").glob("*.eval")
    log = read_eval_log(str(log_file))
    _check(log, "salessim/walk-away")
