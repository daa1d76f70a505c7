"""Loading category data: malformed records fail with the file and line at fault."""

import json
import shutil
from pathlib import Path

import pytest

from salessim_inspect.data.loader import DataError, load_category, load_category_dir

FIXTURE = {
    "products.jsonl": [
        {
            "id": "p1",
            "name": "Alpha Jean",
            "product_type": "jeans",
            "price": 40,
            "description": "d",
            "features": ["Fabric: denim"],
            "attributes": {"fabric": "denim"},
            "image": None,
        },
        {
            "id": "p2",
            "name": "Beta Jean",
            "product_type": "jeans",
            "price": 60,
            "description": "d",
            "features": ["Fabric: cotton"],
            "attributes": {"fabric": "cotton"},
            "image": None,
        },
    ],
    "buying_guide.jsonl": [{"id": "g1", "title": "Fit", "text": "How jeans fit."}],
    "personas.jsonl": [
        {
            "id": "x-001",
            "name": "Ann Lee",
            "age": 40,
            "product_type": "jeans",
            "budget": 50,
            "persona_background": "b",
            "preferences": "p",
            "dealbreakers": "d",
            "constraints": [{"attribute": "price", "op": "lte", "value": 50, "kind": "dealbreaker"}],
            "acceptable_products": ["Alpha Jean"],
            "ideal_products": ["Alpha Jean"],
        },
    ],
}


def write(root: Path, files: dict) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, records in files.items():
        (root / name).write_text("".join(json.dumps(r) + "\n" for r in records))
    (root / "domain_knowledge.md").write_text("# Jeans\n")
    return root


def test_loads_a_valid_directory(tmp_path):
    data = load_category_dir(write(tmp_path / "c", FIXTURE), "female_clothing")
    assert [p.name for p in data.products] == ["Alpha Jean", "Beta Jean"]
    assert data.personas[0].feasible
    assert data.domain_knowledge.startswith("# Jeans")


def break_line(tmp_path, file, line_number, text):
    root = write(tmp_path / "c", FIXTURE)
    lines = (root / file).read_text().splitlines()
    lines[line_number - 1] = text
    (root / file).write_text("\n".join(lines) + "\n")
    return root


def test_bad_json_names_file_and_line(tmp_path):
    root = break_line(tmp_path, "products.jsonl", 2, '{"id": "p2", "name": ')
    with pytest.raises(DataError, match=r"products\.jsonl:2: invalid JSON"):
        load_category_dir(root, "female_clothing")


def test_missing_field_names_file_line_and_field(tmp_path):
    record = dict(FIXTURE["products.jsonl"][1])
    del record["price"]
    root = break_line(tmp_path, "products.jsonl", 2, json.dumps(record))
    with pytest.raises(DataError, match=r"products\.jsonl:2: invalid Product: price: Field required"):
        load_category_dir(root, "female_clothing")


def test_negative_price_is_rejected(tmp_path):
    record = dict(FIXTURE["products.jsonl"][0], price=-5)
    root = break_line(tmp_path, "products.jsonl", 1, json.dumps(record))
    with pytest.raises(DataError, match=r"products\.jsonl:1: .*price"):
        load_category_dir(root, "female_clothing")


def test_unknown_constraint_op_is_rejected(tmp_path):
    persona = json.loads(json.dumps(FIXTURE["personas.jsonl"][0]))
    persona["constraints"][0]["op"] = "about"
    root = break_line(tmp_path, "personas.jsonl", 1, json.dumps(persona))
    with pytest.raises(DataError, match=r"personas\.jsonl:1: invalid Persona: constraints\.0\.op"):
        load_category_dir(root, "female_clothing")


def test_duplicate_product_name_names_both_lines(tmp_path):
    record = dict(FIXTURE["products.jsonl"][1], name="Alpha Jean")
    root = break_line(tmp_path, "products.jsonl", 2, json.dumps(record))
    with pytest.raises(
        DataError, match=r"products\.jsonl:2: duplicate product name 'Alpha Jean' \(first on line 1\)"
    ):
        load_category_dir(root, "female_clothing")


def test_acceptable_product_not_in_catalog(tmp_path):
    persona = dict(FIXTURE["personas.jsonl"][0], acceptable_products=["Gamma Jean"])
    root = break_line(tmp_path, "personas.jsonl", 1, json.dumps(persona))
    with pytest.raises(
        DataError, match=r"personas\.jsonl:1: .*'Gamma Jean', which is not in products\.jsonl"
    ):
        load_category_dir(root, "female_clothing")


def test_a_json_array_line_is_rejected(tmp_path):
    root = break_line(tmp_path, "buying_guide.jsonl", 1, "[1, 2]")
    with pytest.raises(DataError, match=r"buying_guide\.jsonl:1: expected a JSON object, got list"):
        load_category_dir(root, "female_clothing")


def test_missing_file(tmp_path):
    root = write(tmp_path / "c", FIXTURE)
    (root / "personas.jsonl").unlink()
    with pytest.raises(DataError, match=r"personas\.jsonl: file not found"):
        load_category_dir(root, "female_clothing")


def test_unknown_category_lists_valid_ones():
    with pytest.raises(ValueError, match="valid values are: female_clothing, male_clothing, rings"):
        load_category("laptops")


def test_blank_lines_are_skipped_and_line_numbers_stay_true(tmp_path):
    root = write(tmp_path / "c", FIXTURE)
    text = (root / "products.jsonl").read_text().splitlines()
    (root / "products.jsonl").write_text(text[0] + "\n\n" + '{"id": 3}\n')
    with pytest.raises(DataError, match=r"products\.jsonl:3:"):
        load_category_dir(root, "female_clothing")
    shutil.rmtree(root)
