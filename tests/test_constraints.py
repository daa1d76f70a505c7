"""The constraint evaluator: every operator, missing attributes, list attributes, type mismatches."""

import pytest

from salessim_inspect.data.constraints import (
    acceptable_products,
    failed,
    ideal_products,
    near_misses,
    satisfies,
)
from salessim_inspect.data.models import Constraint, Persona, Product


def product(name="Ring A", product_type="solitaire", price=900.0, **attributes) -> Product:
    return Product(
        id=name.lower().replace(" ", "-"),
        name=name,
        product_type=product_type,
        price=price,
        description="",
        features=[],
        attributes=attributes,
    )


def c(attribute, op, value, kind="dealbreaker") -> Constraint:
    return Constraint(attribute=attribute, op=op, value=value, kind=kind)


RING = product(metal="Rose Gold", carat=1.5, width_mm=2, stones=["diamond", "sapphire"], resizable=True)


@pytest.mark.parametrize(
    ("constraint", "expected"),
    [
        (c("metal", "eq", "rose gold"), True),  # case-insensitive
        (c("metal", "eq", "platinum"), False),
        (c("metal", "ne", "platinum"), True),
        (c("metal", "ne", "ROSE GOLD"), False),
        (c("carat", "lt", 1.5), False),
        (c("carat", "lt", 2), True),
        (c("carat", "lte", 1.5), True),
        (c("carat", "lte", 1.4), False),
        (c("carat", "gt", 1.5), False),
        (c("carat", "gt", 1), True),
        (c("carat", "gte", 1.5), True),
        (c("carat", "gte", 1.6), False),
        (c("metal", "in", ["platinum", "rose gold"]), True),
        (c("metal", "in", ["platinum", "white gold"]), False),
        (c("metal", "not_in", ["platinum", "white gold"]), True),
        (c("metal", "not_in", ["rose gold"]), False),
        (c("stones", "contains", "Sapphire"), True),
        (c("stones", "contains", "emerald"), False),
        (c("stones", "not_contains", "emerald"), True),
        (c("stones", "not_contains", "diamond"), False),
        (c("resizable", "eq", True), True),
        (c("resizable", "eq", False), False),
        (c("resizable", "ne", False), True),
        (c("price", "lte", 900), True),
        (c("price", "lt", 900), False),
        (c("product_type", "eq", "solitaire"), True),
        (c("product_type", "in", ["halo", "band"]), False),
    ],
)
def test_each_operator(constraint, expected):
    assert satisfies(RING, constraint) is expected


@pytest.mark.parametrize(
    "op", ["eq", "ne", "lt", "lte", "gt", "gte", "in", "not_in", "contains", "not_contains"]
)
def test_missing_attribute_never_satisfies(op):
    value = {"in": ["x"], "not_in": ["x"]}.get(op, 1 if op in ("lt", "lte", "gt", "gte") else "x")
    assert satisfies(RING, c("engraving", op, value)) is False


def test_list_attribute_is_not_compared_as_scalar():
    assert satisfies(RING, c("stones", "eq", "diamond")) is False
    assert satisfies(RING, c("stones", "in", ["diamond"])) is False
    assert satisfies(RING, c("stones", "ne", "emerald")) is False


def test_scalar_attribute_is_not_a_list():
    assert satisfies(RING, c("metal", "contains", "rose gold")) is False
    assert satisfies(RING, c("metal", "not_contains", "platinum")) is False


def test_numeric_ops_reject_strings_and_booleans():
    assert satisfies(RING, c("metal", "gte", 1)) is False
    assert satisfies(RING, c("resizable", "gte", 0)) is False


def test_bad_values_for_ops_are_rejected_by_the_model():
    with pytest.raises(ValueError):
        c("metal", "in", "platinum")
    with pytest.raises(ValueError):
        c("carat", "gte", "big")
    with pytest.raises(ValueError):
        c("stones", "contains", ["a", "b"])
    with pytest.raises(ValueError):
        c("metal", "like", "gold")


def test_acceptable_ideal_and_near_miss_sets():
    cheap = product("Band B", "solitaire", 400, metal="platinum", carat=1.0)
    pricey = product("Band C", "solitaire", 2500, metal="platinum", carat=2.0)
    other_type = product("Band D", "halo", 300, metal="platinum", carat=1.0)
    wrong_metal = product("Band E", "solitaire", 500, metal="silver", carat=1.0)
    catalog = [pricey, cheap, other_type, wrong_metal, RING]
    persona = Persona(
        id="p1",
        name="Ana",
        age=30,
        product_type="solitaire",
        budget=1000,
        persona_background="x",
        preferences="",
        dealbreakers="",
        constraints=[
            c("product_type", "eq", "solitaire"),
            c("price", "lte", 1000),
            c("metal", "in", ["platinum", "rose gold"]),
            c("carat", "gte", 1.2, kind="preference"),
        ],
        acceptable_products=[],
    )
    assert acceptable_products(persona, catalog) == ["Band B", "Ring A"]
    assert ideal_products(persona, catalog) == ["Ring A"]
    # Band C fails only the budget, Band E only the metal; Band D is of another type.
    assert near_misses(persona, catalog) == ["Band C", "Band E"]
    assert [f.attribute for f in failed(pricey, persona.constraints)] == ["price"]
