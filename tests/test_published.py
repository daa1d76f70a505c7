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
            r"female_clothing_v2\.json:\d+: product #2 'Harbor Mid-Rise Straight Jean': same name as product #1 "
            r"on line \d+ but a different description, features, price, image",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(p, lambda d: d["female_clothing"][3].update(price="-$5")),
            r"female_clothing_v2\.json:\d+: product #4 'Sable Wrap Dress': price '-\$5' is negative",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(p, lambda d: d["female_clothing"][2].update(price="call us")),
            r"female_clothing_v2\.json:\d+: product #3 .*price 'call us' is not a number",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(p, lambda d: d["female_clothing"][0].pop("name")),
            r"female_clothing_v2\.json:\d+: product #1: missing required field 'name'",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(p, lambda d: d["female_clothing"][1].update(price="\u20ac72,50")),
            r"female_clothing_v2\.json:\d+: product #2 .*price '\u20ac72,50' is not a number",
        ),
        (
            PRODUCTS,
            lambda p: _edit_json(p, lambda d: d["female_clothing"][1].update(price="$90 - $70")),
            r"female_clothing_v2\.json:\d+: product #2 .*price range '\$90 - \$70' runs from high to low",
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


# --- the quirks of a hand-curated file of scraped products ------------------------------------------

GAMES_PRODUCTS = "data/products/game_gadgets.json"


def _line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    lines = [n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in text]
    return lines[occurrence - 1]


def test_the_two_quirks_that_stopped_the_authors_data_load_and_are_noted(repo):
    clothing, clothing_report = load_published(repo, "female_clothing")
    assert [p.name for p in clothing.products].count("Harbor Mid-Rise Straight Jean") == 1
    first, again = (_line_of(repo / PRODUCTS, '"Harbor Mid-Rise Straight Jean"', n) for n in (1, 2))
    assert (
        f"product 'Harbor Mid-Rise Straight Jean' is listed twice (female_clothing_v2.json: product #1 on line "
        f"{first} and product #5 on line {again}) with the same record: merged" in clothing_report.notes()
    )
    games, games_report = load_published(repo, "game_gadgets")
    tower = next(p for p in games.products if p.name == "Driftwood Dice Tower")
    assert tower.price is None
    assert games_report.notes()[0].startswith("1 product(s) list no price, shown as 'price not listed'")
    assert "'Driftwood Dice Tower' (price '')" in games_report.notes()[0]


def test_a_conflicting_duplicate_names_both_lines(repo):
    path = repo / PRODUCTS
    _edit_json(path, lambda d: d["female_clothing"][4].update(price="$61.00"))
    first, again = (_line_of(path, '"Harbor Mid-Rise Straight Jean"', n) for n in (1, 2))
    with pytest.raises(
        DataError,
        match=rf"female_clothing_v2\.json:{again}: product #5 'Harbor Mid-Rise Straight Jean': same name as "
        rf"product #1 on line {first} but a different price",
    ):
        load_published(repo, "female_clothing")


def test_duplicates_differing_only_in_case_spacing_or_store_fields_are_merged(repo):
    def edit(d):
        d["female_clothing"][4].update(
            name="  harbor  mid-rise straight JEAN\n", rating=3.9, review_count=121
        )

    _edit_json(repo / PRODUCTS, edit)
    data, report = load_published(repo, "female_clothing")
    assert len(data.products) == 4
    (merged,) = report.merged_duplicates
    assert merged[0] == "Harbor Mid-Rise Straight Jean" and merged[3] == ["rating", "review_count"]
    # The same, but a different price: two products one cannot tell apart by name.
    _edit_json(repo / PRODUCTS, lambda d: d["female_clothing"][4].update(price="$1"))
    with pytest.raises(DataError, match="same name as product #1 on line \\d+ but a different price"):
        load_published(repo, "female_clothing")


@pytest.mark.parametrize("price", ["", None, "Currently unavailable", "N/A", " out of stock. "])
def test_a_price_that_is_not_listed_loads_as_unknown(repo, price):
    _edit_json(repo / PRODUCTS, lambda d: d["female_clothing"][3].update(price=price))
    data, report = load_published(repo, "female_clothing")
    assert data.products[3].price is None
    assert report.unpriced == [("Sable Wrap Dress", price)]


def test_a_missing_price_loads_as_unknown(repo):
    _edit_json(repo / PRODUCTS, lambda d: d["female_clothing"][3].pop("price"))
    data, report = load_published(repo, "female_clothing")
    assert data.products[3].price is None and report.unpriced == [("Sable Wrap Dress", None)]


def test_a_price_range_is_priced_at_its_lowest_and_shown(repo):
    _edit_json(repo / PRODUCTS, lambda d: d["female_clothing"][3].update(price="$1,299.99 - $1,499.99"))
    data, report = load_published(repo, "female_clothing")
    dress = data.products[3]
    assert dress.price == 1299.99 and dress.features[-1] == "Price range: $1,299.99 - $1,499.99"
    assert report.price_ranges == [("Sable Wrap Dress", "$1,299.99 - $1,499.99")]


def test_scraped_text_is_tidied_and_personas_still_find_the_names(repo):
    def edit(d):
        d["female_clothing"][0]["name"] = "Harbor Mid-Rise\u00a0Straight Jean \n"
        d["female_clothing"][4]["name"] = "Harbor Mid-Rise\u00a0Straight Jean \n"
        d["female_clothing"][3]["name"] = "Sable Wrap Dress &amp; Belt"
        d["female_clothing"][3]["description"] = "A wrap dress.\u200b It&#39;s  light."
        d["female_clothing"][1]["features"] = None
        d["female_clothing"][2]["features"] = ["Fabric: polyester fleece", None]

    _edit_json(repo / PRODUCTS, edit)
    data, report = load_published(repo, "female_clothing")
    names = [p.name for p in data.products]
    assert names[0] == "Harbor Mid-Rise Straight Jean" and names[3] == "Sable Wrap Dress & Belt"
    assert data.products[3].description == "A wrap dress. It's light."
    assert data.products[1].features == [] and data.products[2].features == ["Fabric: polyester fleece"]
    assert report.tidied_names == [
        ("Harbor Mid-Rise\u00a0Straight Jean \n", "Harbor Mid-Rise Straight Jean"),
        ("Sable Wrap Dress &amp; Belt", "Sable Wrap Dress & Belt"),
    ]
    assert report.dropped_features == ["Marlow Women's Everyday Jogger Sweatpant"]
    persona = next(p for p in data.personas if p.id == "u-1")
    assert persona.acceptable_products == ["Harbor Mid-Rise Straight Jean"]


def test_an_acceptable_products_entry_written_twice_is_listed_once(repo):
    _edit_line(
        repo / PERSONAS,
        1,
        lambda line: line.replace(
            '["Harbor Mid-Rise Straight Jean"]',
            '["Harbor Mid-Rise Straight Jean", "harbor mid-rise straight jean "]',
            1,
        ),
    )
    data, _ = load_published(repo, "female_clothing")
    assert next(p for p in data.personas if p.id == "u-1").acceptable_products == [
        "Harbor Mid-Rise Straight Jean"
    ]


def test_byte_order_marks_are_ignored_and_noted(repo):
    for name in (PRODUCTS, PERSONAS, "data/guides.json"):
        path = repo / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    data, report = load_published(repo, "female_clothing")
    assert len(data.products) == 4 and len(data.personas) == 4
    assert report.byte_order_marks == [
        "female_clothing_v2.json",
        "guides.json",
        "female_clothing_personas_v2.jsonl",
    ]


@pytest.mark.parametrize(
    ("raw", "value"),
    [("US $12", 12.0), ("$12.99 USD", 12.99), ("USD 1,299", 1299.0), ("$ 1,299.99", 1299.99)],
)
def test_more_price_spellings(raw, value):
    assert parse_price(raw) == value


@pytest.mark.parametrize("raw", ["12,99", "$1,29.99", "£20", "$12/month", "$12.99 - $15.99"])
def test_prices_that_are_not_one_dollar_amount_are_refused(raw):
    with pytest.raises(ValueError, match="is not a number"):
        parse_price(raw)


def test_a_product_without_a_price_is_never_within_a_budget_and_says_so(repo):
    from salessim_inspect.baselines.sales_talk import pitch
    from salessim_inspect.data.constraints import satisfies
    from salessim_inspect.data.models import Constraint
    from salessim_inspect.solvers.tools import product_record

    games, _ = load_published(repo, "game_gadgets")
    tower = next(p for p in games.products if p.name == "Driftwood Dice Tower")
    assert not satisfies(tower, Constraint(attribute="price", op="lte", value=1_000_000, kind="dealbreaker"))
    assert "Price: price not listed" in product_record(1, tower)
    assert pitch(tower, []).startswith("Driftwood Dice Tower (price not listed).")


def test_convert_keeps_an_unlisted_price_unknown_and_prints_the_notes(repo, tmp_path, capsys):
    dest = tmp_path / "out"
    assert salessim(["data", "convert", str(repo), str(dest)]) == 0
    out = capsys.readouterr().out
    assert "list no price" in out and "is listed twice" in out
    games = load_category_dir(dest / "games", "games")
    assert next(p for p in games.products if p.name == "Driftwood Dice Tower").price is None
    assert len(load_category_dir(dest / "female_clothing", "female_clothing").products) == 4
    # Our own layout stays strict: the price field must be there (null for "not listed").
    products = dest / "games" / "products.jsonl"
    records = [json.loads(line) for line in products.read_text().splitlines()]
    records[0].pop("price")
    products.write_text("".join(json.dumps(r) + "\n" for r in records))
    with pytest.raises(DataError, match=r"products\.jsonl:1: invalid Product: price: Field required"):
        load_category_dir(dest / "games", "games")
