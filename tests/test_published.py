"""Loading and converting the authors' published layout, with one clear error per malformed input."""

import json
from pathlib import Path

import pytest

from salessim_inspect.cli import main as salessim
from salessim_inspect.data.convert import convert
from salessim_inspect.data.loader import DataError, load_category_dir
from salessim_inspect.data.published import load_published, map_product_name, parse_price
from tests.published_layout import write_published


@pytest.fixture
def repo(tmp_path) -> Path:
    return write_published(tmp_path / "salessim-repo")


def test_loads_clothing_with_field_drift_normalised(repo):
    data, report = load_published(repo, "female_clothing")
    assert [p.price for p in data.products] == [58.0, 72.5, 45.0, 1200.0]
    assert [p.product_type for p in data.products] == ["jeans", "jeans", "sweatpants", "dress"]
    assert data.products[0].attributes["fit"] == "straight"
    by_id = {p.id: p for p in data.personas}
    assert by_id["u-2"].acceptable_products == ["Marlow Women's Everyday Jogger Sweatpant"]
    assert by_id["u-3"].acceptable_products == [
        "Harbor Mid-Rise Straight Jean",
        "Linden Wide-Leg Trouser Jean",
    ]
    assert by_id["u-4"].feasible is False
    assert by_id["u-1"].ideal_products == ["Harbor Mid-Rise Straight Jean"]
    assert by_id["u-3"].ideal_products == []
    assert len(report.normalised) == 2
    assert report.missing_images == ["Marlow Women's Everyday Jogger Sweatpant"]
    assert data.products[2].image is None
    assert len(data.buying_guide) >= 2 and all(len(g.text.split()) <= 200 for g in data.buying_guide)


def test_game_gadgets_map_to_games_and_category_y_is_read(repo):
    data, _ = load_published(repo, "game_gadgets")
    assert data.category == "games"
    assert [p.product_type for p in data.personas] == ["board game", "card game"]
    assert data.buying_guide[0].title.startswith("Games")


def test_customersim_package_folder_is_found(tmp_path):
    root = write_published(tmp_path / "r", package="customersim")
    data, _ = load_published(root, "female_clothing")
    assert len(data.personas) == 4


@pytest.mark.parametrize(
    ("raw", "value"), [("$1,800.00", 1800.0), ("29.99", 29.99), (415, 415.0), (" $12 ", 12.0)]
)
def test_prices(raw, value):
    assert parse_price(raw) == value


@pytest.mark.parametrize("raw", ["-5", "$-3.00", "about $20", "", None, True])
def test_bad_prices(raw):
    with pytest.raises(ValueError):
        parse_price(raw)


def test_name_mapping_is_safe():
    catalog = ["Harbor Mid-Rise Straight Jean", "Harbor Mid-Rise Straight Jean Petite", "Sable Wrap Dress"]
    assert map_product_name("sable wrap dress", catalog) == "Sable Wrap Dress"
    assert map_product_name("[Sable Wrap Dress", catalog) == "Sable Wrap Dress"
    # A truncation that fits two names is not guessed.
    assert map_product_name("Harbor Mid-Rise Straight", catalog) is None
    assert map_product_name("Sable", catalog) is None


def _edit_json(path: Path, edit) -> None:
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data, indent=2))


def _edit_line(path: Path, number: int, edit) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[number - 1] = edit(lines[number - 1])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


PERSONAS = "salessim/agents/ai_customer/personas/female_clothing_personas_v2.jsonl"
PRODUCTS = "data/products/female_clothing_v2.json"


@pytest.mark.parametrize(
    ("file", "break_it", "message"),
    [
        (PERSONAS, lambda p: _edit_line(p, 3, lambda line: line[:-5]), r"personas_v2\.jsonl:3: invalid JSON"),
        (
            PERSONAS,
            lambda p: _edit_line(
                p, 2, lambda line: json.dumps({k: v for k, v in json.loads(line).items() if k != "budget"})
            ),
            r"personas_v2\.jsonl:2: persona is missing required field\(s\): budget",
        ),
        (
            PERSONAS,
            lambda p: _edit_line(
                p, 1, lambda line: line.replace("Harbor Mid-Rise Straight Jean", "Quay Bootcut Jean")
            ),
            r"personas_v2\.jsonl:1: persona 'u-1': acceptable_products entry 'Quay Bootcut Jean' matches no product",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(
                p, lambda d: d["female_clothing"][1].update(name="Harbor Mid-Rise Straight Jean")
            ),
            r"female_clothing_v2\.json:\d+: product #2 'Harbor Mid-Rise Straight Jean': duplicate product name",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(p, lambda d: d["female_clothing"][3].update(price="-$5")),
            r"female_clothing_v2\.json:\d+: product #4 'Sable Wrap Dress': price '-\$5' is not a number",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(p, lambda d: d["female_clothing"][2].update(price="call us")),
            r"female_clothing_v2\.json:\d+: product #3 .*price 'call us' is not a number",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(p, lambda d: d["female_clothing"][0].pop("price")),
            r"female_clothing_v2\.json:\d+: product #1 .*missing required field 'price'",
        ),
    ],
)
def test_malformed_inputs_name_file_and_line(repo, file, break_it, message, tmp_path):
    break_it(repo / file)
    with pytest.raises(DataError, match=message):
        load_published(repo, "female_clothing")
    dest = tmp_path / "converted"
    with pytest.raises(DataError, match=message):
        convert(repo, dest)
    assert not dest.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".converted")] == []


def test_negative_price_reports_the_line_it_is_on(repo):
    path = repo / PRODUCTS
    _edit_json(path, lambda d: d["female_clothing"][3].update(price=-12))
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "Sable Wrap Dress" in text)
    with pytest.raises(DataError, match=rf"female_clothing_v2\.json:{line}: .*price -12 is negative"):
        load_published(repo, "female_clothing")


def test_unknown_category_lists_valid_ones(repo):
    with pytest.raises(ValueError, match="valid values are: female_clothing, game_gadgets, laptops"):
        load_published(repo, "jewelry")


def test_lenient_mode_drops_and_reports(repo):
    _edit_line(
        repo / PERSONAS, 1, lambda line: line.replace("Harbor Mid-Rise Straight Jean", "Quay Bootcut Jean")
    )
    data, report = load_published(repo, "female_clothing", strict=False)
    assert report.unmapped == [("u-1", "Quay Bootcut Jean")]
    assert next(p for p in data.personas if p.id == "u-1").acceptable_products == []


def test_convert_writes_loadable_section_2_layout(repo, tmp_path, capsys):
    dest = tmp_path / "out"
    assert salessim(["data", "convert", str(repo), str(dest)]) == 0
    assert sorted(p.name for p in dest.iterdir()) == ["female_clothing", "games"]
    data = load_category_dir(dest / "female_clothing", "female_clothing")
    assert data.products[0].image == "images/female_clothing-001.png"
    assert (dest / "female_clothing" / data.products[0].image).is_file()
    assert data.products[2].image is None
    assert "2 product name(s) normalised" in capsys.readouterr().out


def test_convert_refuses_a_non_empty_destination(repo, tmp_path, capsys):
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    assert salessim(["data", "convert", str(repo), str(dest)]) == 2
    assert "destination exists and is not empty" in capsys.readouterr().err
    assert (dest / "keep.txt").read_text() == "mine"
