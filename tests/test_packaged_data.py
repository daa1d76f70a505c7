"""The packaged data: every invariant holds, and the stored ground truth is exactly what the constraints imply."""

import re
from collections import Counter

import pytest

from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.data.loader import PACKAGE_DATA, load_category
from salessim_inspect.data.validate import PAPER_PERSONA_COUNTS, total_problems, validate


def test_validation_passes_for_every_category():
    summaries = validate()
    assert [s.category for s in summaries] == list(CATEGORIES)
    assert total_problems(summaries) == []


# A second evaluator, written without the project's: a table of plain comparisons over raw JSON-like values.
def _holds(raw_product: dict, constraint: dict) -> bool:
    name, op, value = constraint["attribute"], constraint["op"], constraint["value"]
    actual = raw_product[name] if name in ("price", "product_type") else raw_product["attributes"].get(name)
    if actual is None:
        return False
    fold = lambda v: v.lower() if isinstance(v, str) else v  # noqa: E731
    if op in ("contains", "not_contains"):
        if not isinstance(actual, list):
            return False
        present = fold(value) in [fold(v) for v in actual]
        return present if op == "contains" else not present
    if isinstance(actual, list):
        return False
    if op in ("in", "not_in"):
        present = fold(actual) in [fold(v) for v in value]
        return present if op == "in" else not present
    if op in ("lt", "lte", "gt", "gte"):
        numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (actual, value))
        if not numeric:
            return False
        return {"lt": actual < value, "lte": actual <= value, "gt": actual > value, "gte": actual >= value}[
            op
        ]
    return (fold(actual) == fold(value)) == (op == "eq")


@pytest.mark.parametrize("category", CATEGORIES)
def test_independent_recomputation_of_ground_truth(category):
    data = load_category(category)
    raw_products = [p.model_dump() for p in data.products]
    for persona in data.personas:
        constraints = [c.model_dump() for c in persona.constraints]
        dealbreakers = [c for c in constraints if c["kind"] == "dealbreaker"]
        acceptable = sorted(p["name"] for p in raw_products if all(_holds(p, c) for c in dealbreakers))
        ideal = sorted(p["name"] for p in raw_products if all(_holds(p, c) for c in constraints))
        assert persona.acceptable_products == acceptable, persona.id
        assert persona.ideal_products == ideal, persona.id


@pytest.mark.parametrize("category", CATEGORIES)
def test_counts_meet_the_paper(category):
    data = load_category(category)
    assert len(data.personas) >= PAPER_PERSONA_COUNTS[category]
    assert len(data.products) >= 40
    assert len({p.product_type for p in data.products}) >= 4


@pytest.mark.parametrize("category", CATEGORIES)
def test_wording_varies(category):
    data = load_category(category)
    personas = data.personas
    # No two personas share a dealbreakers text, and sentence openings vary rather than follow one template.
    assert len({p.dealbreakers for p in personas}) == len(personas)
    openings = Counter(
        " ".join(sentence.split()[:3])
        for p in personas
        for sentence in re.split(r"(?<=[.!?])\s+", p.dealbreakers + " " + p.preferences)
        if sentence
    )
    assert len(openings) >= 25
    assert openings.most_common(1)[0][1] / sum(openings.values()) < 0.2


def test_generation_reproduces_every_packaged_file(tmp_path):
    """`python -m datagen build` from datagen/ rebuilds all six categories byte for byte, images included."""
    from datagen.engine import build_category

    differ = []
    for category in CATEGORIES:
        report = build_category(category, out_root=tmp_path)
        assert report["problems"] == [], (category, report["problems"])
        built, packaged = tmp_path / category, PACKAGE_DATA / category
        names = sorted(p.relative_to(packaged) for p in packaged.rglob("*") if p.is_file())
        assert sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file()) == names, category
        differ += [
            f"{category}/{n}" for n in names if (built / n).read_bytes() != (packaged / n).read_bytes()
        ]
    assert differ == []


def test_validate_command_prints_a_summary_and_checks_a_users_directory(capsys):
    from salessim_inspect.data.__main__ import main
    from tests.conftest import FIXTURE_ROOT

    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "All invariants hold." in out
    assert out.splitlines()[0].split()[:5] == ["category", "products", "types", "guide", "personas"]
    assert "674" in out.splitlines()[-3]
    # A user's directory is held to the data contract, not to the benchmark's size targets.
    assert main(["validate", "--data-dir", str(FIXTURE_ROOT)]) == 0
    assert "fixture_bags" in capsys.readouterr().out


def test_numeric_limits_are_ones_a_shopper_states():
    """Every numeric limit is one of the round values schema.json lists, and a planted odd one is rejected."""
    from salessim_inspect.data.loader import load_category_dir
    from salessim_inspect.data.models import Constraint
    from salessim_inspect.data.validate import check_category, load_schema

    data = load_category_dir(PACKAGE_DATA / "cars", "cars")
    thresholds = {a["name"]: a.get("thresholds") for a in load_schema(data.root)["attributes"]}
    limits = [
        (c.attribute, c.value)
        for p in data.personas
        for c in p.constraints
        if c.attribute != "price" and isinstance(c.value, int | float) and not isinstance(c.value, bool)
    ]
    assert limits and all(value in thresholds[attribute] for attribute, value in limits)

    persona = next(p for p in data.personas if any(c.attribute == "cargo_cu_ft" for c in p.constraints))
    odd = [
        Constraint(attribute=c.attribute, op=c.op, value=26.4, kind=c.kind)
        if c.attribute == "cargo_cu_ft"
        else c
        for c in persona.constraints
    ]
    data.personas[data.personas.index(persona)] = persona.model_copy(update={"constraints": odd})
    problems = check_category(data).problems
    assert any("cargo_cu_ft limit 26.4 is not one a shopper states" in p for p in problems), problems
