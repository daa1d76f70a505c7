"""The data options of the tasks: a user's directory in our layout, or the authors' published layout."""

import shutil

import pytest
from inspect_ai._util.error import PrerequisiteError

from salessim_inspect.data.loader import DataError
from salessim_inspect.data.sources import data_source
from salessim_inspect.options import SuiteOptions, parse_options
from salessim_inspect.tasks.build import build_task
from tests.conftest import FIXTURE_CATEGORY, FIXTURE_ROOT
from tests.published_layout import write_published
from tests.support import run


def test_unknown_source_lists_valid_values():
    with pytest.raises(ValueError, match="Unknown source 'csv'; valid values are: native, salessim"):
        data_source("/tmp", "csv")


def test_published_source_needs_a_directory():
    with pytest.raises(ValueError, match="source=salessim needs data_dir=PATH"):
        data_source(None, "salessim")


def test_data_dir_must_exist(tmp_path):
    with pytest.raises(DataError, match="data_dir is not a directory"):
        data_source(tmp_path / "nowhere")
    with pytest.raises(PrerequisiteError, match="nowhere: data_dir is not a directory"):
        build_task(["rings"], data_dir=str(tmp_path / "nowhere"))


def test_unknown_published_category_lists_valid_ones(tmp_path):
    root = write_published(tmp_path / "repo")
    with pytest.raises(PrerequisiteError, match="valid values are: female_clothing, game_gadgets, laptops"):
        build_task(["jewelry"], data_dir=str(root), source="salessim")


def _categories(value):
    return parse_options(SuiteOptions, "salessim", {"categories": value}).categories


def test_categories_option():
    assert _categories("rings, cars") == ("rings", "cars")
    assert _categories(["games"]) == ("games",)
    assert len(_categories(None)) == 6
    with pytest.raises(PrerequisiteError, match="invalid categories"):
        _categories(" , ")


def test_a_native_directory_runs_and_notes_missing_images(tmp_path):
    root = tmp_path / "store"
    shutil.copytree(FIXTURE_ROOT / FIXTURE_CATEGORY, root / FIXTURE_CATEGORY)
    images = sorted((root / FIXTURE_CATEGORY / "images").glob("*.png"))
    images[0].unlink()
    task = build_task([FIXTURE_CATEGORY], data_dir=str(root), max_turns=4)
    assert task.metadata["data"] == f"data directory {root.resolve()}"
    assert "1 product image(s) not found" in task.metadata["data_notes"][FIXTURE_CATEGORY][0]
    log = run(task, limit=2)
    assert log.status == "success"
    assert all("decision_alignment" in s.scores for s in log.samples)


def test_the_published_layout_runs_end_to_end_and_scores(tmp_path):
    root = write_published(tmp_path / "repo")
    task = build_task(["female_clothing", "game_gadgets"], data_dir=str(root), source="salessim", max_turns=4)
    assert "published acceptable_products" in task.metadata["ground_truth"]
    assert "1 product image(s) missing" in task.metadata["data_notes"]["female_clothing"][-1]
    log = run(task)
    assert log.status == "success"
    by_id = {s.id: s for s in log.samples}
    assert sorted(by_id) == ["g-1", "g-2", "u-1", "u-2", "u-3", "u-4"]
    assert by_id["g-1"].metadata["category"] == "games"
    assert by_id["u-2"].metadata["acceptable_products"] == ["Marlow Women's Everyday Jogger Sweatpant"]
    for sample in log.samples:
        assert sample.scores["decision_alignment"].value in (0, 1)
        assert sample.scores["decision_alignment"].metadata["outcome"]
